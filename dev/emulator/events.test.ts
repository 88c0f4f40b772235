import { seededBusy } from './tenant';
import { createEmulator, type Emulator } from './index';
import { client, FIXED_NOW } from './testClient';
import { readSample } from '../../test/kit/graphSamples';

const GUID = '{11111111-2222-3333-4444-555555555555}';
const PROP = `String ${GUID} Name ResourceMailbox`;
const CAP = `Integer ${GUID} Name Capacity`;

/** A room with nothing booked between `from` and `to` on the fixed day (seeded meetings included). */
function freeRoom(emulator: Emulator, from: string, to: string, skip = 0): string {
  const window = { start: new Date(from), end: new Date(to) };
  const free = emulator.tenant.rooms.filter(
    (room) => seededBusy(emulator.tenant.seed, room.emailAddress, window).length === 0,
  );
  const room = free[skip];
  if (!room) throw new Error('no free room in the seeded tenant');
  return room.emailAddress;
}

const event = (room: string | null, start = '2026-03-04T10:00:00', end = '2026-03-04T11:00:00') => ({
  subject: 'Quarterly planning',
  start: { dateTime: start, timeZone: 'UTC' },
  end: { dateTime: end, timeZone: 'UTC' },
  attendees: room ? [{ type: 'resource', emailAddress: { address: room, name: room } }] : [],
  ...(room
    ? { location: { displayName: room, locationEmailAddress: room, locationType: 'conferenceRoom' } }
    : {}),
});

