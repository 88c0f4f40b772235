// The emulated tenant and a "pane session" on it: the real Graph client and adapters, with the
// in-process emulator behind the fetch seam, wired like the composition root (src/taskpane/index.tsx)
// wires them against Microsoft 365. A new session has an empty directory cache, as a newly opened pane.
import { createEmulator, type Emulator } from '../dev/emulator';
import { createGraphAdapters, createGraphClient, type GraphAdapters } from '../src/graph';
import type { BenchConfig } from './config';

/** Graph traffic seen by the emulator over a span of time. */
export interface Traffic {
  /** HTTP requests (a $batch is one). */
  readonly requests: number;
  /** Requests carried inside $batch requests. */
  readonly batched: number;
  /** Answers with status 429: the client went over the per-mailbox limit. */
  readonly throttled: number;
}

export interface BenchTenant {
  readonly emulator: Emulator;
  session(): GraphAdapters;
  /** Starts counting; the returned function gives the traffic since. */
  count(): () => Traffic;
}

export function createBenchTenant(config: BenchConfig): BenchTenant {
  // A fixed seed, so every run measures the same directory and the same calendars.
  const emulator = createEmulator({ roomCount: config.rooms, seed: 7, latencyMs: config.latencyMs });
  return {
    emulator,
    session() {
      const client = createGraphClient({
        baseUrl: 'http://emulator.bench/v1.0',
        tokens: { getToken: async () => emulator.tokenFor(), signOut: async () => undefined },
        fetch: (input, init) => emulator.fetch(input, init),
      });
      return createGraphAdapters({ client, addinId: 'roombook-bench' });
    },
    count() {
      const from = emulator.requestLog().length;
      return () => {
        const entries = emulator.requestLog().slice(from);
        return {
          requests: entries.filter((e) => !e.batchId).length,
          batched: entries.filter((e) => e.batchId).length,
          throttled: entries.filter((e) => e.status === 429).length,
        };
      };
    },
  };
}
