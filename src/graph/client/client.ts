// The Graph request pipeline, PnPjs-style, as small stages:
//   guard ($select/$expand) → limit (4 in flight) → retry (429/503/504) → claims (401 once) →
//   token → send → audit → check (one GraphError) → parse (zod, by the caller's schema).
// `fetch` is the seam tests use to put the in-process emulator (or a fake) behind the pipeline.
import type { z } from 'zod';
import { RoombookError } from '../../core/errors';
import type { AuditSink, TokenOptions, TokenProvider } from '../../core/ports';
import { namesForbiddenField } from '../selectGuard';
import { GraphError, graphErrorOf } from './graphError';
import { createLimiter } from './limiter';
import { pageSchema } from './paging';
import { MAX_ATTEMPTS, RETRYABLE, retryDelay } from './retry';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface GraphRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path and query below the base URL, e.g. `/me/events/{id}?$select=subject`, or a full nextLink. */
  readonly path: string;
  readonly scopes: readonly string[];
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Mailbox requests this call runs at once (a $batch's items); counts against the limit. Default 1. */
  readonly slots?: number;
}

export interface GraphClientOptions {
  readonly baseUrl: string;
  readonly tokens: TokenProvider;
  readonly fetch: FetchLike;
  readonly audit?: AuditSink;
  readonly maxConcurrency?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

export interface GraphClient {
  /** One call; the answer parsed with `schema` (204 answers give undefined). */
  send<S extends z.ZodType>(request: GraphRequest, schema: S): Promise<z.infer<S>>;
  /** Follows @odata.nextLink until the collection is read. */
  all<S extends z.ZodType>(request: GraphRequest, item: S, cap?: number): Promise<z.infer<S>[]>;
  readonly baseUrl: string;
  readonly audit: AuditSink | undefined;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  /** The raw stages below retry, for $batch, which retries its items itself. */
  raw(
    request: GraphRequest,
  ): Promise<{ status: number; header: (name: string) => string | null; body: unknown }>;
}

/** Every calendar call asks for UTC: time arithmetic happens in UTC, zones only for display. */
const CALENDAR_HEADERS = { Prefer: 'outlook.timezone="UTC"' };

const claimsOf = (header: string | null): string | null => {
  const encoded = header ? /claims="([^"]+)"/.exec(header)?.[1] : undefined;
  if (!encoded) return null;
  try {
    return atob(encoded);
  } catch {
    return encoded;
  }
};

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const limit = createLimiter(options.maxConcurrency ?? 4);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;

  const urlOf = (path: string) => (/^https?:\/\//i.test(path) ? path : `${baseUrl}${path}`);
  const auditPath = (url: string) =>
    url.startsWith(baseUrl) ? url.slice(baseUrl.length) : new URL(url).pathname;

  async function once(request: GraphRequest, tokenOptions?: TokenOptions) {
    const url = urlOf(request.path);
    if (namesForbiddenField(url))
      throw new RoombookError('refused', 'Roombook does not read message bodies or attachments.');
    const token = await options.tokens.getToken(request.scopes, tokenOptions);
    const started = Date.now();
    let response: Response;
    try {
      response = await options.fetch(url, {
        method: request.method,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(request.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...CALENDAR_HEADERS,
          ...request.headers,
        },
        ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
      });
    } catch {
      options.audit?.record({
        method: request.method,
        path: auditPath(url),
        status: 0,
        at: new Date(started).toISOString(),
        durationMs: Date.now() - started,
      });
      throw new GraphError('network', 'Microsoft Graph could not be reached.', 0, 'NetworkError', null, null);
    }
    options.audit?.record({
      method: request.method,
      path: auditPath(url),
      status: response.status,
      at: new Date(started).toISOString(),
      durationMs: Date.now() - started,
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { status: response.status, header: (name: string) => response.headers.get(name), body };
  }

  /**
   * Sends, answering a 401 once: a claims challenge with its claims, a plain 401 (the token expired
   * or was revoked before its time) with a fresh token instead of the cached one.
   */
  async function raw(request: GraphRequest) {
    const first = await once(request);
    if (first.status !== 401) return first;
    const claims = claimsOf(first.header('www-authenticate'));
    return once(request, claims ? { claims } : { forceRefresh: true });
  }

  async function checked(request: GraphRequest): Promise<unknown> {
    for (let attempt = 1; ; attempt += 1) {
      const answer = await limit(() => raw(request), request.slots);
      if (answer.status < 400) return answer.body;
      const error = graphErrorOf(answer.status, answer.header, answer.body);
      if (!RETRYABLE.has(answer.status) || attempt >= MAX_ATTEMPTS) throw error;
      await sleep(retryDelay(attempt, error.retryAfterMs, random));
    }
  }

  async function send<S extends z.ZodType>(request: GraphRequest, schema: S): Promise<z.infer<S>> {
    const body = await checked(request);
    const parsed = schema.safeParse(body);
    if (!parsed.success)
      throw new RoombookError(
        'invalidResponse',
        `Unexpected answer from ${request.method} ${request.path.split('?')[0]}.`,
      );
    return parsed.data;
  }

  async function all<S extends z.ZodType>(
    request: GraphRequest,
    item: S,
    cap = 10_000,
  ): Promise<z.infer<S>[]> {
    const items: z.infer<S>[] = [];
    let next: string | undefined = request.path;
    while (next && items.length < cap) {
      const page: { value: z.infer<S>[]; '@odata.nextLink'?: string | undefined } = await send(
        { ...request, path: next },
        pageSchema(item),
      );
      items.push(...page.value);
      next = page['@odata.nextLink'];
    }
    return items;
  }

  return {
    send,
    all,
    raw: (request) => limit(() => raw(request)),
    baseUrl,
    audit: options.audit,
    sleep,
    random,
  };
}
