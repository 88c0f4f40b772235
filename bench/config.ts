// What a benchmark run measures against, from the environment and the command line. The defaults are
// the reference configuration the goals in docs/performance.md are stated for.
export interface BenchConfig {
  /** Rooms in the emulated tenant of the step benchmarks and the browser run (BENCH_ROOMS, 1–20,000). */
  readonly rooms: number;
  /** Tenant sizes compared cold, warm and naive (BENCH_SIZES, e.g. "100,1000,10000"). */
  readonly sizes: readonly number[];
  /** Latency the emulator adds to every Graph request (BENCH_LATENCY_MS). */
  readonly latencyMs: number;
  /** Measured iterations per step benchmark after one warm-up (BENCH_ITERATIONS). */
  readonly iterations: number;
  /** Measured iterations per size and path after one warm-up (BENCH_SIZE_ITERATIONS). */
  readonly sizeIterations: number;
  /**
   * Chromium's CPU slowdown for the browser run (BENCH_CPU_THROTTLE, DevTools' "4× slowdown" is 4):
   * the goal is stated at 1×; a slower laptop is read at 4×.
   */
  readonly cpuThrottle: number;
  /**
   * `--smallest`: only the smallest size everywhere, goals reported but not enforced; CI runs this so
   * the benchmark never rots, without asserting timings on a shared machine.
   */
  readonly smallest: boolean;
}

export const REFERENCE = { rooms: 10_000, sizes: [100, 1_000, 10_000], latencyMs: 30, iterations: 7 };

function intFrom(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  return value;
}

function sizesFrom(raw: string | undefined): number[] {
  if (raw === undefined || raw === '') return [...REFERENCE.sizes];
  const sizes = raw.split(',').map((part) => Number(part.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 20_000))
    throw new Error(`BENCH_SIZES must list whole numbers from 1 to 20,000, not "${raw}".`);
  return sizes;
}

export function readConfig(argv: readonly string[] = process.argv.slice(2)): BenchConfig {
  const smallest = argv.includes('--smallest') || process.env.BENCH_SMALLEST === '1';
  const sizes = sizesFrom(process.env.BENCH_SIZES);
  const least = Math.min(...sizes);
  return {
    rooms: smallest ? least : intFrom('BENCH_ROOMS', REFERENCE.rooms, 1, 20_000),
    sizes: smallest ? [least] : sizes,
    latencyMs: intFrom('BENCH_LATENCY_MS', REFERENCE.latencyMs, 0, 1_000),
    iterations: smallest ? 1 : intFrom('BENCH_ITERATIONS', REFERENCE.iterations, 1, 100),
    sizeIterations: smallest ? 1 : intFrom('BENCH_SIZE_ITERATIONS', 3, 1, 100),
    cpuThrottle: intFrom('BENCH_CPU_THROTTLE', 1, 1, 20),
    smallest,
  };
}
