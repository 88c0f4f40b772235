// The Graph request pipeline, one path for every request, in small stages:
//   prepare (origin, guard, headers) → retry (429/503, lost answers of idempotent calls) →
//   limit (4 in flight) → envelope ($batch when several go together) → claims (401 once) →
//   token → fetch (timeout, cancel) → audit → check (one GraphError) → parse (zod, caller's schema).
// `send` is that path for one request, `batch` for many; paging (paging.ts) is a loop over `send`.
// `fetch` is the seam tests use to put the in-process emulator (or a fake) behind the pipeline.
import type { $ZodType, output } from 'zod/v4/core';
import { safeParse } from 'zod/mini';
import type { AuditSink, TokenOptions, TokenProvider } from '../../core/ports';
import { callOf, requestProblem } from '../selectGuard';
import { auditDetail } from './auditDetail';
import type { Answer, Prepared } from './answer';
import { batchBody, batchSize, MAX_BATCH, openBatch } from './batch';
import { errorOfAnswer, noAnswer, refused, unreadable, type GraphError } from './graphError';
import { createLimiter } from './limiter';
import { MAX_ATTEMPTS, mayRetry, retryDelay } from './retry';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface GraphRequest {
  readonly method: 'GET' | 'POST' | 'PATCH';
  /** Path and query below the base URL, e.g. `/me/events/{id}?$select=subject`, or a full nextLink. */
  readonly path: string;
  readonly scopes: readonly string[];
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** May be sent again after a lost answer. Default: GET only. */
  readonly idempotent?: boolean;
}

export interface CallOptions {
  /** Cancels the call (and its retries); it then fails with a GraphError of code `Cancelled`. */
  readonly signal?: AbortSignal;
}

export interface BatchOptions extends CallOptions {
  /**
   * Each $batch runs its requests one after another (dependsOn), holding one of the mailbox's four
   * concurrent requests instead of four, so four batches go at once: 80 requests a round trip instead
   * of 20, in the same server time. For reads of many pages; up to 20 requests, one parallel $batch
   * takes as long, so those go as one.
   */
  readonly sequential?: boolean;
}

export interface GraphClientOptions {
  readonly baseUrl: string;
  readonly tokens: TokenProvider;
  readonly fetch: FetchLike;
  readonly audit?: AuditSink;
  readonly maxConcurrency?: number;
  /** Each attempt's limit; a request that hangs longer fails as `Timeout` (or is retried if idempotent). */
  readonly timeoutMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

export type BatchResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: GraphError };

export interface GraphClient {
  /** One call; the answer parsed with `schema` (204 answers give undefined). */
  send<S extends $ZodType>(request: GraphRequest, schema: S, options?: CallOptions): Promise<output<S>>;
  /** Many calls, 20 to a $batch (sequential: spread over chains, batch.ts); each succeeds or fails on its own. */
  batch<S extends $ZodType>(
    requests: readonly GraphRequest[],
    schema: S,
    options?: BatchOptions,
  ): Promise<BatchResult<output<S>>[]>;
}

/** Every calendar call asks for UTC: time arithmetic happens in UTC, zones only for display. */
const UTC = 'outlook.timezone="UTC"';
/**
 * Writes ask for no representation back (RFC 7240, OData's `return=minimal`). Graph's event update
 * documents a 200 with the whole event (https://learn.microsoft.com/graph/api/event-update), so
 * Graph may ignore the preference; the callers' schemas then drop whatever came back.
 */
const MINIMAL = 'return=minimal';
const DEFAULT_TIMEOUT_MS = 30_000;
/** Larger answers than this are not read: no answer Roombook asks for comes near it. */
const MAX_ANSWER_CHARS = 16_000_000;

const claimsOf = (header: string | null): string | null => {
  const encoded = header ? /claims="([^"]+)"/.exec(header)?.[1] : undefined;
  if (!encoded) return null;
  try {
    return atob(encoded);
  } catch {
    return encoded;
  }
};

