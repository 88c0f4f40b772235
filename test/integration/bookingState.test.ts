// A booking followed after Send, and a change after booking, through the real layers: core's
// workflows and checks, the Graph adapters over the in-process emulator, and the Office adapter over
// the Outlook simulator (whose Send makes the emulated rooms answer as Exchange's resource booking).
import { seededBusy } from '../../dev/emulator/tenant';
import { bookRoom } from '../../src/core/booking';
import { checkBookingChange } from '../../src/core/bookingChangeCheck';
import { bookingPhase } from '../../src/core/bookingPhase';
import type { Room, TimeRange } from '../../src/core/model';
import { occurrencesToCheck } from '../../src/core/occurrences';
import { searchRooms } from '../../src/core/roomSearch';
import { bookingInput, flowSetup, NOW, uninstallOutlook, type FlowSetup } from '../kit/harness';

afterEach(uninstallOutlook);

const HOUR = 3_600_000;
/** Thursday after the fixed clock, inside the seeded working day. */
const SLOT: TimeRange = { start: new Date('2026-03-05T10:00:00Z'), end: new Date('2026-03-05T11:00:00Z') };

const busyAt = (flow: FlowSetup, room: Room, range: TimeRange) =>
  seededBusy(flow.emulator.tenant.seed, room.email, range).some((b) => b.status === 'busy');

/** The organizer fills in the Outlook form: a one-hour meeting with one attendee. */
function compose(flow: FlowSetup): void {
  flow.outlook.mailbox.update({
    subject: 'Planning',
    start: SLOT.start,
    end: SLOT.end,
    required: ['adele.vance@contoso.com'],
  });
}

async function phaseOf(flow: FlowSetup, eventId: string, room: Room) {
  return bookingPhase(await flow.bookings.roomStatus(eventId, room.email));
}

describe('a declined room, rebooked', () => {
  it('is added, declines at Send, and another room from the same search replaces it and accepts', async () => {
    const flow = flowSetup();
    compose(flow);
    const rooms = await flow.directory.listRooms();
    const busy = rooms.find((room) => (room.capacity ?? 0) >= 4 && busyAt(flow, room, SLOT));
    if (!busy) throw new Error('the seeded tenant has no busy room then');
    const input = bookingInput(busy);
    const first = await bookRoom(flow, input);
    expect(await phaseOf(flow, first.eventId, busy)).toBe('added');

    await flow.outlook.mailbox.send();
    expect(await phaseOf(flow, first.eventId, busy)).toBe('declined');

    // "Find another room": the same criteria for the meeting as it is, the declined room left out.
    const appointment = await flow.appointment.read();
    const found = await searchRooms(flow, { appointment, criteria: input.criteria });
    const next = found.results.find(
      (r) => r.availability.status === 'free' && r.room.email !== busy.email,
    )?.room;
    if (!next) throw new Error('no free room to rebook');
    const second = await bookRoom(flow, bookingInput(next, first.record));

    // The meeting was sent, so the new room answered at once; the declined one is off the meeting.
    expect(second.replaced).toBe(busy.email);
    expect(await phaseOf(flow, second.eventId, next)).toBe('accepted');
    expect(flow.outlook.mailbox.item().rooms.map((r) => r.email)).toEqual([next.email]);
    expect(await flow.bookings.read(second.eventId)).toEqual(second.record);
  });
});

describe('a change after booking', () => {
  async function acceptedBooking() {
    const flow = flowSetup();
    compose(flow);
    const rooms = await flow.directory.listRooms();
    const room = rooms.find(
      (r) => (r.capacity ?? 0) >= 4 && (r.capacity ?? 0) <= 12 && !busyAt(flow, r, SLOT),
    );
    if (!room) throw new Error('no free room');
    const booked = await bookRoom(flow, bookingInput(room));
    await flow.outlook.mailbox.send();
    expect(await phaseOf(flow, booked.eventId, room)).toBe('accepted');
    const bookedTimes = occurrencesToCheck(await flow.appointment.read());
    const check = async () =>
      checkBookingChange(flow, {
        record: booked.record,
        appointment: await flow.appointment.read(),
        bookedTimes,
        now: NOW,
      });
    return { flow, room, booked, bookedTimes, check };
  }

  it('breaks nothing while the meeting stays as booked: the room’s own copy is no clash', async () => {
    const { flow, booked, check } = await acceptedBooking();
    expect(await check()).toEqual([]);
    // Without leaving out its own copy, the accepted room would look busy at the meeting's time.
    const naive = await checkBookingChange(flow, {
      record: booked.record,
      appointment: await flow.appointment.read(),
      bookedTimes: [],
      now: NOW,
    });
    expect(naive.map((b) => b.reason)).toEqual(['roomBusy']);
  });

  it('says the room is busy once the meeting moves onto its seeded meeting, and the room then declines the update', async () => {
    const { flow, room, booked, check } = await acceptedBooking();
    let moved: TimeRange | null = null;
    for (
      let at = SLOT.start.getTime() + 24 * HOUR;
      !moved && at < SLOT.start.getTime() + 8 * 24 * HOUR;
      at += HOUR
    ) {
      const range = { start: new Date(at), end: new Date(at + HOUR) };
      if (busyAt(flow, room, range)) moved = range;
    }
    if (!moved) throw new Error(`${room.email} is never busy that week`);
    flow.outlook.mailbox.update(moved);

    const breaks = await check();
    expect(breaks).toMatchObject([{ reason: 'roomBusy', outcome: 'decline' }]);
    expect(breaks[0]?.reason === 'roomBusy' && breaks[0].clashes.map((c) => c.start)).toEqual([moved.start]);

    // The warning was right: saving the sent meeting sends the update, and Exchange declines it.
    await flow.outlook.mailbox.save();
    expect(await phaseOf(flow, booked.eventId, room)).toBe('declined');
  });

  it('says the room is too small once more people are invited than it seats', async () => {
    const { flow, room, check } = await acceptedBooking();
    const capacity = room.capacity ?? 0;
    flow.outlook.mailbox.update({
      required: Array.from({ length: capacity }, (_, i) => `guest${i + 1}@contoso.com`),
    });
    expect(await check()).toEqual([{ reason: 'tooSmall', capacity, people: capacity + 1 }]);
  });
});
