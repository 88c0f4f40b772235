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
});
