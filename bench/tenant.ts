// The emulated tenant and a "pane session" on it: the real Graph client and adapters, with the
// in-process emulator behind the fetch seam, wired like the composition root (src/taskpane/index.tsx)
// wires them against Microsoft 365. A new session has an empty directory cache, as a newly opened pane.
import { createEmulator, type Emulator } from '../dev/emulator';
import type { Traffic } from '../dev/emulator/roundTrips';
import { createGraphAdapters, createGraphClient, type GraphAdapters, type GraphClient } from '../src/graph';

export type { Traffic } from '../dev/emulator/roundTrips';

export interface BenchTenant {
  readonly emulator: Emulator;
  /** A Graph client of its own (its own limiter), as a newly opened pane has. */
  client(): GraphClient;
  session(): GraphAdapters;
  /** Starts counting; the returned function gives the traffic the emulator logged since. */
  count(): () => Traffic & { readonly throttled: number };
}

export function createBenchTenant(config: { rooms: number; latencyMs: number }): BenchTenant {
  // A fixed seed, so every run measures the same directory and the same calendars.
  const emulator = createEmulator({ roomCount: config.rooms, seed: 7, latencyMs: config.latencyMs });
  const client = () =>
    createGraphClient({
      baseUrl: 'http://emulator.bench/v1.0',
      tokens: { getToken: async () => emulator.tokenFor(), signOut: async () => undefined },
      fetch: (input, init) => emulator.fetch(input, init),
    });
  return {
    emulator,
    client,
    session: () => createGraphAdapters({ client: client(), addinId: 'roombook-bench' }),
    count() {
      const from = emulator.requestLog().length;
      return () => ({
        ...emulator.traffic(from),
        throttled: emulator
          .requestLog()
          .slice(from)
          .filter((e) => e.status === 429).length,
      });
    },
  };
}