type Outcome =
  { readonly ok: true; readonly body: unknown } | { readonly ok: false; readonly error: GraphError };

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const base = new URL(options.baseUrl.replace(/\/+$/, ''));
  const basePath = base.pathname.replace(/\/+$/, '');
  const maxConcurrency = options.maxConcurrency ?? 4;
  const limit = createLimiter(maxConcurrency);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const random = options.random ?? Math.random;

  /** The path below the service root; a full URL only when it names the configured origin and root. */
  function relativePath(path: string): string {
    if (path.startsWith('/') && !path.startsWith('//')) return path;
    let url: URL;
    try {
      url = new URL(path);
    } catch {
      throw refused('the path cannot be read.');
    }
    // The token goes to the configured Graph only, never to a host a response names.
    if (url.origin !== base.origin || !url.pathname.startsWith(`${basePath}/`))
      throw refused('the link leads outside the configured Microsoft Graph.');
    return `${url.pathname.slice(basePath.length)}${url.search}`;
  }

  function prepare(request: GraphRequest): Prepared {
    const path = relativePath(request.path);
    const problem = requestProblem(request.method, path, request.body);
    if (problem) throw refused(`${problem}.`);
    const prefer = request.method === 'PATCH' ? `${UTC}, ${MINIMAL}` : UTC;
    return {
      method: request.method,
      path,
      headers: {
        ...(request.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        Prefer: prefer,
        ...request.headers,
      },
      ...(request.body !== undefined ? { body: request.body } : {}),
      scopes: request.scopes,
      idempotent: request.idempotent ?? request.method === 'GET',
      context: callOf(request.method, path)?.context ?? null,
    };
  }

  function audit(item: Prepared, status: number, started: number, batchId?: string): void {
    options.audit?.record({
      method: item.method,
      ...auditDetail(item.method, item.path, item.body),
      status,
      at: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      ...(batchId ? { batchId } : {}),
    });
  }

  /** One HTTP exchange: token, fetch under a timeout and the caller's signal, audit, read. */
  async function transmit(
    item: Prepared,
    signal: AbortSignal | undefined,
    tokenOptions?: TokenOptions,
  ): Promise<Answer> {
    const token = await options.tokens.getToken(item.scopes, tokenOptions);
    if (signal?.aborted) throw noAnswer('Cancelled');
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const cancel = () => controller.abort();
    signal?.addEventListener('abort', cancel);
    const started = Date.now();
    // The abort wins even over a transport that ignores its signal.
    const aborted = new Promise<never>((_resolve, reject) =>
      controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true }),
    );
    aborted.catch(() => undefined);
    try {
      const reading = options
        .fetch(`${base.origin}${basePath}${item.path}`, {
          method: item.method,
          headers: { ...item.headers, Authorization: `Bearer ${token}` },
          ...(item.body !== undefined ? { body: JSON.stringify(item.body) } : {}),
          signal: controller.signal,
          // A redirect is not followed: the token would travel wherever the Location header points.
          redirect: 'error',
        })
        .then(async (response) => ({ response, text: await response.text() }));
      const { response, text } = await Promise.race([reading, aborted]);
      audit(item, response.status, started);
      const header = (name: string) => response.headers.get(name);
      if (!text) return { status: response.status, header, body: undefined };
      if (text.length > MAX_ANSWER_CHARS)
        return { status: response.status, header, body: undefined, failure: 'Unreadable' };
      try {
        return { status: response.status, header, body: JSON.parse(text) as unknown };
      } catch {
        return {
          status: response.status,
          header,
          body: undefined,
          ...(response.ok ? { failure: 'Unreadable' as const } : {}),
        };
      }
    } catch {
      audit(item, 0, started);
      if (signal?.aborted) throw noAnswer('Cancelled');
      return {
        status: 0,
        header: () => null,
        body: undefined,
        failure: timedOut ? 'Timeout' : 'NetworkError',
      };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
    }
  }

  /**
   * Sends, answering a 401 once: a claims challenge with its claims, a plain 401 (the token expired
   * or was revoked before its time) with a fresh token instead of the cached one.
   */
  async function exchange(item: Prepared, signal: AbortSignal | undefined): Promise<Answer> {
    const first = await transmit(item, signal);
    if (first.status !== 401) return first;
    const claims = claimsOf(first.header('www-authenticate'));
    return transmit(item, signal, claims ? { claims } : { forceRefresh: true });
  }

  let batches = 0;

  /** The wait between attempts, cut short by the caller's cancel. */
  async function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
    if (options.sleep) return options.sleep(ms);
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  /** Several requests in one $batch; a failed envelope is every item's answer. */
  async function exchangeMany(
    items: readonly Prepared[],
    signal: AbortSignal | undefined,
    sequential: boolean,
  ): Promise<Answer[]> {
    if (items.length === 1 && items[0]) return [await exchange(items[0], signal)];
    const envelope = prepare({
      method: 'POST',
      path: '/$batch',
      scopes: [...new Set(items.flatMap((item) => item.scopes))],
      body: batchBody(items, sequential),
      idempotent: items.every((item) => item.idempotent),
    });
    const started = Date.now();
    const outer = await exchange(envelope, signal);
    if (outer.status !== 200 || outer.failure) return items.map(() => outer);
    const answers = openBatch(outer.body, items.length);
    batches += 1;
    const batchId = `batch-${batches}`;
    items.forEach((item, i) => audit(item, answers[i]?.status ?? 0, started, batchId));
    return answers;
  }

  const failureOf = (answer: Answer, item: Prepared): GraphError =>
    answer.failure === 'NetworkError' || answer.failure === 'Timeout'
      ? noAnswer(answer.failure, item.context)
      : answer.failure === 'Unreadable'
        ? unreadable(
            `${item.method} ${item.path.split('?')[0] ?? ''}`,
            answer.header('request-id'),
            item.context,
          )
        : errorOfAnswer(answer, item.scopes, item.context);

  /** The one retry loop: items still failing retryably go again together, after the longest wait. */
  async function run(
    items: readonly Prepared[],
    signal: AbortSignal | undefined,
    sequential = false,
  ): Promise<Outcome[]> {
    const outcomes: Outcome[] = new Array<Outcome>(items.length);
    let pending = items.map((_, index) => index);
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      if (signal?.aborted) throw noAnswer('Cancelled');
      const group = pending.map((index) => items[index] as Prepared);
      const answers = await limit(
        () => exchangeMany(group, signal, sequential),
        sequential ? 1 : group.length,
      );
      const again: number[] = [];
      let wait = 0;
      pending.forEach((index, k) => {
        const answer = answers[k];
        const item = items[index] as Prepared;
        if (answer && !answer.failure && answer.status >= 200 && answer.status < 300) {
          outcomes[index] = { ok: true, body: answer.body };
          return;
        }
        const error = failureOf(
          answer ?? { status: 0, header: () => null, body: undefined, failure: 'Unreadable' },
          item,
        );
        if (answer && attempt < MAX_ATTEMPTS && mayRetry(answer, item)) {
          again.push(index);
          wait = Math.max(wait, retryDelay(attempt, error.retryAfterMs, random));
        } else {
          outcomes[index] = { ok: false, error };
        }
      });
      if (again.length > 0) await pause(wait, signal);
      pending = again;
    }
    return outcomes;
  }

  function parse<S extends $ZodType>(item: Prepared, body: unknown, schema: S): BatchResult<output<S>> {
    try {
      const parsed = safeParse(schema, body);
      if (parsed.success) return { ok: true, value: parsed.data };
    } catch {
      // A schema's transform met a value it cannot read: the answer is unreadable, like any other.
    }
    return {
      ok: false,
      error: unreadable(`${item.method} ${item.path.split('?')[0] ?? ''}`, null, item.context),
    };
  }

  async function send<S extends $ZodType>(
    request: GraphRequest,
    schema: S,
    callOptions: CallOptions = {},
  ): Promise<output<S>> {
    const item = prepare(request);
    const [outcome] = await run([item], callOptions.signal);
    if (!outcome) throw unreadable(`${item.method} ${item.path.split('?')[0] ?? ''}`, null, item.context);
    if (!outcome.ok) throw outcome.error;
    const result = parse(item, outcome.body, schema);
    if (!result.ok) throw result.error;
    return result.value;
  }

  async function batch<S extends $ZodType>(
    requests: readonly GraphRequest[],
    schema: S,
    callOptions: BatchOptions = {},
  ): Promise<BatchResult<output<S>>[]> {
    const items = requests.map(prepare);
    const sequential = callOptions.sequential === true && items.length > MAX_BATCH;
    const size = batchSize(items.length, maxConcurrency, sequential);
    const chunks: Promise<BatchResult<output<S>>[]>[] = [];
    for (let offset = 0; offset < items.length; offset += size) {
      const chunk = items.slice(offset, offset + size);
      chunks.push(
        run(chunk, callOptions.signal, sequential).then((outcomes) =>
          outcomes.map((outcome, i) =>
            outcome.ok ? parse(chunk[i] as Prepared, outcome.body, schema) : outcome,
          ),
        ),
      );
    }
    return (await Promise.all(chunks)).flat();
  }

  return { send, batch };
}
