// Graph's response conventions in one place: JSON bodies, the request-id header on every answer,
// and the error body `{ error: { code, message, innerError: { request-id, date } } }`.
import { randomUUID } from 'node:crypto';

export interface EmulatorContext {
  readonly requestId: string;
  readonly now: Date;
}

export function newContext(now: Date): EmulatorContext {
  return { requestId: randomUUID(), now };
}

export function json(
  ctx: EmulatorContext,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8',
      'request-id': ctx.requestId,
      'client-request-id': ctx.requestId,
      ...headers,
    },
  });
}

export function errorBody(ctx: EmulatorContext, code: string, message: string): unknown {
  return {
    error: {
      code,
      message,
      innerError: { 'request-id': ctx.requestId, date: ctx.now.toISOString().replace(/\.\d{3}Z$/, '') },
    },
  };
}

export function graphError(
  ctx: EmulatorContext,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return json(ctx, status, errorBody(ctx, code, message), headers);
}

/** Graph's answer to a malformed request. */
export class BadRequest extends Error {
  constructor(
    message: string,
    readonly code = 'BadRequest',
    readonly status = 400,
  ) {
    super(message);
  }
}

export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') throw new BadRequest('Empty Payload, JSON content expected', 'BadRequest');
  try {
    return JSON.parse(text);
  } catch {
    throw new BadRequest(
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    );
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
