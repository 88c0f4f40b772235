// Check-in, auto-release and Release room end to end: the core workflows over the real Graph
// adapters and the in-process emulator, whose rooms release unclaimed reservations as Exchange does
// when an admin turned auto-release on (dev/emulator/checkIns.ts).
import { seededBusy } from '../../dev/emulator/tenant';
import { bookRoom } from '../../src/core/booking';
import { canCheckIn, checkIn, readCheckIns } from '../../src/core/checkIn';
import type { BookedEvent, Room, TimeRange } from '../../src/core/model';
import { releaseRoom } from '../../src/core/release';
import { BASE, bookingInput, flowSetup, NOW, outlookItem, type FlowSetup } from '../kit/harness';

const minutes = (n: number) => n * 60_000;
/** The meeting's start on the harness's day (NOW is 07:00 UTC). */
const TEN = new Date('2026-03-04T10:00:00Z');
const DAY: TimeRange = { start: NOW, end: new Date('2026-03-05T00:00:00Z') };

async function freeRoom(flow: FlowSetup): Promise<Room> {
  const hours = { start: TEN, end: new Date(TEN.getTime() + minutes(60)) };
  const room = (await flow.directory.listRooms()).find(
    (r) => seededBusy(flow.emulator.tenant.seed, r.email, hours).length === 0,
  );
  if (!room) throw new Error('no free room');
  return room;
}

/** Books the room for a sent one-hour meeting at `start`, as the Book tab does, and lists it. */
async function bookAndSend(flow: FlowSetup, room: Room, start: Date, subject: string): Promise<BookedEvent> {
  flow.outlook.mailbox.update({
    subject,
    start,
    end: new Date(start.getTime() + minutes(60)),
    required: ['adele.vance@contoso.com'],
  });
  const { eventId } = await bookRoom(flow, bookingInput(room));
  await flow.outlook.mailbox.send();
  const booked = (await flow.bookings.listMine(DAY)).find((b) => b.eventId === eventId);
  if (!booked) throw new Error('not listed');
  return booked;
}

/** What Set-CalendarProcessing -EnableAutoRelease $true does for the room. */
async function enableAutoRelease(flow: FlowSetup, room: Room, claimMinutes: number): Promise<void> {
  const answer = await flow.emulator.fetch(`${BASE}/_emulator/calendarProcessing`, {
    method: 'POST',
    body: JSON.stringify({
      identity: room.email,
      enableAutoRelease: true,
      postReservationMaxClaimTimeInMinutes: claimMinutes,
    }),
  });
  if (answer.status !== 200) throw new Error(`calendarProcessing answered ${answer.status}`);
}

const busyAt = async (flow: FlowSetup, room: Room, start: Date) => {
  const schedule = (
    await flow.schedules.getSchedules([room.email], { start, end: new Date(start.getTime() + minutes(60)) })
  ).get(room.email);
  if (!schedule?.ok) throw new Error('no schedule');
  return schedule.items.some((item) => item.status === 'busy');
};

