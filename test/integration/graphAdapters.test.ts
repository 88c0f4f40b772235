// The Graph adapters against the in-process emulator: the same pipeline production uses, with the
// emulator behind the fetch seam.
import { z } from 'zod';
import { createEmulator, type Emulator } from '../../dev/emulator';
import { seededBusy } from '../../dev/emulator/tenant';
import { createGraphAdapters, createGraphClient, GraphError } from '../../src/graph';
import { FORBIDDEN_FIELDS } from '../../src/graph/selectGuard';
import { ADDIN_ID, BASE, fault, graphSetup as setup, MANIFEST, recordOf as record } from '../kit/harness';

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

describe('room-list membership', () => {
  it('pages each room list’s rooms like every other Places list: 100 a page, $count first', async () => {
    const { directory, emulator } = setup({ roomCount: 450, buildingCount: 2 });
    const rooms = await directory.listRooms();
    const building = new Map(emulator.tenant.rooms.map((room) => [room.emailAddress, room.roomListEmail]));
    expect(rooms.filter((room) => room.roomListEmail !== building.get(room.email))).toEqual([]);
    const membership = emulator
      .requestLog()
      .filter((e) => /microsoft\.graph\.roomlist\/rooms/i.test(e.url))
      .map((e) => new URL(e.url, 'http://e').searchParams);
    expect(membership.every((p) => p.get('$top') === '100')).toBe(true);
    expect(membership.filter((p) => p.get('$count') === 'true')).toHaveLength(2);
    expect(
      membership.map((p) => Number(p.get('$skip'))).filter((skip) => skip > 0).length,
    ).toBeGreaterThanOrEqual(4);
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

describe('booking store', () => {
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
    // The documented query: calendarView with Roombook's properties expanded, filtered in the client.
    const view = emulator.requestLog().find((e) => e.url.startsWith('/v1.0/me/calendarView'));
    expect(new URL(view?.url ?? '', 'http://e').searchParams.has('$filter')).toBe(false);
    expect(view?.url).toMatch(/\$expand=singleValueExtendedProperties/);
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
      audit.entries().map(() => ['at', 'call', 'durationMs', 'method', 'path', 'status']),
    );
    // The path template and the query's option names: not the event's id, nor Roombook's properties.
    expect(audit.entries().map((e) => `${e.method} ${e.call} ${e.path}`)).toEqual([
      'PATCH updateEvent /me/events/{id}',
      'GET event /me/events/{id}?$select&$expand',
    ]);
  });
});

describe('faults: every call ends in an answer or one GraphError, and writes are never re-sent blindly', () => {
  const window = { start: new Date('2026-03-04T08:00:00Z'), end: new Date('2026-03-04T09:00:00Z') };

  it('retries a $batch whose envelope failed, and leaves rooms unknown when it keeps failing', async () => {
    const { schedules, emulator } = setup();
    const rooms = emulator.tenant.rooms.slice(0, 40).map((r) => r.emailAddress);
    await fault(emulator, { pathPattern: '^/v1\\.0/\\$batch', status: 503, count: 1 });
    const once = await schedules.getSchedules(rooms, window);
    expect([...once.values()].every((s) => s.ok)).toBe(true);
    await fault(emulator, { pathPattern: '^/v1\\.0/\\$batch', drop: true });
    const dropped = await schedules.getSchedules(rooms, window);
    expect([...dropped.values()]).toEqual(rooms.map(() => ({ ok: false, error: 'network' })));
    // getSchedule is a read: a lost batch answer is sent again, four attempts in all.
    expect(emulator.requestLog().filter((e) => e.url === '/v1.0/$batch' && e.status === 0)).toHaveLength(4);
  });

  it('retries a read whose answer was lost', async () => {
    const { bookings, emulator } = setup();
    const room = emulator.tenant.rooms[2];
    if (!room) throw new Error('no room');
    const id = await savedEvent(emulator);
    await bookings.write(id, record(room));
    await fault(emulator, { method: 'GET', pathPattern: '/me/events/', drop: true, count: 1 });
    await expect(bookings.read(id)).resolves.toEqual(record(room));
  });

  it('does not re-send a PATCH that was applied and whose answer was lost: the caller re-reads', async () => {
    const { bookings, emulator } = setup();
    const room = emulator.tenant.rooms[4];
    if (!room) throw new Error('no room');
    const id = await savedEvent(emulator);
    await fault(emulator, { method: 'PATCH', pathPattern: '/me/events/', afterApply: true, count: 1 });
    const error = await bookings.write(id, record(room)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ kind: 'network', code: 'NetworkError' });
    expect(emulator.requestLog().filter((e) => e.method === 'PATCH')).toHaveLength(1);
    expect(await bookings.read(id)).toEqual(record(room));
  });

  it('names the permission when the directory answers 403', async () => {
    const { directory, emulator } = setup();
    await fault(emulator, { pathPattern: '/places/', status: 403 });
    await expect(directory.listRooms()).rejects.toMatchObject({
      kind: 'forbidden',
      permission: 'Place.Read.All',
    });
  });

  it('times out a request that hangs, and lets the caller cancel one', async () => {
    const emulator = createEmulator({ seed: 9, roomCount: 30 });
    const client = createGraphClient({
      baseUrl: `${BASE}/v1.0`,
      tokens: { getToken: async () => emulator.tokenFor(), signOut: async () => undefined },
      fetch: (url, init) => emulator.fetch(url, init),
      timeoutMs: 20,
      sleep: async () => undefined,
    });
    const { directory } = createGraphAdapters({ client, addinId: ADDIN_ID });
    // Every Places request hangs: the directory reads pages and room lists in parallel, with retries.
    await fault(emulator, { pathPattern: '/places/', latencyMs: 200 });
    await expect(directory.listRoomLists()).rejects.toMatchObject({ kind: 'network', code: 'Timeout' });
    const cancel = new AbortController();
    const call = client.send(
      { method: 'GET', path: '/places/microsoft.graph.room?$select=id', scopes: ['Place.Read.All'] },
      z.unknown(),
      { signal: cancel.signal },
    );
    cancel.abort();
    await expect(call).rejects.toMatchObject({ kind: 'network', code: 'Cancelled' });
  });
});

