// A thin caller for tests: JSON in, JSON out, as the signed-in user (or without a token).
import type { Emulator } from './index';

export const BASE = 'http://emulator.test';

export interface CallResult {
  readonly status: number;
  readonly headers: Headers;
  readonly json: Record<string, unknown>;
}

export function client(emulator: Emulator, user?: string) {
  const token = emulator.tokenFor(user);
  return async function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<CallResult> {
    const response = await emulator.fetch(`${BASE}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    };
  };
}

/** A fixed clock on a Wednesday, so seeded working-day calendars are predictable. */
export const FIXED_NOW = new Date('2026-03-04T07:00:00Z');
