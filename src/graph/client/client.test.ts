import { z } from 'zod';
import { AuditLog } from '../../core/auditLog';
import { RoombookError } from '../../core/errors';
import { createGraphClient, type FetchLike } from './client';
import { GraphError } from './graphError';
import { noContentSchema } from '../schemas';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'request-id': 'req-1', ...headers },
  });

function setup(fetch: FetchLike) {
  const sleeps: number[] = [];
  const tokenCalls: { scopes: readonly string[]; claims?: string; forceRefresh?: boolean }[] = [];
  const audit = new AuditLog();
  const client = createGraphClient({
    baseUrl: 'https://graph.test/v1.0',
    tokens: {
      getToken: async (scopes, options) => {
        tokenCalls.push({ scopes, ...options });
        return 'secret-token';
      },
      signOut: async () => undefined,
    },
    fetch,
    audit,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
  });
  return { client, sleeps, tokenCalls, audit };
}

const get = { method: 'GET' as const, path: '/me/events/1?$select=subject', scopes: ['Calendars.ReadWrite'] };
const subject = z.object({ subject: z.string() });

describe('the Graph pipeline', () => {
  it('retries 429 honouring Retry-After with jitter, then succeeds', async () => {
    const answers = [
      json(429, { error: { code: 'TooManyRequests' } }, { 'retry-after': '2' }),
      json(503, {}),
      json(200, { subject: 'x' }),
    ];
    const { client, sleeps } = setup(async () => answers.shift() ?? json(500, {}));
    await expect(client.send(get, subject)).resolves.toEqual({ subject: 'x' });
    expect(sleeps).toEqual([2125, 1125]);
  });

  it('gives up after four attempts with one typed GraphError', async () => {
    const { client, sleeps } = setup(async () =>
      json(503, { error: { code: 'ServiceUnavailable', message: 'secret data' } }),
    );
    const error = await client.send(get, subject).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({
      kind: 'unavailable',
      status: 503,
      code: 'ServiceUnavailable',
      requestId: 'req-1',
    });
    expect((error as Error).message).not.toContain('secret data');
    expect(sleeps).toHaveLength(3);
  });

  it('does not retry a 404 and maps statuses to kinds', async () => {
    const { client, sleeps } = setup(async () => json(404, { error: { code: 'ErrorItemNotFound' } }));
    await expect(client.send(get, subject)).rejects.toMatchObject({ kind: 'notFound' });
    expect(sleeps).toEqual([]);
  });

  it('retries a 401 claims challenge once with the claims', async () => {
    const claims = '{"access_token":{"nbf":{"essential":true}}}';
    let calls = 0;
    const { client, tokenCalls } = setup(async () => {
      calls += 1;
      return calls === 1
        ? json(
            401,
            {},
            { 'www-authenticate': `Bearer error="insufficient_claims", claims="${btoa(claims)}"` },
          )
        : json(200, { subject: 'ok' });
    });
    await expect(client.send(get, subject)).resolves.toEqual({ subject: 'ok' });
    expect(tokenCalls).toEqual([
      { scopes: ['Calendars.ReadWrite'] },
      { scopes: ['Calendars.ReadWrite'], claims },
    ]);
  });

  it('answers a plain 401 once with a fresh token, and a second 401 is an error', async () => {
    const answers = [
      json(401, { error: { code: 'InvalidAuthenticationToken' } }),
      json(200, { subject: 'ok' }),
    ];
    const { client, tokenCalls } = setup(async () => answers.shift() ?? json(401, {}));
    await expect(client.send(get, subject)).resolves.toEqual({ subject: 'ok' });
    expect(tokenCalls).toEqual([
      { scopes: ['Calendars.ReadWrite'] },
      { scopes: ['Calendars.ReadWrite'], forceRefresh: true },
    ]);
    const again = setup(async () => json(401, { error: { code: 'InvalidAuthenticationToken' } }));
    await expect(again.client.send(get, subject)).rejects.toMatchObject({ status: 401 });
    expect(again.tokenCalls).toHaveLength(2);
  });

  it('refuses to send a request that names a forbidden field, before asking for a token', async () => {
    const fetch = jest.fn<Promise<Response>, Parameters<FetchLike>>();
    const { client, tokenCalls } = setup(fetch);
    const error = await client
      .send({ ...get, path: '/me/events/1?$select=subject,body' }, subject)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as RoombookError).kind).toBe('refused');
    expect(fetch).not.toHaveBeenCalled();
    expect(tokenCalls).toEqual([]);
  });

  it.each([
    'https://evil.test/v1.0/me/events/1?$select=subject',
    'http://graph.test/v1.0/me/events/1?$select=subject',
    'https://graph.test/beta/me/events/1?$select=subject',
    '//evil.test/v1.0/me/events/1?$select=subject',
    'https://graph.test.evil.test/v1.0/me/events/1?$select=subject',
  ])('never sends the token to %s', async (path) => {
    const fetch = jest.fn<Promise<Response>, Parameters<FetchLike>>();
    const { client, tokenCalls } = setup(fetch);
    await expect(client.send({ ...get, path }, subject)).rejects.toMatchObject({ kind: 'refused' });
    expect(fetch).not.toHaveBeenCalled();
    expect(tokenCalls).toEqual([]);
  });

  it('follows no redirect, so the token cannot travel to the Location it names', async () => {
    const fetch = jest.fn<Promise<Response>, Parameters<FetchLike>>(async () => json(200, { subject: 'x' }));
    const { client } = setup(fetch);
    await client.send(get, subject);
    expect(fetch.mock.calls[0]?.[1]?.redirect).toBe('error');
  });

  it('keeps at most four requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const { client } = setup(async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return json(200, { subject: 'x' });
    });
    await Promise.all(Array.from({ length: 12 }, () => client.send(get, subject)));
    expect(peak).toBe(4);
  });

  it('turns a network failure into a network error', async () => {
    const { client } = setup(async () => {
      throw new TypeError('fetch failed');
    });
    await expect(client.send(get, subject)).rejects.toMatchObject({ kind: 'network' });
  });

  it('retries a GET whose answer was lost, but never a PATCH (its outcome is unknown)', async () => {
    let calls = 0;
    const { client } = setup(async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('fetch failed');
      return json(200, { subject: 'x' });
    });
    await expect(client.send(get, subject)).resolves.toEqual({ subject: 'x' });
    expect(calls).toBe(2);
    calls = 0;
    const patch = {
      method: 'PATCH' as const,
      path: '/me/events/1',
      scopes: ['Calendars.ReadWrite'],
      body: { location: { displayName: 'x' } },
    };
    await expect(client.send(patch, z.unknown())).rejects.toMatchObject({
      kind: 'network',
      code: 'NetworkError',
    });
    expect(calls).toBe(1);
  });

  it('gives every attempt a timeout: a hanging write fails as Timeout once, a hanging read is retried', async () => {
    const hang: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    const fetch = jest.fn(hang);
    const client = createGraphClient({
      baseUrl: 'https://graph.test/v1.0',
      tokens: { getToken: async () => 't', signOut: async () => undefined },
      fetch,
      timeoutMs: 5,
      sleep: async () => undefined,
    });
    const patch = {
      method: 'PATCH' as const,
      path: '/me/events/1',
      scopes: ['Calendars.ReadWrite'],
      body: { location: { displayName: 'x' } },
    };
    await expect(client.send(patch, z.unknown())).rejects.toMatchObject({ kind: 'network', code: 'Timeout' });
    expect(fetch).toHaveBeenCalledTimes(1);
    await expect(client.send(get, subject)).rejects.toMatchObject({ code: 'Timeout' });
    expect(fetch).toHaveBeenCalledTimes(5);
  });

  it('can be cancelled by the caller, in flight or while waiting to retry', async () => {
    const controller = new AbortController();
    let calls = 0;
    const { client } = setup(async (_url, init) => {
      calls += 1;
      return new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
        setTimeout(() => controller.abort(), 1);
      });
    });
    await expect(client.send(get, subject, { signal: controller.signal })).rejects.toMatchObject({
      kind: 'network',
      code: 'Cancelled',
    });
    expect(calls).toBe(1);
    const waiting = createGraphClient({
      baseUrl: 'https://graph.test/v1.0',
      tokens: { getToken: async () => 't', signOut: async () => undefined },
      fetch: async () => json(429, {}, { 'retry-after': '20' }),
      random: () => 0,
    });
    const later = new AbortController();
    const sent = waiting.send(get, subject, { signal: later.signal });
    setTimeout(() => later.abort(), 5);
    await expect(sent).rejects.toMatchObject({ code: 'Cancelled' });
  });

  it('names the permission an admin must grant when Graph answers 403', async () => {
    const { client } = setup(async () => json(403, { error: { code: 'ErrorAccessDenied', message: 'x' } }));
    const places = {
      method: 'GET' as const,
      path: '/places/microsoft.graph.room?$select=id',
      scopes: ['Place.Read.All'],
    };
    const error = await client.send(places, z.unknown()).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, permission: 'Place.Read.All' });
    expect((error as Error).message).toContain('Place.Read.All');
  });

  it('asks for a minimal answer to a write and keeps nothing of what comes back', async () => {
    const fetch = jest.fn<Promise<Response>, Parameters<FetchLike>>(async () =>
      json(200, { id: '1', subject: 's', body: { content: 'secret' } }),
    );
    const { client } = setup(fetch);
    const patch = {
      method: 'PATCH' as const,
      path: '/me/events/1',
      scopes: ['Calendars.ReadWrite'],
      body: { location: { displayName: 'x' } },
    };
    await expect(client.send(patch, noContentSchema)).resolves.toBeUndefined();
    const headers = fetch.mock.calls[0]?.[1]?.headers as Record<string, string>;
    expect(headers.Prefer).toMatch(/return=minimal/);
    expect(headers.Prefer).toMatch(/outlook\.timezone="UTC"/);
  });
});

