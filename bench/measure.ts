// Runs one benchmark: a warm-up iteration (JIT, caches in the emulator) that is not counted, then
// the measured ones, each timed around the step alone and with the Graph traffic it caused.
import type { Benchmark } from './scenarios';
import { median, percentile } from './stats';
import type { BenchTenant } from './tenant';

export interface Measurement {
  readonly benchmark: Benchmark;
  readonly medianMs: number;
  readonly p95Ms: number;
  /** Per iteration (the median; the same every time unless something was retried). */
  readonly requests: number;
  readonly batched: number;
  /** Over all iterations: any 429 means the client went over Outlook's per-mailbox limit. */
  readonly throttled: number;
  readonly met: boolean;
}

export async function measure(tenant: BenchTenant, benchmark: Benchmark): Promise<Measurement> {
  await (
    await benchmark.iteration()
  )();
  const times: number[] = [];
  const requests: number[] = [];
  const batched: number[] = [];
  let throttled = 0;
  for (let i = 0; i < benchmark.iterations; i += 1) {
    const timed = await benchmark.iteration();
    const traffic = tenant.count();
    const started = performance.now();
    await timed();
    times.push(performance.now() - started);
    const seen = traffic();
    requests.push(seen.requests);
    batched.push(seen.batched);
    throttled += seen.throttled;
  }
  const p95Ms = percentile(times, 95);
  return {
    benchmark,
    medianMs: median(times),
    p95Ms,
    requests: median(requests),
    batched: median(batched),
    throttled,
    met: p95Ms <= benchmark.goalMs && throttled === 0,
  };
}
