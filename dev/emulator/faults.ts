// Fault injection: make chosen routes fail, slow down or drop the connection, at a rate, so that
// retry, throttling and "never half-written" behaviour can be shown against the emulator. A fault
// matches top-level requests, the items inside a $batch, and the outer `/v1.0/$batch` itself.
import { BadRequest, graphError, isRecord, type EmulatorContext } from './http';
import type { Random } from './random';

export interface Fault {
  readonly method: string | null;
  readonly pathPattern: RegExp;
  readonly status: number | null;
  readonly latencyMs: number;
  readonly drop: boolean;
  /**
   * No answer until the client gives up (its request's signal aborts): a request that hangs, for
   * the client's timeout. Without a signal it hangs for good.
   */
  readonly hang: boolean;
  /** The request is applied, then its answer is lost (the connection drops): an unknown outcome. */
  readonly afterApply: boolean;
  readonly rate: number;
  /** How many more times it may fire; null for always. */
  remaining: number | null;
  readonly retryAfterSeconds: number | null;
}

export function parseFault(body: unknown): Fault {
  if (!isRecord(body) || typeof body.pathPattern !== 'string')
    throw new BadRequest('A fault needs pathPattern (a regular expression).');
  let pattern: RegExp;
  try {
    pattern = new RegExp(body.pathPattern, 'i');
  } catch {
    throw new BadRequest(`pathPattern is not a valid regular expression: ${body.pathPattern}`);
  }
  const rate = body.rate === undefined ? 1 : Number(body.rate);
  if (!(rate >= 0 && rate <= 1)) throw new BadRequest('rate must be between 0 and 1.');
  const status = body.status === undefined ? null : Number(body.status);
  if (status !== null && !(status >= 400 && status <= 599))
    throw new BadRequest('status must be an HTTP error status.');
  return {
    method: typeof body.method === 'string' ? body.method.toUpperCase() : null,
    pathPattern: pattern,
    status,
    latencyMs: Number(body.latencyMs ?? 0),
    drop: body.drop === true,
    hang: body.hang === true,
    afterApply: body.afterApply === true,
    rate,
    remaining: body.count === undefined ? null : Number(body.count),
    retryAfterSeconds: body.retryAfterSeconds === undefined ? null : Number(body.retryAfterSeconds),
  };
}

/** The fault that fires for this request, if any (consuming one of its counted uses). */
export function firingFault(
  faults: readonly Fault[],
  method: string,
  path: string,
  random: Random,
): Fault | null {
  for (const fault of faults) {
    if (fault.method && fault.method !== method) continue;
    if (!fault.pathPattern.test(path)) continue;
    if (fault.remaining !== null && fault.remaining <= 0) continue;
    if (random() >= fault.rate) continue;
    if (fault.remaining !== null) fault.remaining -= 1;
    return fault;
  }
  return null;
}

/** The answer an injected status gives, with Retry-After where Graph sends one. */
export function injectedAnswer(ctx: EmulatorContext, fault: Fault, retryAfterSeconds: number): Response {
  const status = fault.status ?? 500;
  const headers: Record<string, string> =
    status === 429 || status === 503
      ? { 'Retry-After': String(fault.retryAfterSeconds ?? retryAfterSeconds) }
      : {};
  return graphError(
    ctx,
    status,
    status === 429 ? 'TooManyRequests' : 'InjectedFault',
    'Injected fault.',
    headers,
  );
}

/** Waits until `signal` aborts, then drops the connection (nothing was applied). */
export function hangUntilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    const give = () => reject(new DroppedConnection());
    if (signal.aborted) give();
    else signal.addEventListener('abort', give, { once: true });
  });
}

/** Thrown inside the handler to make the transport drop the connection. */
export class DroppedConnection extends Error {
  constructor() {
    super('The emulator dropped the connection (injected fault).');
  }
}
