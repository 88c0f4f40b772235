// Directory snapshots in the browser's IndexedDB (the task pane's origin only), one record per tenant
// and user. A record that does not read as one this version wrote is ignored, not trusted.
import type { Room, RoomList } from '../core/model';
import type { DirectorySnapshot, SnapshotStore } from './directoryStore';

const DATABASE = 'roombook';
const STORE = 'directory';
// 2: rooms and room lists carry their city.
const VERSION = 2;

interface StoredSnapshot {
  readonly version: typeof VERSION;
  readonly readAt: number;
  readonly lists: readonly RoomList[];
  readonly rooms: readonly Room[];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function isSnapshot(value: unknown): value is StoredSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<StoredSnapshot>;
  return (
    record.version === VERSION &&
    typeof record.readAt === 'number' &&
    Array.isArray(record.lists) &&
    Array.isArray(record.rooms)
  );
}

/** `key` names the tenant and the user, so two people on one device never see each other's directory. */
export function indexedDbSnapshots(factory: IDBFactory, key: string): SnapshotStore {
  let database: Promise<IDBDatabase> | null = null;
  const open = () => {
    database ??= new Promise<IDBDatabase>((resolve, reject) => {
      const opening = factory.open(DATABASE, 1);
      opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error ?? new Error('IndexedDB could not be opened'));
    }).catch((error: unknown) => {
      database = null;
      throw error;
    });
    return database;
  };
  const store = async (mode: IDBTransactionMode) =>
    (await open()).transaction(STORE, mode).objectStore(STORE);

  return {
    async read(): Promise<DirectorySnapshot | null> {
      const value: unknown = await request((await store('readonly')).get(key));
      if (!isSnapshot(value)) return null;
      return { readAt: new Date(value.readAt), lists: value.lists, rooms: value.rooms };
    },
    async write(snapshot) {
      const record: StoredSnapshot = {
        version: VERSION,
        readAt: snapshot.readAt.getTime(),
        lists: snapshot.lists,
        rooms: snapshot.rooms,
      };
      await request((await store('readwrite')).put(record, key));
    },
    async clear() {
      await request((await store('readwrite')).delete(key));
    },
  };
}
