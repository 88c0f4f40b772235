// A weekly series whose room clashes on two of its ten dates, booked with an exception on each of
// those dates, through the real layers: core's check, plan and booking, the Graph adapters over the
// in-process emulator (whose rooms answer by Exchange's documented calendar processing), and the
// Office adapter over the Outlook simulator, which saves and sends the series.
import { checkRoomBeforeBooking } from '../../src/core/bookingDecisionCheck';
import type { Room, TimeRange } from '../../src/core/model';
import { bookSeriesWithPlan } from '../../src/core/seriesBooking';
import { checkSeriesPlan } from '../../src/core/seriesPlanCheck';
import {
  bookingInput,
  fault,
  flowSetup,
  graphCalls,
  occupy,
  uninstallOutlook,
  type FlowSetup,
} from '../kit/harness';

afterEach(uninstallOutlook);

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
/**
 * Wednesdays at 08:00 in Berlin (the simulated organizer's zone, summer time throughout: 06:00 UTC),
 * before the seeded working day: rooms are free then unless occupied here.
 */
const FIRST = new Date('2026-04-01T06:00:00Z');
const dateOf = (index: number): TimeRange => {
  const start = new Date(FIRST.getTime() + index * WEEK);
  return { start, end: new Date(start.getTime() + HOUR) };
};
const CLASHING = [3, 6];

async function seriesWithClashes() {
  const flow = flowSetup();
  const rooms = await flow.directory.listRooms();
  const [chosen] = rooms;
  if (!chosen) throw new Error('no rooms');
  for (const index of CLASHING) {
    const { start, end } = dateOf(index);
    await occupy(flow.emulator, chosen.email, start, end);
  }
  flow.outlook.mailbox.update({
    subject: 'Weekly planning',
    start: dateOf(0).start,
    end: dateOf(0).end,
    required: ['adele.vance@contoso.com'],
    repeat: 'weekly',
    occurrences: 10,
  });
  const appointment = await flow.appointment.read();
  const decision = await checkRoomBeforeBooking(flow, appointment, chosen);
  const plan = await checkSeriesPlan(flow, {
    appointment,
    room: chosen,
    decision,
    candidates: rooms.slice(0, 12),
    minCapacity: 1,
  });
  return { flow, chosen, plan };
}

/** The room's busy dates among the series' ten, at the series' hour, as getSchedule shows them. */
async function busyDates(flow: FlowSetup, room: Room): Promise<number[]> {
  const dates: number[] = [];
  // getSchedule takes windows under 62 days: five weeks at a time.
  for (const from of [0, 5]) {
    const window = { start: dateOf(from).start, end: dateOf(from + 4).end };
    const schedule = (await flow.schedules.getSchedules([room.email], window)).get(room.email.toLowerCase());
    if (!schedule?.ok) throw new Error('no schedule');
    for (const item of schedule.items) {
      if (item.start.getUTCHours() === 6)
        dates.push(Math.round((item.start.getTime() - FIRST.getTime()) / WEEK));
    }
  }
  return dates.sort((a, b) => a - b);
}

describe('a series whose room clashes on some dates', () => {
  it('plans another room for each clashing date, books them as exceptions, and after Send every room accepts', async () => {
    const { flow, chosen, plan } = await seriesWithClashes();
    expect(plan.total).toBe(10);
    expect(plan.dates.map((d) => d.start)).toEqual(CLASHING.map((i) => dateOf(i).start));
    expect(plan.dates.every((d) => d.room !== null && d.room.email !== chosen.email)).toBe(true);
    // With Exchange's defaults the room would decline the whole series; with the exceptions it accepts.
    expect(plan.asIs).toBe('decline');
    expect(plan.withPlan).toBe('accept');

    const outcome = await bookSeriesWithPlan(flow, { ...bookingInput(chosen), plan });
    expect(outcome.dates.map((d) => [d.start, d.result])).toEqual(
      CLASHING.map((i) => [dateOf(i).start, 'moved']),
    );
    const seriesId = outcome.eventId;
    expect(await flow.bookings.read(seriesId)).toEqual(outcome.record);

    await flow.outlook.mailbox.send();
    expect(await flow.bookings.roomStatus(seriesId, chosen.email)).toMatchObject({
      sent: true,
      invited: true,
      response: 'accepted',
    });
    for (const date of plan.dates) {
      const occurrenceId = await flow.exceptions.occurrenceAt(seriesId, date);
      if (!occurrenceId || !date.room) throw new Error('no exception');
      expect(await flow.bookings.roomStatus(occurrenceId, date.room.email)).toMatchObject({
        invited: true,
        response: 'accepted',
      });
      expect((await flow.bookings.roomStatus(occurrenceId, chosen.email)).invited).toBe(false);
      expect(await busyDates(flow, date.room)).toContain(
        Math.round((date.start.getTime() - FIRST.getTime()) / WEEK),
      );
    }
    // The chosen room holds the series on the eight other dates; the clashing two are another meeting's.
    expect(await busyDates(flow, chosen)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Each exception was made by one PATCH of the occurrence (no retry of a write).
    const occurrencePatches = graphCalls(flow.emulator, 'PATCH', /\/me\/events\/[^/?]+_OCC\d+$/);
    expect(occurrencePatches).toHaveLength(CLASHING.length);
  });

  it('reports a date whose exception could not be made, and books the rest', async () => {
    const { flow, chosen, plan } = await seriesWithClashes();
    await fault(flow.emulator, { method: 'PATCH', pathPattern: '_OCC6$', status: 500, count: 1 });
    const outcome = await bookSeriesWithPlan(flow, { ...bookingInput(chosen), plan });
    expect(outcome.dates.map((d) => d.result)).toEqual(['moved', 'failed']);
    // The failed date still has the series' room, which will decline it: the series as a whole too.
    await flow.outlook.mailbox.send();
    expect((await flow.bookings.roomStatus(outcome.eventId, chosen.email)).response).toBe('declined');
  });
});