describe('what every call asks for', () => {
  /** Runs each adapter once, noting the scopes its tokens were asked for and each request's Prefer. */
  async function exercise() {
    const graph = setup();
    const { emulator, hooks, scopes } = graph;
    const prefers: (string | undefined)[] = [];
    hooks.after = async (_url, init) => {
      const headers = (init?.headers ?? {}) as Record<string, string>;
      prefers.push(headers.Prefer);
      const items = (
        JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as {
          requests?: { headers?: Record<string, string> }[];
        }
      ).requests;
      for (const item of items ?? []) prefers.push(item.headers?.Prefer);
    };
    const used = async (run: () => Promise<unknown>) => {
      scopes.length = 0;
      await run();
      return new Set(scopes.flat());
    };
    const room = emulator.tenant.rooms[0];
    if (!room) throw new Error('no room');
    const window = { start: new Date('2026-03-04T08:00:00Z'), end: new Date('2026-03-04T18:00:00Z') };
    const id = await savedEvent(emulator, room.emailAddress);
    return {
      prefers,
      directory: await used(() =>
        Promise.all([graph.directory.listRoomLists(), graph.directory.listRooms()]),
      ),
      schedules: await used(() => graph.schedules.getSchedules([room.emailAddress], window)),
      suggest: await used(() =>
        graph.meetingTimes.suggest({
          rooms: [room.emailAddress],
          window,
          durationMinutes: 30,
          maxCandidates: 3,
        }),
      ),
      bookings: await used(async () => {
        await graph.bookings.write(id, record(room));
        await graph.bookings.read(id);
        await graph.bookings.listMine(window);
        await graph.bookings.cancel(id);
      }),
    };
  }

  it('asks each feature’s one scope when it is used, Calendars.Read.Shared only for other times, never User.Read', async () => {
    const asked = await exercise();
    expect([...asked.directory]).toEqual(['Place.Read.All']);
    expect([...asked.schedules]).toEqual(['Calendars.ReadWrite']);
    expect([...asked.suggest]).toEqual(['Calendars.Read.Shared']);
    expect([...asked.bookings]).toEqual(['Calendars.ReadWrite']);
  });

  it('sends Prefer: outlook.timezone="UTC" on every request, $batch items included', async () => {
    const { prefers } = await exercise();
    expect(prefers.length).toBeGreaterThan(8);
    for (const prefer of prefers) expect(prefer).toMatch(/outlook\.timezone="UTC"/);
  });
});
