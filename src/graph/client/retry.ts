// Retrying throttled and unavailable answers: wait what Retry-After says (or back off exponentially),
// add jitter so parallel callers do not return together, and give up after a few attempts.
export const RETRYABLE = new Set([429, 503, 504]);
export const MAX_ATTEMPTS = 4;
export const MAX_DELAY_MS = 30_000;

export function retryDelay(attempt: number, retryAfter: number | null, random: () => number): number {
  const base = retryAfter ?? 500 * 2 ** (attempt - 1);
  return Math.min(MAX_DELAY_MS, base + Math.floor(random() * 250));
}
