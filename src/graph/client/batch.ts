// JSON batching: up to 20 requests per POST /$batch. Each item succeeds or fails on its own; a
// throttled item comes back as a 429 inside a 200 batch and is retried alone after its Retry-After.
import { z } from 'zod';
import type { GraphClient, GraphRequest } from './client';
import { graphErrorOf, type GraphError } from './graphError';
import { MAX_ATTEMPTS, RETRYABLE, retryDelay } from './retry';

export const MAX_BATCH = 20;

const batchAnswer = z.object({
  responses: z.array(
    z.object({
      id: z.string(),
      status: z.number(),
      headers: z.record(z.string(), z.string()).nullish(),
      body: z.unknown().optional(),
    }),
  ),
});

export type BatchResult =
  { readonly ok: true; readonly body: unknown } | { readonly ok: false; readonly error: GraphError };

function relative(client: GraphClient, path: string): string {
  return path.startsWith(client.baseUrl) ? path.slice(client.baseUrl.length) : path;
}

async function sendChunk(
  client: GraphClient,
  chunk: readonly GraphRequest[],
  results: BatchResult[],
  offset: number,
): Promise<void> {
  let pending = chunk.map((request, i) => ({ request, index: offset + i }));
  for (let attempt = 1; pending.length > 0; attempt += 1) {
    const answer = await client.send(
      {
        method: 'POST',
        path: '/$batch',
        slots: pending.length,
        scopes: [...new Set(pending.flatMap((p) => p.request.scopes))],
        body: {
          requests: pending.map(({ request, index }) => ({
            id: String(index),
            method: request.method,
            url: relative(client, request.path),
            headers: {
              ...(request.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
              Prefer: 'outlook.timezone="UTC"',
              ...request.headers,
            },
            ...(request.body !== undefined ? { body: request.body } : {}),
          })),
        },
      },
      batchAnswer,
    );
    const byId = new Map(answer.responses.map((r) => [r.id, r]));
    const retry: typeof pending = [];
    let wait = 0;
    for (const item of pending) {
      const response = byId.get(String(item.index));
      const headers = response?.headers ?? {};
      const header = (name: string) =>
        Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1] ?? null;
      client.audit?.record({
        method: item.request.method,
        path: relative(client, item.request.path),
        status: response?.status ?? 0,
        at: new Date().toISOString(),
        durationMs: 0,
        batchId: `batch-${offset}-${attempt}`,
      });
      if (response && response.status < 400) {
        results[item.index] = { ok: true, body: response.body };
        continue;
      }
      const error = graphErrorOf(response?.status ?? 500, header, response?.body);
      if (response && RETRYABLE.has(response.status) && attempt < MAX_ATTEMPTS) {
        retry.push(item);
        wait = Math.max(wait, retryDelay(attempt, error.retryAfterMs, client.random));
      } else {
        results[item.index] = { ok: false, error };
      }
    }
    if (retry.length > 0) await client.sleep(wait);
    pending = retry;
  }
}

/** Sends the requests in batches of 20 (batches run in parallel, within the client's limit). */
export async function batch(client: GraphClient, requests: readonly GraphRequest[]): Promise<BatchResult[]> {
  const results: BatchResult[] = new Array(requests.length);
  const chunks: Promise<void>[] = [];
  for (let offset = 0; offset < requests.length; offset += MAX_BATCH) {
    chunks.push(sendChunk(client, requests.slice(offset, offset + MAX_BATCH), results, offset));
  }
  await Promise.all(chunks);
  return results;
}