describe('check-in and auto-release', () => {
  it('keeps the room of a meeting someone checked in to, past the claim time', async () => {
    const flow = flowSetup();
    const room = await freeRoom(flow);
    const booked = await bookAndSend(flow, room, TEN, 'Claimed');
    expect(booked.roomResponse).toBe('accepted');
    await enableAutoRelease(flow, room, 10);

    // 9:44 is too early; from 9:45 the check-in window is open.
    flow.clock.ms = TEN.getTime() - minutes(16);
    expect(canCheckIn(booked, new Date(flow.clock.ms))).toBe(false);
    flow.clock.ms = TEN.getTime() - minutes(10);
    const now = new Date(flow.clock.ms);
    expect(canCheckIn(booked, now)).toBe(true);
    expect(await readCheckIns(flow, [booked], now)).toEqual(new Map());

    expect(await checkIn(flow, booked)).toEqual(now);
    expect(await readCheckIns(flow, [booked], now)).toEqual(new Map([[booked.eventId, now]]));

    flow.clock.ms = TEN.getTime() + minutes(30);
    const [after] = await flow.bookings.listMine({ start: TEN, end: DAY.end });
    expect(after?.roomResponse).toBe('accepted');
    expect(await busyAt(flow, room, TEN)).toBe(true);
  });

  it('releases the room of a meeting nobody checked in to once the claim time has passed', async () => {
    const flow = flowSetup();
    const room = await freeRoom(flow);
    const booked = await bookAndSend(flow, room, TEN, 'Unclaimed');
    await enableAutoRelease(flow, room, 10);

    flow.clock.ms = TEN.getTime() + minutes(9);
    expect((await flow.bookings.listMine({ start: TEN, end: DAY.end }))[0]?.roomResponse).toBe('accepted');
    expect(await busyAt(flow, room, TEN)).toBe(true);

    flow.clock.ms = TEN.getTime() + minutes(10);
    expect((await flow.bookings.listMine({ start: TEN, end: DAY.end }))[0]?.roomResponse).toBe('declined');
    expect(await busyAt(flow, room, TEN)).toBe(false);
    // A released reservation cannot be checked in to any more.
    await expect(checkIn(flow, booked)).rejects.toMatchObject({ kind: 'notFound' });
  });

  it('sends only which event and how, and keeps the check-in the room already has', async () => {
    const flow = flowSetup();
    const room = await freeRoom(flow);
    const booked = await bookAndSend(flow, room, TEN, 'Twice');
    flow.clock.ms = TEN.getTime();
    const first = await checkIn(flow, booked);
    flow.clock.ms += minutes(5);
    expect(await checkIn(flow, booked)).toEqual(first);
    const posts = flow.emulator
      .requestLog()
      .filter((e) => e.method === 'POST' && e.url.includes('/checkIns'));
    expect(posts.map((p) => p.body)).toEqual([
      { calendarEventId: booked.iCalUId, checkInMethod: 'manual' },
      { calendarEventId: booked.iCalUId, checkInMethod: 'manual' },
    ]);
    expect(posts[0]?.url).toBe(`/v1.0/places/${room.id}/checkIns`);
  });
});

describe('Release room', () => {
  it('takes the room off the meeting, clears the booking, confirms both by reading back, and frees the room', async () => {
    const flow = flowSetup();
    const room = await freeRoom(flow);
    const booked = await bookAndSend(flow, room, TEN, 'No longer needed');
    expect(await busyAt(flow, room, TEN)).toBe(true);

    await releaseRoom(flow, booked);

    // Read back after the PATCH: the booking's properties and the room's place on the event.
    const log = flow.emulator.requestLog();
    const patch = log.map((e) => e.method).lastIndexOf('PATCH');
    expect(
      log.slice(patch + 1).filter((e) => e.method === 'GET' && e.url.includes(booked.eventId)),
    ).toHaveLength(2);
    const item = await outlookItem(flow.emulator, booked.eventId);
    expect(item.attendees.map((a) => a.address)).toEqual(['adele.vance@contoso.com']);
    expect(item.locations.some((l) => l.locationEmailAddress === room.email)).toBe(false);
    expect(await flow.bookings.read(booked.eventId)).toBeNull();
    expect(await busyAt(flow, room, TEN)).toBe(false);
  });

  it('does not claim success when the room is still on the event after the PATCH', async () => {
    const flow = flowSetup();
    const room = await freeRoom(flow);
    const booked = await bookAndSend(flow, room, TEN, 'Sticky');
    // A write that never reached the event (a lost PATCH): the read-back still sees the room.
    const unapplied = { ...flow, bookings: { ...flow.bookings, cancel: async () => undefined } };
    await expect(releaseRoom(unapplied, booked)).rejects.toMatchObject({ kind: 'verificationFailed' });
    expect(await busyAt(flow, room, TEN)).toBe(true);
  });
});