describe('$batch, a layer of the same pipeline', () => {
  const schedule = (n: number) => ({
    method: 'POST' as const,
    path: '/me/calendar/getSchedule',
    scopes: ['Calendars.ReadWrite'],
    idempotent: true,
    body: { schedules: [`room${n}@x.test`] },
  });
  const batchAnswer = (statuses: number[]) =>
    json(200, {
      responses: statuses.map((status, id) => ({
        id: String(id),
        status,
        headers: status === 429 ? { 'Retry-After': '1' } : {},
        body: status === 200 ? { value: [id] } : { error: { code: 'TooManyRequests' } },
      })),
    });

  it('retries the throttled item alone, with the same retry, audit and headers as send', async () => {
    const bodies: unknown[] = [];
    const answers = [batchAnswer([200, 429, 200]), json(200, { value: [1] })];
    const { client, audit, sleeps } = setup(async (_url, init) => {
      bodies.push(JSON.parse(String(init?.body)));
      return answers.shift() ?? json(500, {});
    });
    const results = await client.batch(
      [schedule(0), schedule(1), schedule(2)],
      z.object({ value: z.array(z.number()) }),
    );
    expect(results).toEqual([
      { ok: true, value: { value: [0] } },
      { ok: true, value: { value: [1] } },
      { ok: true, value: { value: [2] } },
    ]);
    expect(sleeps).toEqual([1125]);
    const [envelope] = bodies as { requests: { url: string; headers: Record<string, string> }[] }[];
    expect(envelope?.requests.map((r) => r.url)).toEqual(Array(3).fill('/me/calendar/getSchedule'));
    expect(envelope?.requests[0]?.headers).toEqual({
      'Content-Type': 'application/json',
      Prefer: 'outlook.timezone="UTC"',
    });
    expect(audit.entries().map((e) => `${e.path} ${e.status}${e.batchId ? ' in batch' : ''}`)).toEqual([
      '/$batch 200',
      '/me/calendar/getSchedule 200 in batch',
      '/me/calendar/getSchedule 429 in batch',
      '/me/calendar/getSchedule 200 in batch',
      '/me/calendar/getSchedule 200',
    ]);
  });

  it('retries the whole envelope when $batch itself is throttled or unavailable', async () => {
    const answers = [json(503, {}, { 'retry-after': '0' }), batchAnswer([200, 200])];
    const { client } = setup(async () => answers.shift() ?? json(500, {}));
    const results = await client.batch([schedule(0), schedule(1)], z.unknown());
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it('guards every item before anything is sent', async () => {
    const fetch = jest.fn<Promise<Response>, Parameters<FetchLike>>();
    const { client } = setup(fetch);
    await expect(
      client.batch([schedule(0), { ...get, path: '/me/events/1/attachments' }], z.unknown()),
    ).rejects.toMatchObject({ kind: 'refused' });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('sequential $batch requests (dependsOn), for reading many pages', () => {
  const page = (n: number) => ({
    method: 'GET' as const,
    path: `/places/microsoft.graph.room?$select=id,emailAddress&$top=100&$skip=${n * 100}`,
    scopes: ['Place.Read.All'],
  });
  type Sent = { requests: { id: string; url: string; dependsOn?: string[] }[] };
  const answerAll = (body: Sent, status = (_id: string) => 200) =>
    json(200, {
      responses: body.requests.map((r) => ({ id: r.id, status: status(r.id), body: { value: [r.url] } })),
    });

  it('chains each batch and spreads the pages evenly: 96 pages are 8 chains of 12, four at a time', async () => {
    const sent: Sent[] = [];
    let inFlight = 0;
    let peak = 0;
    const { client } = setup(async (_url, init) => {
      const body = JSON.parse(String(init?.body)) as Sent;
      sent.push(body);
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return answerAll(body);
    });
    const pages = Array.from({ length: 96 }, (_, i) => page(i));
    const results = await client.batch(pages, z.object({ value: z.array(z.string()) }), { sequential: true });
    expect(results.map((r) => (r.ok ? r.value.value[0] : null))).toEqual(pages.map((p) => p.path));
    expect(sent.map((body) => body.requests.length)).toEqual(Array(8).fill(12));
    // Each request depends on the one before: Graph runs the batch one at a time, one mailbox slot.
    for (const body of sent)
      expect(body.requests.map((r) => r.dependsOn)).toEqual([
        undefined,
        ...Array.from({ length: 11 }, (_, i) => [String(i)]),
      ]);
    expect(peak).toBe(4);
  });

  it('sends up to 20 requests as one parallel batch: chains would take as long', async () => {
    const sent: Sent[] = [];
    const { client } = setup(async (_url, init) => {
      const body = JSON.parse(String(init?.body)) as Sent;
      sent.push(body);
      return answerAll(body);
    });
    await client.batch(
      Array.from({ length: 20 }, (_, i) => page(i)),
      z.unknown(),
      { sequential: true },
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]?.requests.some((r) => r.dependsOn)).toBe(false);
  });

  it('sends again what a failed request kept from running (424), after the failed one', async () => {
    const sent: Sent[] = [];
    const { client } = setup(async (_url, init) => {
      const body = JSON.parse(String(init?.body)) as Sent;
      sent.push(body);
      // The first attempt: request 1 is unavailable, so everything after it fails its dependency.
      if (sent.length === 1) return answerAll(body, (id) => (id === '0' ? 200 : id === '1' ? 503 : 424));
      return answerAll(body);
    });
    const pages = Array.from({ length: 21 }, (_, i) => page(i));
    const results = await client.batch(pages, z.unknown(), { sequential: true });
    expect(results.every((r) => r.ok)).toBe(true);
    // 21 pages: chains of 6, 6, 6 and 3; the first chain's last five go again, chained.
    expect(sent.map((body) => body.requests.length)).toEqual([6, 6, 6, 3, 5]);
    expect(sent[4]?.requests.map((r) => r.url)).toEqual(pages.slice(1, 6).map((p) => p.path));
  });
});
