// What a benchmark run measures against, from the environment. The defaults are the reference
// configuration the goals in docs/performance.md are stated for.
export interface BenchConfig {
  /** Rooms in the emulated tenant (BENCH_ROOMS, 1–20,000). */
  readonly rooms: number;
  /** Latency the emulator adds to every Graph request (BENCH_LATENCY_MS). */
  readonly latencyMs: number;
  /** Measured iterations per benchmark after one warm-up (BENCH_ITERATIONS). */
  readonly iterations: number;
}

export const REFERENCE: BenchConfig = { rooms: 10_000, latencyMs: 30, iterations: 7 };

function intFrom(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  return value;
}

export function readConfig(): BenchConfig {
  return {
    rooms: intFrom('BENCH_ROOMS', REFERENCE.rooms, 1, 20_000),
    latencyMs: intFrom('BENCH_LATENCY_MS', REFERENCE.latencyMs, 0, 1_000),
    iterations: intFrom('BENCH_ITERATIONS', REFERENCE.iterations, 1, 100),
  };
}
