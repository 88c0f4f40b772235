// Fault injection: make chosen routes fail, slow down or drop the connection, at a rate, so that
// retry, throttling and "never half-written" behaviour can be shown against the emulator.
import { BadRequest, isRecord } from './http';
import type { Random } from './random';

export interface Fault {
  readonly method: string | null;
  readonly pathPattern: RegExp;
  readonly status: number | null;
  readonly latencyMs: number;
  readonly drop: boolean;
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

/** Thrown inside the handler to make the transport drop the connection. */
export class DroppedConnection extends Error {
  constructor() {
    super('The emulator dropped the connection (injected fault).');
  }
}
