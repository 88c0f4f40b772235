// The Graph adapters against the in-process emulator: the same pipeline production uses, with the
// emulator behind the fetch seam.
import type { Emulator } from '../../dev/emulator';
import { seededBusy } from '../../dev/emulator/tenant';
import { FORBIDDEN_FIELDS } from '../../src/graph/selectGuard';
import { fault, graphSetup as setup, MANIFEST, recordOf as record } from '../kit/harness';

describe('room directory', () => {
  it('reads the whole directory without nextLink and knows each room’s building', async () => {
    const { directory, emulator, scopes, audit } = setup({ roomCount: 1234 });
    const rooms = await directory.listRooms();
    expect(rooms).toHaveLength(1234);
    const sample = emulator.tenant.rooms[700];
    const found = rooms.find((r) => r.email === sample?.emailAddress);
    expect(found?.roomListEmail).toBe(sample?.roomListEmail);
    expect(found?.capacity).toBe(sample?.capacity);
    expect((await directory.listRoomLists()).length).toBeGreaterThanOrEqual(3);
    expect(new Set(scopes.flat())).toEqual(new Set(['Place.Read.All']));
    // 13 pages of rooms plus the lists and their memberships; cached afterwards.
    const calls = audit.entries().length;
    await directory.listRooms();
    expect(audit.entries().length).toBe(calls);
  });
});

describe('schedules', () => {
  it('chunks 45 rooms into getSchedule requests of 20 inside one $batch', async () => {
    const { schedules, emulator } = setup();
    const rooms = emulator.tenant.rooms.slice(0, 45).map((r) => r.emailAddress);
    const window = { start: new Date('2026-03-04T08:00:00Z'), end: new Date('2026-03-04T18:00:00Z') };
    const result = await schedules.getSchedules([...rooms, 'nobody@contoso.com'], window);
    expect(result.size).toBe(46);
    expect(result.get('nobody@contoso.com')?.ok).toBe(false);
    const log = emulator.requestLog();
    expect(log.filter((e) => e.url === '/v1.0/$batch')).toHaveLength(1);
    expect(log.filter((e) => e.url === '/v1.0/me/calendar/getSchedule')).toHaveLength(3);
    const first = result.get(rooms[0] ?? '');
    const expected = seededBusy(emulator.tenant.seed, rooms[0] ?? '', window).length;
    expect(first?.ok && first.items.length).toBe(expected);
  });

  it('retries only the throttled items of a batch', async () => {
    const { schedules, emulator } = setup();
    await fault(emulator, { pathPattern: 'getSchedule', status: 429, count: 1 });
    const rooms = emulator.tenant.rooms.slice(0, 40).map((r) => r.emailAddress);
    const result = await schedules.getSchedules(rooms, {
      start: new Date('2026-03-04T08:00:00Z'),
      end: new Date('2026-03-04T09:00:00Z'),
    });
    expect([...result.values()].every((s) => s.ok)).toBe(true);
    const scheduleCalls = emulator
      .requestLog()
      .filter((e) => e.url === '/v1.0/me/calendar/getSchedule')
      .map((e) => e.status);
    expect(scheduleCalls.sort()).toEqual([200, 200, 429]);
  });
});

describe('booking store', () => {
  async function savedEvent(emulator: Emulator, room?: string) {
    const response = await emulator.fetch('http://e/_emulator/outlook/items', {
      method: 'POST',
      body: JSON.stringify({
        subject: 'Planning',
        start: '2026-03-05T10:00:00Z',
        end: '2026-03-05T11:00:00Z',
        attendees: room ? [{ address: room, type: 'resource' }] : [],
        locations: room
          ? [{ displayName: room, locationEmailAddress: room, locationType: 'conferenceRoom' }]
          : [],
      }),
    });
    return ((await response.json()) as { id: string }).id;
  }

  it('writes every property in one PATCH and reads them back; the mirror is visible to Office.js', async () => {
    const { bookings, emulator } = setup();
    const room = emulator.tenant.rooms[3];
    if (!room) throw new Error('no room');
    const id = await savedEvent(emulator, room.emailAddress);
    await bookings.write(id, record(room));
    expect(await bookings.read(id)).toEqual(record(room));
    const patches = emulator.requestLog().filter((e) => e.method === 'PATCH');
    expect(patches).toHaveLength(1);
    expect(
      (patches[0]?.body as { singleValueExtendedProperties: unknown[] }).singleValueExtendedProperties,
    ).toHaveLength(8);
    const item = (await (await emulator.fetch(`http://e/_emulator/outlook/items/${id}`)).json()) as {
      customProperties: Record<string, string>;
    };
    expect(JSON.parse(item.customProperties[MANIFEST.addinId] ?? '{}')).toHaveProperty('roombook');
  });

  it('lists my bookings with the room’s response, and cancel removes the room and the properties', async () => {
    const { bookings, emulator } = setup();
    const room = emulator.tenant.rooms.find(
      (r) =>
        seededBusy(9, r.emailAddress, {
          start: new Date('2026-03-05T10:00:00Z'),
          end: new Date('2026-03-05T11:00:00Z'),
        }).length === 0,
    );
    if (!room) throw new Error('no free room');
    const id = await savedEvent(emulator, room.emailAddress);
    await emulator.fetch(`http://e/_emulator/outlook/items/${id}/send`, { method: 'POST' });
    await savedEvent(emulator);
    await bookings.write(id, record(room));
    const window = { start: new Date('2026-03-04T00:00:00Z'), end: new Date('2026-04-03T00:00:00Z') };
    const mine = await bookings.listMine(window);
    expect(mine).toEqual([
      expect.objectContaining({
        eventId: id,
        subject: 'Planning',
        roomResponse: 'accepted',
        record: record(room),
      }),
    ]);
    await bookings.cancel(id);
    expect(await bookings.read(id)).toBeNull();
    expect(await bookings.listMine(window)).toEqual([]);
    const item = (await (await emulator.fetch(`http://e/_emulator/outlook/items/${id}`)).json()) as {
      attendees: unknown[];
    };
    expect(item.attendees).toEqual([]);
  });

  it('never names a forbidden field and audits every call without data', async () => {
    const { bookings, emulator, audit } = setup();
    const room = emulator.tenant.rooms[1];
    if (!room) throw new Error('no room');
    const id = await savedEvent(emulator);
    await bookings.write(id, record(room));
    await bookings.read(id);
    for (const entry of emulator.requestLog()) {
      for (const field of FORBIDDEN_FIELDS)
        expect(decodeURIComponent(entry.url)).not.toMatch(new RegExp(`[=,]${field}(,|&|$)`, 'i'));
    }
    expect(audit.entries().map((e) => Object.keys(e).sort())).toEqual(
      audit.entries().map(() => ['at', 'durationMs', 'method', 'path', 'status']),
    );
  });
});
