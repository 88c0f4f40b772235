// The one error the Graph adapter throws: status, Graph's error code and the request id that
// Microsoft support asks for. Thrown from one place (checkResponse) for every failed call.
import { RoombookError, type ErrorKind } from '../../core/errors';

export class GraphError extends RoombookError {
  constructor(
    kind: ErrorKind,
    message: string,
    readonly status: number,
    readonly code: string,
    readonly requestId: string | null,
    readonly retryAfterMs: number | null,
  ) {
    super(kind, message);
    this.name = 'GraphError';
  }
}

export function kindOfStatus(status: number): ErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'unavailable';
  return 'invalidResponse';
}

/** Retry-After in seconds (or an HTTP date), as milliseconds. */
export function retryAfterMs(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** A GraphError from a failed response's status, a header reader and its (Graph-shaped) body. */
export function graphErrorOf(
  status: number,
  header: (name: string) => string | null,
  body: unknown,
): GraphError {
  const error =
    typeof body === 'object' && body !== null ? (body as { error?: { code?: unknown } }).error : undefined;
  const code = typeof error?.code === 'string' ? error.code : `HTTP${status}`;
  // Graph's message may quote request data; only the code and status travel into our message.
  return new GraphError(
    kindOfStatus(status),
    `Microsoft Graph answered ${status} (${code}).`,
    status,
    code,
    header('request-id'),
    retryAfterMs(header('retry-after')),
  );
}
