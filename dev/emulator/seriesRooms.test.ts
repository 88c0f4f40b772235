// A series and its rooms through Graph: the room answers by its calendar processing settings, an
// occurrence PATCHed with another room becomes an exception that room answers for, and instances
// lists occurrences and exceptions.
import { createEmulator } from './index';
import { BASE, client, FIXED_NOW } from './testClient';

const emulator = createEmulator({ seed: 5, now: () => FIXED_NOW });
const call = client(emulator);
beforeEach(() => emulator.reset());

// 07:00 UTC is before the seeded working day, so rooms are free then unless occupied here.
const FIRST = '2026-03-11T07:00:00';
const weekly = (room: string, count = 10) => ({
  subject: 'Weekly sync',
  start: { dateTime: FIRST, timeZone: 'UTC' },
  end: { dateTime: '2026-03-11T08:00:00', timeZone: 'UTC' },
  attendees: [{ type: 'resource', emailAddress: { address: room, name: room } }],
  location: { displayName: room, locationEmailAddress: room, locationType: 'conferenceRoom' },
  recurrence: {
    pattern: { type: 'weekly', interval: 1, daysOfWeek: ['wednesday'], firstDayOfWeek: 'sunday' },
    range: {
      type: 'numbered',
      startDate: '2026-03-11',
      numberOfOccurrences: count,
      recurrenceTimeZone: 'UTC',
    },
  },
});
const WEEK = 7 * 86_400_000;
const dateOf = (index: number) => new Date(new Date(`${FIRST}Z`).getTime() + index * WEEK);
const [roomA, roomB] = emulator.tenant.rooms.map((r) => r.emailAddress);

/** Another user's sent meeting with the room on the series' date `index`. */
async function occupy(room: string, index: number): Promise<void> {
  const start = dateOf(index);
  const created = await emulator.fetch(`${BASE}/_emulator/outlook/items`, {
    method: 'POST',
    body: JSON.stringify({
      user: 'adele.vance@contoso.com',
      start: start.toISOString(),
      end: new Date(start.getTime() + 3_600_000).toISOString(),
      attendees: [{ address: room, type: 'resource' }],
    }),
  });
  const { id } = (await created.json()) as { id: string };
  await emulator.fetch(`${BASE}/_emulator/outlook/items/${id}/send`, { method: 'POST' });
}

async function setProcessing(room: string, settings: Record<string, unknown>): Promise<number> {
  const response = await emulator.fetch(`${BASE}/_emulator/calendarProcessing/${room}`, {
    method: 'PATCH',
    body: JSON.stringify(settings),
  });
  return response.status;
}

const roomResponse = (event: Record<string, unknown>, room: string) =>
  (event.attendees as { emailAddress: { address: string }; status: { response: string } }[]).find(
    (a) => a.emailAddress.address === room,
  )?.status.response;

/** The room's busy dates at the series' hour (as getSchedule sees them) among the series' ten. */
async function busyDates(room: string): Promise<number[]> {
  const dates: number[] = [];
  // getSchedule takes windows under 62 days: five weeks at a time.
  for (const from of [0, 5]) {
    const answer = await call('POST', '/v1.0/me/calendar/getSchedule', {
      schedules: [room],
      startTime: { dateTime: dateOf(from).toISOString().slice(0, 19), timeZone: 'UTC' },
      endTime: {
        dateTime: dateOf(from + 5)
          .toISOString()
          .slice(0, 19),
        timeZone: 'UTC',
      },
      availabilityViewInterval: 60,
    });
    const [schedule] = answer.json.value as { scheduleItems: { start: { dateTime: string } }[] }[];
    for (const item of schedule?.scheduleItems ?? []) {
      const start = new Date(`${item.start.dateTime}Z`);
      if (start.getUTCHours() === 7) dates.push(Math.round((start.getTime() - dateOf(0).getTime()) / WEEK));
    }
  }
  return dates.sort((a, b) => a - b);
}

