// The one error the Graph adapter throws: status, Graph's error code, the request id that Microsoft
// support asks for, and for a 403 the permission an admin has to grant. Every GraphError is made here
// (`new GraphError` appears in no other file), so its wording and its fields are decided once.
import { RoombookError, type ErrorContext, type ErrorKind } from '../../core/errors';

export class GraphError extends RoombookError {
  constructor(
    kind: ErrorKind,
    message: string,
    readonly status: number,
    readonly code: string,
    readonly requestId: string | null,
    readonly retryAfterMs: number | null,
    /** For a 403: the delegated permission(s) the refused call needs, which an admin can grant. */
    permission: string | null = null,
    /** What the call was for (calls.ts), so the pane's message names it. */
    context: ErrorContext | null = null,
  ) {
    super(kind, message, { permission, context });
    this.name = 'GraphError';
  }
}

function kindOfStatus(status: number): ErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'unavailable';
  return 'invalidResponse';
}

/** Retry-After in seconds (or an HTTP date), as milliseconds; null when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** What a failed answer tells: its status, a header reader and its (Graph-shaped) body. */
export interface FailedAnswer {
  readonly status: number;
  readonly header: (name: string) => string | null;
  readonly body: unknown;
}

function codeOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !Object.hasOwn(body, 'error')) return null;
  const error: unknown = (body as { error: unknown }).error;
  if (typeof error !== 'object' || error === null || !Object.hasOwn(error, 'code')) return null;
  const code: unknown = (error as { code: unknown }).code;
  // A code is an identifier; anything else (markup, a 10,000-character string) is not repeated.
  return typeof code === 'string' && /^[A-Za-z0-9_.]{1,64}$/.test(code) ? code : null;
}

/** The error for a failed answer. `scopes` are the call's permissions, named when Graph says 403. */
export function errorOfAnswer(
  answer: FailedAnswer,
  scopes: readonly string[],
  context: ErrorContext | null = null,
): GraphError {
  const code = codeOf(answer.body) ?? `HTTP${answer.status}`;
  const permission = answer.status === 403 && scopes.length > 0 ? scopes.join(' ') : null;
  // Graph's message may quote request data; only the code, status and permission travel into ours.
  return new GraphError(
    kindOfStatus(answer.status),
    `Microsoft Graph answered ${answer.status} (${code}).${
      permission ? ` The call needs the delegated permission ${permission}, granted by an admin.` : ''
    }`,
    answer.status,
    code,
    answer.header('request-id'),
    retryAfterMs(answer.header('retry-after')),
    permission,
    context,
  );
}

export type NoAnswerCode = 'NetworkError' | 'Timeout' | 'Cancelled';

/** No answer: the connection failed, the request timed out, or the caller cancelled it. */
export function noAnswer(code: NoAnswerCode, context: ErrorContext | null = null): GraphError {
  const message = {
    NetworkError: 'Microsoft Graph could not be reached.',
    Timeout: 'Microsoft Graph did not answer in time.',
    Cancelled: 'The request to Microsoft Graph was cancelled.',
  }[code];
  return new GraphError('network', message, 0, code, null, null, null, context);
}

/** Roombook refuses to send the request (the field guard, a foreign origin, an impossible window). */
export function refused(reason: string, context: ErrorContext | null = null): GraphError {
  return new GraphError(
    'refused',
    `Roombook refused the request: ${reason}`,
    0,
    'Refused',
    null,
    null,
    null,
    context,
  );
}

/** The answer arrived but cannot be read: wrong shape, unreadable dates, unbounded paging. */
export function unreadable(
  what: string,
  requestId: string | null = null,
  context: ErrorContext | null = null,
): GraphError {
  return new GraphError(
    'invalidResponse',
    `Unexpected answer from ${what}.`,
    200,
    'InvalidResponse',
    requestId,
    null,
    null,
    context,
  );
}
