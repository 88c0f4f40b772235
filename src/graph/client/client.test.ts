import { z } from 'zod';
import { AuditLog } from '../../core/auditLog';
import { RoombookError } from '../../core/errors';
import { createGraphClient, type FetchLike } from './client';
import { GraphError } from './graphError';

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

  it('refuses to send a request that names a forbidden field', async () => {
    const fetch = jest.fn<Promise<Response>, Parameters<FetchLike>>();
    const { client } = setup(fetch);
    const error = await client
      .send({ ...get, path: '/me/events/1?$select=subject,body' }, subject)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RoombookError);
    expect((error as RoombookError).kind).toBe('refused');
    expect(fetch).not.toHaveBeenCalled();
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

  it('follows nextLink and audits method, path and status only', async () => {
    const pages = [
      json(200, {
        value: [{ subject: 'a' }],
        '@odata.nextLink': 'https://graph.test/v1.0/me/calendarView?$skip=1',
      }),
      json(200, { value: [{ subject: 'b' }] }),
    ];
    const { client, audit } = setup(async () => pages.shift() ?? json(500, {}));
    await expect(client.all({ ...get, path: '/me/calendarView?$top=1' }, subject)).resolves.toEqual([
      { subject: 'a' },
      { subject: 'b' },
    ]);
    expect(audit.entries().map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual([
      'GET /me/calendarView?$top=1 200',
      'GET /me/calendarView?$skip=1 200',
    ]);
    expect(JSON.stringify(audit.entries())).not.toContain('secret-token');
  });

  it('turns a network failure into a network error', async () => {
    const { client } = setup(async () => {
      throw new TypeError('fetch failed');
    });
    await expect(client.send(get, subject)).rejects.toMatchObject({ kind: 'network' });
  });
});