describe('a room and a recurring series', () => {
  if (!roomA || !roomB) throw new Error('no rooms');

  it('every room is seeded with Exchange’s defaults: two clashing dates decline the whole series', async () => {
    await occupy(roomA, 3);
    await occupy(roomA, 6);
    const created = await call('POST', '/v1.0/me/events', weekly(roomA));
    expect(roomResponse(created.json, roomA)).toBe('declined');
    expect(await busyDates(roomA)).toEqual([3, 6]);
  });

  it('within MaximumConflictInstances and ConflictPercentageAllowed: series accepted, clashing dates declined', async () => {
    expect(await setProcessing(roomA, { maximumConflictInstances: 2, conflictPercentageAllowed: 20 })).toBe(
      200,
    );
    await occupy(roomA, 3);
    await occupy(roomA, 6);
    const created = await call('POST', '/v1.0/me/events', weekly(roomA));
    expect(roomResponse(created.json, roomA)).toBe('accepted');
    // The room's calendar: the series on eight dates, the other meetings on the two it declined.
    expect(await busyDates(roomA)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const id = String(created.json.id);
    const view = await call(
      'GET',
      `/v1.0/me/events/${id}/instances?startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-06-01T00:00:00Z&$top=20&$select=start,attendees`,
    );
    const answers = (view.json.value as Record<string, unknown>[]).map((o) => roomResponse(o, roomA));
    expect(answers).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'declined',
      'accepted',
      'accepted',
      'declined',
      'accepted',
      'accepted',
      'accepted',
    ]);
    // A second series at that hour clashes on all its dates, more than allowed: declined as a whole.
    const second = await call('POST', '/v1.0/me/events', weekly(roomA, 9));
    expect(roomResponse(second.json, roomA)).toBe('declined');
    emulator.reset();
    expect(emulator.tenant.calendarProcessing.get(roomA)).toMatchObject({ maximumConflictInstances: 0 });
  });

  it('refuses settings outside the cmdlet’s ranges', async () => {
    expect(await setProcessing(roomA, { conflictPercentageAllowed: 150 })).toBe(400);
    expect(await setProcessing('nobody@contoso.com', {})).toBe(404);
  });

  it('an occurrence PATCHed with another room is an exception: that room holds the date, the series’ room does not', async () => {
    await occupy(roomA, 3);
    await occupy(roomA, 6);
    // A draft series (Outlook saved it, not sent): nobody answers until it is sent.
    const itemResponse = await emulator.fetch(`${BASE}/_emulator/outlook/items`, {
      method: 'POST',
      body: JSON.stringify({
        start: dateOf(0).toISOString(),
        end: new Date(dateOf(0).getTime() + 3_600_000).toISOString(),
        timeZone: 'UTC',
        attendees: [{ address: roomA, type: 'resource' }],
        locations: [{ locationEmailAddress: roomA }],
        recurrence: weekly(roomA).recurrence,
      }),
    });
    const { id } = (await itemResponse.json()) as { id: string };
    const view = await call(
      'GET',
      `/v1.0/me/events/${id}/instances?startDateTime=${dateOf(3).toISOString()}&endDateTime=${new Date(dateOf(3).getTime() + 3_600_000).toISOString()}&$select=start,type`,
    );
    const ids = (view.json.value as { id: string; type: string }[]).map((o) => [o.id, o.type]);
    expect(ids).toEqual([[`${id}_OCC3`, 'occurrence']]);
    for (const index of [3, 6]) {
      const patched = await call('PATCH', `/v1.0/me/events/${id}_OCC${index}`, {
        attendees: [{ type: 'resource', emailAddress: { address: roomB, name: roomB } }],
        location: { displayName: roomB, locationEmailAddress: roomB },
        locations: [{ displayName: roomB, locationEmailAddress: roomB }],
      });
      expect(patched.status).toBe(200);
      expect(patched.json).toMatchObject({ id: `${id}_OCC${index}`, type: 'exception', seriesMasterId: id });
    }
    const listed = await call(
      'GET',
      `/v1.0/me/events/${id}/instances?startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-06-01T00:00:00Z&$top=20&$select=type`,
    );
    expect((listed.json.value as { type: string }[]).map((o) => o.type)).toEqual([
      'occurrence',
      'occurrence',
      'occurrence',
      'exception',
      'occurrence',
      'occurrence',
      'exception',
      'occurrence',
      'occurrence',
      'occurrence',
    ]);

    await emulator.fetch(`${BASE}/_emulator/outlook/items/${id}/send`, { method: 'POST' });
    const series = await call('GET', `/v1.0/me/events/${id}?$select=attendees`);
    expect(roomResponse(series.json, roomA)).toBe('accepted');
    for (const index of [3, 6]) {
      const exception = await call('GET', `/v1.0/me/events/${id}_OCC${index}?$select=attendees`);
      expect(roomResponse(exception.json, roomB)).toBe('accepted');
      expect(roomResponse(exception.json, roomA)).toBeUndefined();
    }
    expect(await busyDates(roomB)).toEqual([3, 6]);
    // Room A: the series on eight dates, the other user's meetings on 3 and 6; never both on one date.
    expect(await busyDates(roomA)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('refuses an occurrence that does not exist, and instances of an event that is not a series', async () => {
    const created = await call('POST', '/v1.0/me/events', weekly(roomA, 3));
    const id = String(created.json.id);
    expect((await call('PATCH', `/v1.0/me/events/${id}_OCC7`, { subject: 'x' })).status).toBe(404);
    const window = 'startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-06-01T00:00:00Z';
    expect((await call('GET', `/v1.0/me/events/${id}_OCC1/instances?${window}`)).status).toBe(400);
    expect((await call('GET', `/v1.0/me/events/${id}/instances`)).status).toBe(400);
  });
});
