// Places check-ins and auto-release (checkIns.ts says which documentation each rule follows).
import { seededBusy } from './tenant';
import { createEmulator, DEMO_USER } from './index';
import { BASE, client } from './testClient';

const START = new Date('2026-03-04T10:00:00Z');
const minutes = (n: number) => n * 60_000;

function setup() {
  const clock = { ms: START.getTime() - minutes(60) };
  const emulator = createEmulator({ seed: 5, now: () => new Date(clock.ms) });
  // A token issued now for every call: the clock moves by more than a token lives.
  const call: ReturnType<typeof client> = (...args) => client(emulator)(...args);
  // A room the seed leaves free 10:00–11:00 on the three days a series below takes.
  const slots = [4, 5, 6].map((day) => ({
    start: new Date(`2026-03-0${day}T10:00:00Z`),
    end: new Date(`2026-03-0${day}T11:00:00Z`),
  }));
  const room = emulator.tenant.rooms.find((r) =>
    slots.every((slot) => seededBusy(emulator.tenant.seed, r.emailAddress, slot).length === 0),
  );
  if (!room) throw new Error('no room free on those days in the seeded tenant');
  const at = (offset: number) => {
    clock.ms = START.getTime() + offset;
  };
  const meeting = async (recurrence?: unknown) => {
    const created = await call('POST', '/v1.0/me/events', {
      subject: 'Design review',
      start: { dateTime: '2026-03-04T10:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-03-04T11:00:00', timeZone: 'UTC' },
      attendees: [{ type: 'resource', emailAddress: { address: room.emailAddress, name: room.displayName } }],
      ...(recurrence ? { recurrence } : {}),
    });
    expect(created.status).toBe(201);
    return { id: String(created.json.id), iCalUId: String(created.json.iCalUId) };
  };
  const roomResponse = async (id: string) => {
    const read = await call('GET', `/v1.0/me/events/${id}?$select=attendees`);
    const attendees = read.json.attendees as {
      emailAddress: { address: string };
      status: { response: string };
    }[];
    return attendees.find((a) => a.emailAddress.address === room.emailAddress)?.status.response;
  };
  const roomBusyAt = async (startIso: string) => {
    const answer = await call('POST', '/v1.0/me/calendar/getSchedule', {
      schedules: [room.emailAddress],
      startTime: { dateTime: startIso, timeZone: 'UTC' },
      endTime: { dateTime: startIso.replace('T10:00', 'T11:00'), timeZone: 'UTC' },
      availabilityViewInterval: 60,
    });
    return (answer.json.value as { availabilityView: string }[])[0]?.availabilityView === '2';
  };
  const checkIn = (iCalUId: string, method = 'manual') =>
    call('POST', `/v1.0/places/${room.id}/checkIns`, { calendarEventId: iCalUId, checkInMethod: method });
  const autoRelease = (body: Record<string, unknown>) =>
    emulator.fetch(`${BASE}/_emulator/calendarProcessing`, {
      method: 'POST',
      body: JSON.stringify({ identity: room.emailAddress, ...body }),
    });
  return { emulator, call, room, at, meeting, roomResponse, roomBusyAt, checkIn, autoRelease };
}

describe('Places check-ins', () => {
  it('records a check-in for an accepted reservation from 15 minutes before its start, as documented: 201 and the claim', async () => {
    const t = setup();
    const { iCalUId } = await t.meeting();

    t.at(-minutes(16));
    const early = await t.checkIn(iCalUId);
    expect(early.status).toBe(400);
    expect(early.json).toMatchObject({ error: { code: 'ErrorInvalidRequest' } });

    t.at(-minutes(15));
    const claimed = await t.checkIn(iCalUId);
    expect(claimed.status).toBe(201);
    expect(claimed.json).toMatchObject({
      '@odata.type': '#microsoft.graph.checkInClaim',
      calendarEventId: iCalUId,
      checkInMethod: 'manual',
      createdDateTime: '2026-03-04T09:45:00.000Z',
    });

    // Read back as the documented sample shows it: the claim inside `value`.
    const read = await t.call('GET', `/v1.0/places/${t.room.id}/checkIns/${iCalUId}`);
    expect(read.status).toBe(200);
    expect(read.json.value).toEqual({
      '@odata.type': '#microsoft.graph.checkInClaim',
      calendarEventId: iCalUId,
      checkInMethod: 'manual',
      createdDateTime: '2026-03-04T09:45:00.000Z',
    });

    // Claimed once: a second check-in answers the first claim.
    t.at(minutes(5));
    expect((await t.checkIn(iCalUId, 'verified')).json).toMatchObject({
      checkInMethod: 'manual',
      createdDateTime: '2026-03-04T09:45:00.000Z',
    });
    t.at(minutes(60));
    expect((await t.checkIn(iCalUId)).status).toBe(400);
  });

  it('answers 404 for an unknown place or event, a room that has no such reservation, and to people not in the meeting', async () => {
    const t = setup();
    const { iCalUId } = await t.meeting();
    t.at(0);
    const other = t.emulator.tenant.rooms.find((r) => r.id !== t.room.id);
    expect(
      (
        await t.call('POST', '/v1.0/places/nope/checkIns', {
          calendarEventId: iCalUId,
          checkInMethod: 'manual',
        })
      ).status,
    ).toBe(404);
    expect((await t.checkIn(`${iCalUId.slice(0, -4)}0000`)).status).toBe(404);
    expect(
      (
        await t.call('POST', `/v1.0/places/${other?.id}/checkIns`, {
          calendarEventId: iCalUId,
          checkInMethod: 'manual',
        })
      ).status,
    ).toBe(404);
    const stranger = client(t.emulator, t.emulator.tenant.users[3]?.mail);
    expect(t.emulator.tenant.users[3]?.mail).not.toBe(DEMO_USER);
    expect(
      (
        await stranger('POST', `/v1.0/places/${t.room.id}/checkIns`, {
          calendarEventId: iCalUId,
          checkInMethod: 'manual',
        })
      ).status,
    ).toBe(404);
    expect((await t.call('GET', `/v1.0/places/${t.room.id}/checkIns/${iCalUId}`)).status).toBe(404);
  });

  it('requires both documented properties and a documented checkInMethod', async () => {
    const t = setup();
    const { iCalUId } = await t.meeting();
    t.at(0);
    const post = (body: unknown) => t.call('POST', `/v1.0/places/${t.room.id}/checkIns`, body);
    expect((await post({ checkInMethod: 'manual' })).status).toBe(400);
    expect((await post({ calendarEventId: iCalUId })).status).toBe(400);
    expect((await post({ calendarEventId: iCalUId, checkInMethod: 'unknownFutureValue' })).status).toBe(400);
  });
});

