// The one paging helper against answers that do not want to end: each must stop with the one
// GraphError after a bounded number of requests, and a link to another host gets no request at all.
import { z } from 'zod';
import { createGraphClient, type FetchLike } from './client';
import { GraphError } from './graphError';
import { readCollection } from './paging';

const BASE = 'https://graph.test/v1.0';
const item = z.object({ id: z.string() });
const rooms = {
  method: 'GET' as const,
  path: '/places/microsoft.graph.room?$select=id',
  scopes: ['Place.Read.All'],
};
const view = {
  method: 'GET' as const,
  path: '/me/calendarView?startDateTime=2026-03-04T00:00:00Z&endDateTime=2026-03-05T00:00:00Z&$select=subject',
  scopes: ['Calendars.ReadWrite'],
};
const limits = { maxItems: 1_000, maxPages: 20 };

function serve(answer: (url: URL, call: number) => unknown) {
  const urls: string[] = [];
  const tokens: string[] = [];
  const fetch: FetchLike = async (url) => {
    urls.push(url);
    return new Response(JSON.stringify(answer(new URL(url), urls.length)), { status: 200 });
  };
  const client = createGraphClient({
    baseUrl: BASE,
    tokens: {
      getToken: async () => {
        tokens.push('t');
        return 't';
      },
      signOut: async () => undefined,
    },
    fetch,
    sleep: async () => undefined,
  });
  return { client, urls, tokens };
}

const full = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ id: String(from + i) }));

describe('Places paging ($top/$skip/$count)', () => {
  it('reads the first page with $count, then the rest together', async () => {
    const { client, urls } = serve((url) => {
      const skip = Number(url.searchParams.get('$skip'));
      return { value: full(Math.min(100, 250 - skip), skip), '@odata.count': 250 };
    });
    const items = await readCollection(client, rooms, item, { ...limits, pageSize: 100 });
    expect(items.map((i) => i.id)).toEqual(full(250).map((i) => i.id));
    expect(urls.map((u) => new URL(u).searchParams.get('$skip'))).toEqual(['0', '100', '200']);
  });

  it.each([1e300, 1e9, -1, 1.5, Number.MAX_SAFE_INTEGER + 2])(
    'refuses an @odata.count of %p after one request',
    async (count) => {
      const { client, urls } = serve(() => ({ value: full(100), '@odata.count': count }));
      const error = await readCollection(client, rooms, item, { ...limits, pageSize: 100 }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(GraphError);
      expect(error).toMatchObject({ kind: 'invalidResponse' });
      expect(urls).toHaveLength(1);
    },
  );

  it('stops a server that answers full pages forever and gives no count', async () => {
    const { client, urls } = serve(() => ({ value: full(100) }));
    await expect(readCollection(client, rooms, item, { ...limits, pageSize: 100 })).rejects.toMatchObject({
      kind: 'invalidResponse',
    });
    expect(urls.length).toBeLessThanOrEqual(limits.maxPages);
  });

  it('refuses a page longer than $top', async () => {
    const { client } = serve(() => ({ value: full(101), '@odata.count': 101 }));
    await expect(readCollection(client, rooms, item, { ...limits, pageSize: 100 })).rejects.toBeInstanceOf(
      GraphError,
    );
  });
});

describe('@odata.nextLink paging', () => {
  it('follows links on the configured Graph', async () => {
    const { client } = serve((_url, call) => ({
      value: full(2, call * 2),
      ...(call < 3
        ? { '@odata.nextLink': `${BASE}/me/calendarView?$select=subject&$skiptoken=p${call}` }
        : {}),
    }));
    await expect(readCollection(client, view, item, limits)).resolves.toHaveLength(6);
  });

  it('stops empty pages that keep a fresh nextLink, and a link that repeats itself', async () => {
    const endless = serve((_url, call) => ({
      value: [],
      '@odata.nextLink': `${BASE}/me/calendarView?$select=subject&$skiptoken=${call}`,
    }));
    await expect(readCollection(endless.client, view, item, limits)).rejects.toBeInstanceOf(GraphError);
    expect(endless.urls.length).toBeLessThanOrEqual(limits.maxPages);
    const loop = serve(() => ({
      value: full(1),
      '@odata.nextLink': `${BASE}/me/calendarView?$select=subject&$skiptoken=same`,
    }));
    await expect(readCollection(loop.client, view, item, limits)).rejects.toBeInstanceOf(GraphError);
    expect(loop.urls).toHaveLength(2);
  });

  it('stops at the item bound however large the pages', async () => {
    const { client, urls } = serve((_url, call) => ({
      value: full(600),
      '@odata.nextLink': `${BASE}/me/calendarView?$select=subject&$skiptoken=${call}`,
    }));
    await expect(readCollection(client, view, item, limits)).rejects.toMatchObject({
      kind: 'invalidResponse',
    });
    expect(urls).toHaveLength(2);
  });

  it.each([
    'https://evil.test/v1.0/me/calendarView?$select=subject&$skiptoken=1',
    'https://graph.test/beta/me/calendarView?$select=subject&$skiptoken=1',
    'https://graph.test/v1.0/me/events/1/attachments',
    'https://graph.test/v1.0/me/calendarView?$select=body',
    'javascript:alert(1)',
  ])('sends no request, and no token, to the nextLink %s', async (link) => {
    const { client, urls, tokens } = serve(() => ({ value: full(1), '@odata.nextLink': link }));
    await expect(readCollection(client, view, item, limits)).rejects.toMatchObject({ kind: 'refused' });
    expect(urls).toHaveLength(1);
    expect(tokens).toHaveLength(1);
  });
});
