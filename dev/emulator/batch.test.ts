import { createEmulator } from './index';
import { client, FIXED_NOW } from './testClient';
import { readSample } from '../../test/kit/graphSamples';

describe('$batch', () => {
  const emulator = createEmulator({ seed: 2, now: () => FIXED_NOW });
  const call = client(emulator);
  beforeEach(() => emulator.reset());

  it("answers each request of Microsoft's documented batch on its own status", async () => {
    const text = readSample('batch.request.http');
    const body = JSON.parse(text.slice(text.indexOf('\n\n') + 2)) as { requests: { id: string }[] };
    const result = await call('POST', '/v1.0/$batch', body);
    expect(result.status).toBe(200);
    const responses = result.json.responses as {
      id: string;
      status: number;
      body: { error?: { code: string } };
    }[];
    expect(responses.map((r) => r.id).sort()).toEqual(body.requests.map((r) => r.id).sort());
    // Drives, planner, groups and users are outside the emulated subset: each fails alone, in Graph's shape.
    expect(responses.every((r) => r.status >= 400 && typeof r.body.error?.code === 'string')).toBe(true);
  });

  it('runs places and schedule requests in one batch and logs every inner request', async () => {
    const rooms = emulator.tenant.rooms.slice(0, 20).map((room) => room.emailAddress);
    const result = await call('POST', '/v1.0/$batch', {
      requests: [
        { id: '1', method: 'GET', url: '/places/microsoft.graph.roomlist' },
        {
          id: '2',
          method: 'POST',
          url: 'me/calendar/getSchedule',
          headers: { 'Content-Type': 'application/json' },
          body: {
            schedules: rooms,
            startTime: { dateTime: '2026-03-04T08:00:00', timeZone: 'UTC' },
            endTime: { dateTime: '2026-03-04T09:00:00', timeZone: 'UTC' },
          },
        },
        { id: '3', method: 'GET', url: '/me?$select=mail', dependsOn: ['2'] },
      ],
    });
    const responses = result.json.responses as { id: string; status: number }[];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    const batchEntries = emulator.requestLog().filter((entry) => entry.batchId);
    expect(batchEntries.map((e) => e.url)).toEqual(
      expect.arrayContaining([
        '/v1.0/places/microsoft.graph.roomlist',
        '/v1.0/me/calendar/getSchedule',
        '/v1.0/me?$select=mail',
      ]),
    );
    expect(batchEntries.find((e) => e.method === 'POST')?.body).toHaveProperty('schedules');
  });

  it('rejects more than 20 requests', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    expect((await call('POST', '/v1.0/$batch', { requests })).status).toBe(400);
  });
});

describe('throttling like Outlook', () => {
  it('answers the fifth concurrent request for one mailbox with 429 and Retry-After', async () => {
    const emulator = createEmulator({ seed: 2, latencyMs: 150, retryAfterSeconds: 2 });
    const call = client(emulator);
    const results = await Promise.all(Array.from({ length: 5 }, () => call('GET', '/v1.0/me')));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    const throttled = results.find((r) => r.status === 429);
    expect(throttled?.headers.get('retry-after')).toBe('2');
    expect((throttled?.json.error as { code: string }).code).toBe('ApplicationThrottled');
    // Another mailbox is not affected, and once the four finish the mailbox answers again.
    expect((await client(emulator, 'adele.vance@contoso.com')('GET', '/v1.0/me')).status).toBe(200);
    expect((await call('GET', '/v1.0/me')).status).toBe(200);
  });

  it('reports a throttled request inside a batch as a 429 item in a 200 batch', async () => {
    const emulator = createEmulator({ seed: 2, latencyMs: 200 });
    const call = client(emulator);
    const busy = Array.from({ length: 4 }, () => call('GET', '/v1.0/me'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const batch = await call('POST', '/v1.0/$batch', { requests: [{ id: 'a', method: 'GET', url: '/me' }] });
    await Promise.all(busy);
    expect(batch.status).toBe(200);
    const [item] = batch.json.responses as { status: number; headers: Record<string, string> }[];
    expect(item?.status).toBe(429);
    expect(item?.headers['Retry-After']).toBe('1');
  });
});

describe('faults and control routes', () => {
  const emulator = createEmulator({ seed: 2 });
  const call = client(emulator);
  beforeEach(() => emulator.reset());

  const fault = (body: unknown) =>
    emulator.fetch('http://e/_emulator/faults', { method: 'POST', body: JSON.stringify(body) });

  it('injects a status a given number of times', async () => {
    await fault({ method: 'GET', pathPattern: '^/v1\\.0/me$', status: 503, count: 1 });
    const first = await call('GET', '/v1.0/me');
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('1');
    expect((await call('GET', '/v1.0/me')).status).toBe(200);
  });

  it('drops the connection so fetch rejects', async () => {
    await fault({ pathPattern: 'places', drop: true });
    await expect(call('GET', '/v1.0/places/microsoft.graph.room')).rejects.toThrow(TypeError);
    await emulator.fetch('http://e/_emulator/faults', { method: 'DELETE' });
    expect((await call('GET', '/v1.0/places/microsoft.graph.room')).status).toBe(200);
  });

  it('logs Graph requests with user, status and write bodies, and reset clears state and log', async () => {
    await call('POST', '/v1.0/me/events', {
      subject: 'x',
      start: { dateTime: '2026-03-04T10:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-03-04T11:00:00', timeZone: 'UTC' },
    });
    const log = (await (await emulator.fetch('http://e/_emulator/requests')).json()) as {
      value: { method: string; url: string; status: number; user: string; body?: unknown; time: string }[];
    };
    expect(log.value).toEqual([
      expect.objectContaining({
        method: 'POST',
        url: '/v1.0/me/events',
        status: 201,
        user: 'megan.bowen@contoso.com',
        body: expect.objectContaining({ subject: 'x' }),
      }),
    ]);
    await emulator.fetch('http://e/_emulator/reset', { method: 'POST' });
    expect(emulator.requestLog()).toHaveLength(0);
  });

  it('issues tokens for seeded users only', async () => {
    const token = (await (
      await emulator.fetch('http://e/_emulator/token?user=adele.vance@contoso.com')
    ).json()) as { access_token: string };
    const payload = JSON.parse(
      Buffer.from(token.access_token.split('.')[1] ?? '', 'base64url').toString(),
    ) as { preferred_username: string };
    expect(payload.preferred_username).toBe('adele.vance@contoso.com');
    expect((await emulator.fetch('http://e/_emulator/token?user=nobody@contoso.com')).status).toBe(404);
  });
});
