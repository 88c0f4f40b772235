// Waiting for a read that others share (the cached room directory) is stopped with the caller's
// signal, without stopping the read itself: the other callers still get it, and so does the cache.
import { noAnswer } from './graphError';
import type { ErrorContext } from '../../core/errors';

/** `shared`, or a `Cancelled` GraphError as soon as `signal` aborts, whichever comes first. */
export function untilCancelled<T>(
  shared: Promise<T>,
  signal: AbortSignal | undefined,
  context: ErrorContext | null = null,
): Promise<T> {
  if (!signal) return shared;
  if (signal.aborted) return Promise.reject(noAnswer('Cancelled', context));
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(noAnswer('Cancelled', context));
    signal.addEventListener('abort', stop, { once: true });
    shared.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}
