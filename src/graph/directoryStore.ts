// The room directory kept on the device, so a pane opened again shows rooms after one round trip (the
// availability request) instead of reading every Places page first. Wraps the Graph directory: the
// first opening reads Graph and keeps what it read; later openings use what was kept at once and read
// Graph again in the background when it is older than FRESH_MS (or when the user asks), so a search
// started at once is not queued behind a directory nobody waits for. What is kept and how it is
// cleared: docs/security-and-data-access.md.
import type { Room, RoomList } from '../core/model';
import type { KeptDirectory, RoomDirectory } from '../core/ports';

/** The directory as kept: what Places said about rooms and room lists, and when. */
export interface DirectorySnapshot {
  readonly readAt: Date;
  readonly lists: readonly RoomList[];
  readonly rooms: readonly Room[];
}

/** Where snapshots are kept for one tenant and user (IndexedDB in the pane: directoryIdb.ts). */
export interface SnapshotStore {
  read(): Promise<DirectorySnapshot | null>;
  write(snapshot: DirectorySnapshot): Promise<void>;
  clear(): Promise<void>;
}

/** Where the device cannot keep anything (no IndexedDB): the directory lives for the pane only. */
export const NOTHING_KEPT: SnapshotStore = {
  read: async () => null,
  write: async () => undefined,
  clear: async () => undefined,
};

/** As fresh as the session cache (places.ts); new rooms take up to 48 hours to reach Places anyway. */
export const FRESH_MS = 30 * 60_000;

export function keptDirectory(options: {
  /** A directory that reads Graph afresh (a new one for every read). */
  readonly open: () => RoomDirectory;
  readonly store: SnapshotStore;
  readonly now?: () => Date;
}): KeptDirectory {
  const now = options.now ?? (() => new Date());
  const listeners = new Set<() => void>();
  let kept: Promise<DirectorySnapshot | null> | null = null;
  /** Graph's directory while no snapshot is in use (a first opening reads through it). */
  let live: RoomDirectory | null = null;
  let reading: Promise<void> | null = null;

  /** Reads the whole directory from Graph, keeps it, and puts it in use. */
  function readGraph(directory: RoomDirectory): Promise<void> {
    reading ??= Promise.all([directory.listRoomLists(), directory.listRooms()])
      .then(async ([lists, rooms]) => {
        const snapshot: DirectorySnapshot = { readAt: now(), lists, rooms };
        kept = Promise.resolve(snapshot);
        live = null;
        for (const listener of listeners) listener();
        // Keeping it is a convenience: a device that cannot store still has the directory in memory.
        await options.store.write(snapshot).catch(() => undefined);
      })
      .finally(() => {
        reading = null;
      });
    return reading;
  }

  function snapshot(): Promise<DirectorySnapshot | null> {
    if (kept) return kept;
    kept = options.store.read().catch(() => null);
    void kept.then((found) => {
      if (!found) {
        // First opening: Graph's directory serves the pane and, once read whole, is kept.
        live = options.open();
        readGraph(live).catch(() => {
          kept = null;
        });
      } else if (now().getTime() - found.readAt.getTime() > FRESH_MS) {
        // After a turn of the event loop, so a search started at once sends its availability first.
        setTimeout(() => void readGraph(options.open()).catch(() => undefined), 0);
      }
    });
    return kept;
  }

  async function fromSnapshot<T>(
    pick: (found: DirectorySnapshot) => readonly T[],
    fallback: () => Promise<T[]>,
  ) {
    const found = await snapshot();
    if (found) return [...pick(found)];
    return fallback();
  }

  const liveDirectory = (): RoomDirectory => (live ??= options.open());

  return {
    listRoomLists: (listOptions) =>
      fromSnapshot(
        (found) => found.lists,
        () => liveDirectory().listRoomLists(listOptions),
      ),
    listRooms: (listOptions) =>
      fromSnapshot(
        (found) => found.rooms,
        () => liveDirectory().listRooms(listOptions),
      ),
    readAt: async () => (await snapshot())?.readAt ?? null,
    refresh: () => readGraph(options.open()),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async forget() {
      kept = Promise.resolve(null);
      live = null;
      await options.store.clear();
      kept = null;
    },
  };
}
