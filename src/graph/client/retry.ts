// Retrying: throttled and unavailable answers (429/503/504), and for idempotent requests a lost
// answer (network error, timeout) too. Wait what Retry-After says, or back off exponentially, add
// jitter so parallel callers do not return together, cap every wait, and give up after a few tries.
// https://learn.microsoft.com/graph/throttling
import type { Answer, Prepared } from './answer';

// 424 Failed Dependency: a request of a sequential $batch that never ran because one before it failed
// (https://learn.microsoft.com/graph/json-batching); it goes again, after the failed one.
const RETRYABLE = new Set([424, 429, 503, 504]);
export const MAX_ATTEMPTS = 4;
/** A hostile or mistaken Retry-After (a day, a year) never parks the pane longer than this. */
const MAX_DELAY_MS = 30_000;

export function retryDelay(attempt: number, retryAfter: number | null, random: () => number): number {
  const base = retryAfter ?? 500 * 2 ** (attempt - 1);
  return Math.min(MAX_DELAY_MS, base + Math.floor(random() * 250));
}

/**
 * Whether this answer may be retried. A write whose answer was lost is not: it may have been
 * applied, and only the caller, re-reading the event, can tell (docs/architecture.md, "Retries").
 */
export function mayRetry(answer: Answer, request: Prepared): boolean {
  // 424, 429 and 503 say the request was not processed; a 504 is a gateway giving up, outcome unknown.
  if (answer.failure === 'NetworkError' || answer.failure === 'Timeout' || answer.status === 504)
    return request.idempotent;
  return RETRYABLE.has(answer.status);
}
