// Summaries of repeated measurements. p95 is nearest-rank: with a handful of samples it is the slowest
// one, which is the honest reading for a user who waits on it.
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);