describe('events and extended properties', () => {
  const emulator = createEmulator({ seed: 5, now: () => FIXED_NOW });
  const call = client(emulator);
  beforeEach(() => emulator.reset());

  it('accepts the documented create request with an extended property, and leaves the property out of the response', async () => {
    const text = readSample('event-extprops-create.request.http');
    const body = JSON.parse(text.slice(text.indexOf('\n\n') + 2)) as {
      singleValueExtendedProperties: { id: string }[];
    };
    const created = await call('POST', '/v1.0/me/events', body);
    expect(created.status).toBe(201);
    expect(created.json).not.toHaveProperty('singleValueExtendedProperties');
    const id = body.singleValueExtendedProperties[0]?.id ?? '';
    const read = await call(
      'GET',
      `/v1.0/me/events/${created.json.id}?$expand=singleValueExtendedProperties($filter=id eq '${id}')`,
    );
    expect(read.json.singleValueExtendedProperties).toEqual(body.singleValueExtendedProperties);
  });

  it('round-trips properties written by PATCH, returned only through $expand', async () => {
    const created = await call('POST', '/v1.0/me/events', event(null));
    const id = String(created.json.id);
    const etag = created.json['@odata.etag'];
    const patched = await call('PATCH', `/v1.0/me/events/${id}`, {
      singleValueExtendedProperties: [
        { id: PROP, value: 'room@contoso.com' },
        { id: CAP, value: '12' },
      ],
    });
    expect(patched.status).toBe(200);
    expect(patched.json).not.toHaveProperty('singleValueExtendedProperties');
    expect(patched.json['@odata.etag']).not.toBe(etag);
    expect(patched.json.changeKey).not.toBe(created.json.changeKey);

    const plain = await call('GET', `/v1.0/me/events/${id}?$select=subject`);
    expect(plain.json).not.toHaveProperty('singleValueExtendedProperties');
    expect(Object.keys(plain.json).sort()).toEqual(['@odata.context', '@odata.etag', 'id', 'subject']);

    // The GUID and type match case-insensitively, the Name part exactly.
    const lower = PROP.replace(GUID, GUID.toLowerCase());
    const expanded = await call(
      'GET',
      `/v1.0/me/events/${id}?$expand=singleValueExtendedProperties($filter=id eq '${lower}' or id eq '${CAP}')`,
    );
    expect(expanded.json.singleValueExtendedProperties).toEqual([
      { id: PROP, value: 'room@contoso.com' },
      { id: CAP, value: '12' },
    ]);
    const wrongCase = await call(
      'GET',
      `/v1.0/me/events/${id}?$expand=singleValueExtendedProperties($filter=id eq '${PROP.replace('ResourceMailbox', 'resourcemailbox')}')`,
    );
    expect(wrongCase.json).not.toHaveProperty('singleValueExtendedProperties');

    const badInteger = await call('PATCH', `/v1.0/me/events/${id}`, {
      singleValueExtendedProperties: [{ id: CAP, value: 'twelve' }],
    });
    expect(badInteger.status).toBe(400);
  });

  it('refuses a stale If-Match with 412', async () => {
    const created = await call('POST', '/v1.0/me/events', event(null));
    const etag = String(created.json['@odata.etag']);
    await call('PATCH', `/v1.0/me/events/${created.json.id}`, { subject: 'Changed' });
    const stale = await call(
      'PATCH',
      `/v1.0/me/events/${created.json.id}`,
      { subject: 'Again' },
      { 'If-Match': etag },
    );
    expect(stale.status).toBe(412);
  });

  it('filters calendarView on an extended property and pages with nextLink', async () => {
    for (let i = 0; i < 12; i += 1) {
      const created = await call(
        'POST',
        '/v1.0/me/events',
        event(null, `2026-03-0${5 + (i % 3)}T0${i % 8}:00:00`, `2026-03-0${5 + (i % 3)}T0${i % 8}:30:00`),
      );
      if (i % 2 === 0)
        await call('PATCH', `/v1.0/me/events/${created.json.id}`, {
          singleValueExtendedProperties: [{ id: PROP, value: `room${i}@contoso.com` }],
        });
    }
    const filter = encodeURIComponent(
      `singleValueExtendedProperties/any(ep: ep/id eq '${PROP}' and ep/value ne '')`,
    );
    const first = await call(
      'GET',
      `/v1.0/me/calendarView?startDateTime=2026-03-05T00:00:00Z&endDateTime=2026-03-09T00:00:00Z&$filter=${filter}&$top=4&$select=subject,start`,
    );
    expect(first.json.value).toHaveLength(4);
    const next = String(first.json['@odata.nextLink']);
    const second = await emulator.fetch(next, {
      headers: { authorization: `Bearer ${emulator.tokenFor()}` },
    });
    const rest = (await second.json()) as { value: unknown[]; '@odata.nextLink'?: string };
    expect(rest.value).toHaveLength(2);
    expect(rest['@odata.nextLink']).toBeUndefined();
    const all = await call(
      'GET',
      '/v1.0/me/calendarView?startDateTime=2026-03-05T00:00:00Z&endDateTime=2026-03-09T00:00:00Z&$top=100',
    );
    expect(all.json.value).toHaveLength(12);
    expect((await call('GET', '/v1.0/me/calendarView')).status).toBe(400);
  });

  it('expands a recurring series into occurrences in calendarView', async () => {
    await call('POST', '/v1.0/me/events', {
      ...event(null, '2026-03-02T09:00:00', '2026-03-02T09:30:00'),
      recurrence: {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday', 'wednesday'] },
        range: { type: 'numbered', startDate: '2026-03-02', numberOfOccurrences: 6 },
      },
    });
    const view = await call(
      'GET',
      '/v1.0/me/calendarView?startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-04-01T00:00:00Z&$top=50&$select=type,seriesMasterId,start',
    );
    const items = view.json.value as { type: string; start: { dateTime: string } }[];
    expect(items).toHaveLength(6);
    expect(items.every((i) => i.type === 'occurrence')).toBe(true);
    expect(items.map((i) => i.start.dateTime.slice(0, 10))).toEqual([
      '2026-03-02',
      '2026-03-04',
      '2026-03-09',
      '2026-03-11',
      '2026-03-16',
      '2026-03-18',
    ]);
  });

  it('converts times to the zone named in Prefer: outlook.timezone', async () => {
    const created = await call('POST', '/v1.0/me/events', event(null));
    const read = await call('GET', `/v1.0/me/events/${created.json.id}?$select=start`, undefined, {
      Prefer: 'outlook.timezone="America/New_York"',
    });
    expect(read.json.start).toEqual({
      dateTime: '2026-03-04T05:00:00.0000000',
      timeZone: 'America/New_York',
    });
  });
});

