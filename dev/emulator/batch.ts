// JSON batching: up to 20 requests, each answered on its own status inside a 200 response. Items run
// up to four at a time (Outlook's per-mailbox limit) and may be throttled like any other request.
import { BadRequest, isRecord, json, type EmulatorContext } from './http';

export interface BatchItemRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly dependsOn: readonly string[];
}

export interface BatchItemResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

const MAX_REQUESTS = 20;
const PARALLEL = 4;

export function parseBatch(body: unknown): BatchItemRequest[] {
  if (!isRecord(body) || !Array.isArray(body.requests))
    throw new BadRequest('Invalid batch payload: requests is required.', 'BadRequest');
  if (body.requests.length > MAX_REQUESTS)
    throw new BadRequest(`The number of batch requests exceeds the limit of ${MAX_REQUESTS}.`, 'BadRequest');
  const items = body.requests.map((raw): BatchItemRequest => {
    if (
      !isRecord(raw) ||
      typeof raw.id !== 'string' ||
      typeof raw.method !== 'string' ||
      typeof raw.url !== 'string'
    ) {
      throw new BadRequest('Each batch request needs id, method and url.', 'BadRequest');
    }
    const headers = isRecord(raw.headers)
      ? Object.fromEntries(Object.entries(raw.headers).map(([k, v]) => [k, String(v)]))
      : {};
    if (raw.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      throw new BadRequest(`Batch request ${raw.id} has a body but no Content-Type header.`, 'BadRequest');
    }
    return {
      id: raw.id,
      method: raw.method.toUpperCase(),
      url: raw.url,
      headers,
      body: raw.body,
      dependsOn: Array.isArray(raw.dependsOn) ? raw.dependsOn.map(String) : [],
    };
  });
  const ids = new Set(items.map((item) => item.id));
  if (ids.size !== items.length) throw new BadRequest('Batch request ids must be unique.', 'BadRequest');
  for (const item of items) {
    if (item.dependsOn.some((d) => !ids.has(d)))
      throw new BadRequest(`Batch request ${item.id} depends on an unknown id.`, 'BadRequest');
  }
  return items;
}

export async function runBatch(
  ctx: EmulatorContext,
  items: readonly BatchItemRequest[],
  execute: (item: BatchItemRequest) => Promise<BatchItemResponse>,
): Promise<Response> {
  const results = new Map<string, Promise<BatchItemResponse>>();
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = async (): Promise<void> => {
    while (running >= PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
  };
  const release = (): void => {
    running -= 1;
    waiting.shift()?.();
  };
  const runOne = async (item: BatchItemRequest): Promise<BatchItemResponse> => {
    // Yield once so every item is registered before any looks up the ones it depends on.
    await Promise.resolve();
    const dependencies = await Promise.all(item.dependsOn.map((d) => results.get(d)));
    if (dependencies.some((d) => !d || d.status >= 400)) {
      return {
        id: item.id,
        status: 424,
        headers: {},
        body: { error: { code: 'FailedDependency', message: 'A request this one depends on failed.' } },
      };
    }
    await slot();
    try {
      return await execute(item);
    } finally {
      release();
    }
  };
  for (const item of items) results.set(item.id, runOne(item));
  const responses = await Promise.all(
    items.map((item) => results.get(item.id) as Promise<BatchItemResponse>),
  );
  return json(ctx, 200, { responses });
}
