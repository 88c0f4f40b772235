// Cold, warm and naive side by side at each tenant size, in one process against one emulator per
// size. Each path is timed from the moment the pane opens to ranked results with availability, and
// its round trips are the ones the emulator logged by then (the critical path); what the pane still
// loads after the results are shown (the background) settles untimed before the next iteration.
import { IDBFactory } from 'fake-indexeddb';
import { searchRooms } from '../src/core/roomSearch';
import type { RoomDirectory, ScheduleSource } from '../src/core/ports';
import { createGraphAdapters, createRoomDirectory, indexedDbSnapshots, keptDirectory } from '../src/graph';
import type { SnapshotStore } from '../src/graph/directoryStore';
import type { BenchConfig } from './config';
import { createNaiveAdapters } from './naive';
import { MEETING, TYPICAL } from './scenarios';
import { median } from './stats';
import { createBenchTenant, type BenchTenant } from './tenant';

export interface PathResult {
  readonly ms: number;
  readonly roundTrips: number;
  readonly requests: number;
}

export interface SizeResult {
  readonly rooms: number;
  readonly cold: PathResult;
  readonly warm: PathResult;
  readonly naive: PathResult;
}

/** A pane about to open: `open` resolves with the first results, `settled` when nothing is left to load. */
interface Opening {
  open(): Promise<unknown>;
  settled(): Promise<unknown>;
}

type PaneDeps = { readonly directory: RoomDirectory; readonly schedules: ScheduleSource };

/** What the pane does when it opens and the user searches at once (src/taskpane/book/useBookView.ts). */
function opening(deps: PaneDeps): Opening {
  let directory: Promise<unknown> = Promise.resolve();
  return {
    open() {
      directory = Promise.all([deps.directory.listRoomLists(), deps.directory.listRooms()]);
      return searchRooms(deps, { appointment: MEETING, criteria: TYPICAL });
    },
    // The whole directory read (and kept on the device) before the next opening.
    settled: () => directory.then(() => new Promise((resolve) => setTimeout(resolve, 20))),
  };
}

/** A pane wired as index.tsx wires it: the Graph adapters, the directory kept in (fake) IndexedDB. */
function pane(tenant: BenchTenant, store: SnapshotStore): PaneDeps {
  const client = tenant.client();
  return {
    directory: keptDirectory({ open: () => createRoomDirectory(client), store }),
    schedules: createGraphAdapters({ client, addinId: 'roombook-bench' }).schedules,
  };
}

const emptyDevice = () => indexedDbSnapshots(new IDBFactory(), 'bench|megan.bowen@contoso.com');

async function measurePath(
  tenant: BenchTenant,
  iterations: number,
  prepare: () => Promise<Opening>,
): Promise<PathResult> {
  const samples: PathResult[] = [];
  // One warm-up run (JIT, the emulator's indexes), not counted.
  for (let i = 0; i <= iterations; i += 1) {
    const pane = await prepare();
    const traffic = tenant.count();
    const started = performance.now();
    await pane.open();
    const ms = performance.now() - started;
    const seen = traffic();
    await pane.settled();
    if (seen.throttled > 0) throw new Error(`${seen.throttled} request(s) throttled: over Outlook's limit.`);
    if (i > 0) samples.push({ ms, roundTrips: seen.roundTrips, requests: seen.requests });
  }
  return {
    ms: Math.round(median(samples.map((s) => s.ms))),
    roundTrips: median(samples.map((s) => s.roundTrips)),
    requests: median(samples.map((s) => s.requests)),
  };
}

export async function measureSize(config: BenchConfig, rooms: number): Promise<SizeResult> {
  const tenant = createBenchTenant({ rooms, latencyMs: config.latencyMs });
  const n = config.sizeIterations;
  // First-ever opening: nothing on the device.
  const cold = await measurePath(tenant, n, async () => opening(pane(tenant, emptyDevice())));
  // Reopened: a new pane on a device that kept the directory of an earlier opening.
  const device = emptyDevice();
  await opening(pane(tenant, device)).open();
  await pane(tenant, device).directory.listRooms();
  const warm = await measurePath(tenant, n, async () => opening(pane(tenant, device)));
  const naive = await measurePath(tenant, n, async () => opening(createNaiveAdapters(tenant.client())));
  return { rooms, cold, warm, naive };
}