describe('rooms respond like Exchange room mailboxes', () => {
  const emulator = createEmulator({ seed: 5, now: () => FIXED_NOW });
  const call = client(emulator);
  const other = client(emulator, 'adele.vance@contoso.com');
  beforeEach(() => emulator.reset());

  const responseOf = async (id: unknown, room: string) => {
    const read = await call('GET', `/v1.0/me/events/${id}?$select=attendees`);
    return (
      read.json.attendees as { emailAddress: { address: string }; status: { response: string } }[]
    ).find((a) => a.emailAddress.address === room)?.status.response;
  };

  it('accepts when free and declines a conflicting meeting', async () => {
    const room = freeRoom(emulator, '2026-03-04T10:00:00Z', '2026-03-04T11:00:00Z');
    const first = await call('POST', '/v1.0/me/events', event(room));
    expect(await responseOf(first.json.id, room)).toBe('accepted');
    const clash = await other(
      'POST',
      '/v1.0/me/events',
      event(room, '2026-03-04T10:30:00', '2026-03-04T11:30:00'),
    );
    const clashRead = await other('GET', `/v1.0/me/events/${clash.json.id}?$select=attendees`);
    expect((clashRead.json.attendees as { status: { response: string } }[])[0]?.status.response).toBe(
      'declined',
    );
    const schedule = await call('POST', '/v1.0/me/calendar/getSchedule', {
      schedules: [room],
      startTime: { dateTime: '2026-03-04T10:00:00', timeZone: 'UTC' },
      endTime: { dateTime: '2026-03-04T12:00:00', timeZone: 'UTC' },
      availabilityViewInterval: 30,
    });
    expect((schedule.json.value as { availabilityView: string }[])[0]?.availabilityView).toBe('2200');
  });

  it('frees the room when it is removed or the meeting deleted, and re-decides on a time change', async () => {
    const room = freeRoom(emulator, '2026-03-04T10:00:00Z', '2026-03-04T11:00:00Z');
    const created = await call('POST', '/v1.0/me/events', event(room));
    await call('PATCH', `/v1.0/me/events/${created.json.id}`, { attendees: [], locations: [] });
    const retry = await other('POST', '/v1.0/me/events', event(room));
    const read = await other('GET', `/v1.0/me/events/${retry.json.id}?$select=attendees`);
    expect((read.json.attendees as { status: { response: string } }[])[0]?.status.response).toBe('accepted');
    expect((await other('DELETE', `/v1.0/me/events/${retry.json.id}`)).status).toBe(204);
    const again = await call('POST', '/v1.0/me/events', event(room));
    expect(await responseOf(again.json.id, room)).toBe('accepted');
  });

  it('keeps a draft from inviting the room until it is sent (the Outlook simulator routes)', async () => {
    const room = freeRoom(emulator, '2026-03-04T10:00:00Z', '2026-03-04T11:00:00Z');
    const saved = await emulator.fetch('http://e/_emulator/outlook/items', {
      method: 'POST',
      body: JSON.stringify({
        subject: 'Draft',
        start: '2026-03-04T10:00:00Z',
        end: '2026-03-04T11:00:00Z',
        attendees: [{ address: room, type: 'resource' }],
      }),
    });
    const item = (await saved.json()) as { id: string; itemId: string; isDraft: boolean };
    expect(item.isDraft).toBe(true);
    expect(await responseOf(item.id, room)).toBe('none');
    const sent = await emulator.fetch(
      `http://e/_emulator/outlook/items/${encodeURIComponent(item.itemId)}/send`,
      { method: 'POST' },
    );
    expect(((await sent.json()) as { attendees: { response: string }[] }).attendees[0]?.response).toBe(
      'accepted',
    );
    expect(emulator.requestLog().some((entry) => entry.url.includes('_emulator'))).toBe(false);
  });
});
