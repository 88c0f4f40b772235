// The faults the reliability tests need: on the outer $batch itself, and "applied, then the answer
// is lost" for a write, alone or inside a batch.
import { createEmulator } from '.';

const BASE = 'http://e';

function setup() {
  const emulator = createEmulator({ seed: 2, roomCount: 20 });
  const token = emulator.tokenFor();
  const call = (path: string, init: RequestInit = {}) =>
    emulator.fetch(`${BASE}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
  const fault = (spec: unknown) =>
    emulator.fetch(`${BASE}/_emulator/faults`, { method: 'POST', body: JSON.stringify(spec) });
  return { emulator, call, fault };
}

const schedule = (id: string, room: string) => ({
  id,
  method: 'POST',
  url: '/me/calendar/getSchedule',
  headers: { 'Content-Type': 'application/json' },
  body: {
    schedules: [room],
    startTime: { dateTime: '2026-03-04T08:00:00', timeZone: 'UTC' },
    endTime: { dateTime: '2026-03-04T09:00:00', timeZone: 'UTC' },
  },
});

describe('injected faults', () => {
  it('can fail the outer $batch without running its items', async () => {
    const { emulator, call, fault } = setup();
    await fault({ pathPattern: '^/v1\\.0/\\$batch', status: 503, count: 1 });
    const rooms = emulator.tenant.rooms.map((room) => room.emailAddress);
    const body = JSON.stringify({ requests: [schedule('1', rooms[0] ?? ''), schedule('2', rooms[1] ?? '')] });
    const first = await call('/v1.0/$batch', { method: 'POST', body });
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('1');
    expect(emulator.requestLog().filter((e) => e.url.includes('getSchedule'))).toEqual([]);
    expect((await call('/v1.0/$batch', { method: 'POST', body })).status).toBe(200);
  });

  it('can drop the outer $batch', async () => {
    const { call, fault } = setup();
    await fault({ pathPattern: '\\$batch', drop: true, count: 1 });
    await expect(
      call('/v1.0/$batch', { method: 'POST', body: JSON.stringify({ requests: [] }) }),
    ).rejects.toThrow(TypeError);
  });

  it('applies a write and then loses its answer, alone or inside a batch', async () => {
    const { emulator, call, fault } = setup();
    const created = await call('/v1.0/me/events', {
      method: 'POST',
      body: JSON.stringify({
        subject: 'Planning',
        start: { dateTime: '2026-03-05T10:00:00', timeZone: 'UTC' },
        end: { dateTime: '2026-03-05T11:00:00', timeZone: 'UTC' },
      }),
    });
    const { id } = (await created.json()) as { id: string };
    await fault({ method: 'PATCH', pathPattern: '/me/events/', afterApply: true, count: 2 });
    await expect(
      call(`/v1.0/me/events/${id}`, { method: 'PATCH', body: JSON.stringify({ subject: 'Changed' }) }),
    ).rejects.toThrow(TypeError);
    const read = await call(`/v1.0/me/events/${id}?$select=subject`);
    expect(((await read.json()) as { subject: string }).subject).toBe('Changed');
    const patch = {
      id: '1',
      method: 'PATCH',
      url: `/me/events/${id}`,
      headers: { 'Content-Type': 'application/json' },
      body: { subject: 'In a batch' },
    };
    await expect(
      call('/v1.0/$batch', { method: 'POST', body: JSON.stringify({ requests: [patch] }) }),
    ).rejects.toThrow(TypeError);
    const again = await call(`/v1.0/me/events/${id}?$select=subject`);
    expect(((await again.json()) as { subject: string }).subject).toBe('In a batch');
    expect(
      emulator
        .requestLog()
        .filter((e) => e.method === 'PATCH')
        .map((e) => e.status),
    ).toEqual([0, 200]);
  });

  it('applies a POST or a DELETE and then loses its answer', async () => {
    const { emulator, call, fault } = setup();
    await fault({ method: 'POST', pathPattern: '/me/events$', afterApply: true, count: 1 });
    const event = {
      subject: 'Lost',
      start: { dateTime: '2026-03-05T10:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-03-05T11:00:00', timeZone: 'UTC' },
    };
    await expect(call('/v1.0/me/events', { method: 'POST', body: JSON.stringify(event) })).rejects.toThrow(
      TypeError,
    );
    const listed = await emulator.fetch(`${BASE}/_emulator/outlook/items`);
    const items = ((await listed.json()) as { value: { id: string; subject: string }[] }).value;
    const created = items.find((e) => e.subject === 'Lost');
    expect(created).toBeDefined();
    await fault({ method: 'DELETE', pathPattern: '/me/events/', afterApply: true, count: 1 });
    await expect(call(`/v1.0/me/events/${created?.id ?? ''}`, { method: 'DELETE' })).rejects.toThrow(
      TypeError,
    );
    expect((await call(`/v1.0/me/events/${created?.id ?? ''}?$select=subject`)).status).toBe(404);
  });

  it.each([401, 403, 404, 412, 429, 503, 504])(
    'answers an injected %i, with Retry-After where Graph sends one',
    async (status) => {
      const { call, fault } = setup();
      await fault({ method: 'GET', pathPattern: '/places/', status, count: 1, retryAfterSeconds: 7 });
      const first = await call('/v1.0/places/microsoft.graph.room?$top=1');
      expect(first.status).toBe(status);
      expect(first.headers.get('retry-after')).toBe(status === 429 || status === 503 ? '7' : null);
      expect((await call('/v1.0/places/microsoft.graph.room?$top=1')).status).toBe(200);
    },
  );

  it('hangs a request until its caller gives up, alone or as an item of a batch', async () => {
    const { call, fault } = setup();
    await fault({ method: 'GET', pathPattern: '/places/', hang: true });
    const alone = new AbortController();
    const hanging = call('/v1.0/places/microsoft.graph.room?$top=1', { signal: alone.signal });
    let settled = false;
    void hanging.catch(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    alone.abort();
    await expect(hanging).rejects.toThrow(TypeError);
    const inBatch = new AbortController();
    const item = { id: '1', method: 'GET', url: '/places/microsoft.graph.room?$top=1' };
    const batch = call('/v1.0/$batch', {
      method: 'POST',
      body: JSON.stringify({ requests: [item] }),
      signal: inBatch.signal,
    });
    inBatch.abort();
    await expect(batch).rejects.toThrow(TypeError);
  });
});