describe('auto-release', () => {
  it('is off by default: a reservation nobody claims keeps the room', async () => {
    const t = setup();
    const { id } = await t.meeting();
    t.at(minutes(30));
    expect(await t.roomResponse(id)).toBe('accepted');
    expect(await t.roomBusyAt('2026-03-04T10:00:00')).toBe(true);
  });

  it('declines a reservation nobody checked in to once the claim time after the start has passed, and frees the room', async () => {
    const t = setup();
    const { id, iCalUId } = await t.meeting();
    expect(
      (await t.autoRelease({ enableAutoRelease: true, postReservationMaxClaimTimeInMinutes: 20 })).status,
    ).toBe(200);

    t.at(minutes(19));
    expect(await t.roomResponse(id)).toBe('accepted');
    expect(await t.roomBusyAt('2026-03-04T10:00:00')).toBe(true);

    t.at(minutes(20));
    expect(await t.roomResponse(id)).toBe('declined');
    expect(await t.roomBusyAt('2026-03-04T10:00:00')).toBe(false);
    // Released: there is nothing left to check in to.
    expect((await t.checkIn(iCalUId)).status).toBe(404);
  });

  it('keeps a reservation someone checked in to; the default claim time is 10 minutes', async () => {
    const t = setup();
    const claimed = await t.meeting();
    await t.autoRelease({ enableAutoRelease: true });
    t.at(minutes(2));
    expect((await t.checkIn(claimed.iCalUId)).status).toBe(201);
    t.at(minutes(45));
    expect(await t.roomResponse(claimed.id)).toBe('accepted');
    expect(await t.roomBusyAt('2026-03-04T10:00:00')).toBe(true);
  });

  it('releases after the default 10 minutes', async () => {
    const t = setup();
    const { id } = await t.meeting();
    await t.autoRelease({ enableAutoRelease: true });
    t.at(minutes(9));
    expect(await t.roomResponse(id)).toBe('accepted');
    t.at(minutes(10));
    expect(await t.roomResponse(id)).toBe('declined');
  });

  it('leaves meetings whose claim time passed before it was turned on', async () => {
    const t = setup();
    const { id } = await t.meeting();
    t.at(minutes(30));
    await t.autoRelease({ enableAutoRelease: true });
    t.at(minutes(40));
    expect(await t.roomResponse(id)).toBe('accepted');
  });

  it('gives each date of a series its own iCalUId and releases only the dates nobody claimed', async () => {
    const t = setup();
    const series = await t.meeting({
      pattern: { type: 'daily', interval: 1 },
      range: { type: 'numbered', startDate: '2026-03-04', numberOfOccurrences: 3 },
    });
    await t.autoRelease({ enableAutoRelease: true });
    const view = await t.call(
      'GET',
      '/v1.0/me/calendarView?startDateTime=2026-03-04T00:00:00Z&endDateTime=2026-03-07T00:00:00Z&$select=iCalUId,seriesMasterId',
    );
    const dates = (view.json.value as { iCalUId: string }[]).map((e) => e.iCalUId);
    expect(dates).toHaveLength(3);
    expect(new Set(dates).size).toBe(3);
    // The date sits in the Global Object ID's bytes 16–19 (year, month, day), the series' own are zero.
    expect(dates.map((uid) => uid.slice(32, 40))).toEqual(['07EA0304', '07EA0305', '07EA0306']);
    expect(series.iCalUId.slice(32, 40)).toBe('00000000');

    t.at(0);
    expect((await t.checkIn(dates[0] ?? '')).status).toBe(201);
    expect((await t.checkIn(dates[1] ?? '')).status).toBe(400); // tomorrow's window is not open
    t.at(minutes(24 * 60 + 10));
    expect(await t.roomBusyAt('2026-03-04T10:00:00')).toBe(true);
    expect(await t.roomBusyAt('2026-03-05T10:00:00')).toBe(false);
    expect(await t.roomBusyAt('2026-03-06T10:00:00')).toBe(true);
    // The series as a whole keeps the room's answer for its other dates.
    expect(await t.roomResponse(series.id)).toBe('accepted');
  });
});
