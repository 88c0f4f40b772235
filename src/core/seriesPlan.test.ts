import { makeAppointment, makeRoom, makeWeeklyRecurrence } from '../../test/kit/builders';
import type { OccurrenceAvailability } from './bookingDecision';
import { checkRoomBeforeBooking } from './bookingDecisionCheck';
import type { FreeBusy, MailboxSchedule, Room, TimeRange } from './model';
import { planSeries, type RoomDates } from './seriesPlan';
import { checkSeriesPlan } from './seriesPlanCheck';

const DAY = 86_400_000;
const FIRST = Date.parse('2026-03-04T10:00:00Z');
const weekly = (n: number): TimeRange[] =>
  Array.from({ length: n }, (_, i) => ({
    start: new Date(FIRST + i * 7 * DAY),
    end: new Date(FIRST + i * 7 * DAY + 3_600_000),
  }));
const TEN = weekly(10);
const withStatus = (statuses: Record<number, FreeBusy>): OccurrenceAvailability[] =>
  TEN.map((r, i) => ({ ...r, status: statuses[i] ?? 'free' }));
const dates = (room: Room, statuses: Record<number, FreeBusy> = {}): RoomDates => ({
  room,
  dates: withStatus(statuses),
});

const chosen = makeRoom({ email: 'chosen@contoso.com', capacity: 8 });
const snug = makeRoom({ email: 'snug@contoso.com', capacity: 8, displayName: 'Snug' });
const huge = makeRoom({ email: 'huge@contoso.com', capacity: 40, displayName: 'Huge' });
const elsewhere = makeRoom({
  email: 'elsewhere@contoso.com',
  capacity: 8,
  displayName: 'Elsewhere',
  building: 'Building B',
  roomListEmail: 'building-b@contoso.com',
});

describe('planSeries', () => {
  it('gives each clashing date the best free room by the search’s ranking, and the series is then accepted', () => {
    const plan = planSeries({
      chosen: dates(chosen, { 2: 'busy', 7: 'tentative' }),
      // Huge is free on both but far too big; Elsewhere fits but is in another building; Snug fits
      // and is in the chosen room's building, but busy on date 7.
      others: [dates(huge), dates(elsewhere), dates(snug, { 7: 'busy' })],
      minCapacity: 6,
    });
    expect(plan.total).toBe(10);
    expect(plan.dates.map((d) => [d.start.toISOString(), d.status, d.room?.email])).toEqual([
      ['2026-03-18T10:00:00.000Z', 'busy', 'elsewhere@contoso.com'],
      ['2026-04-22T10:00:00.000Z', 'tentative', 'elsewhere@contoso.com'],
    ]);
    expect(plan.asIs).toBe('decline');
    expect(plan.withPlan).toBe('accept');
  });

  it('among rooms free on the same clashing dates: capacity fit, then the chosen room’s building', () => {
    const plan = planSeries({
      chosen: dates(chosen, { 4: 'busy' }),
      others: [dates(huge), dates(elsewhere), dates(snug)],
      minCapacity: 6,
    });
    expect(plan.dates.map((d) => d.room?.email)).toEqual(['snug@contoso.com']);
  });

  it('names a date no other room is free on; the series stays declined with Exchange’s defaults', () => {
    const plan = planSeries({
      chosen: dates(chosen, { 1: 'busy', 5: 'busy' }),
      others: [dates(snug, { 5: 'busy' }), dates(huge, { 5: 'unknown' })],
      minCapacity: 2,
    });
    expect(plan.dates.map((d) => d.room?.email ?? null)).toEqual(['snug@contoso.com', null]);
    expect(plan.withPlan).toBe('decline');
  });

  it('never offers the chosen room itself, and says the series is accepted as-is within the room’s limits', () => {
    const policy = { allowConflicts: false, conflictPercentageAllowed: 20, maximumConflictInstances: 2 };
    const plan = planSeries({
      chosen: dates(chosen, { 3: 'busy' }),
      others: [dates(chosen)],
      minCapacity: 2,
      policy,
    });
    expect(plan.dates.map((d) => d.room)).toEqual([null]);
    expect(plan.asIs).toBe('declineClashingDates');
  });

  it('a room free on every date has nothing to plan', () => {
    const plan = planSeries({ chosen: dates(chosen), others: [dates(snug)], minCapacity: 2 });
    expect(plan).toMatchObject({ dates: [], asIs: 'accept', withPlan: 'accept' });
  });
});

describe('checkSeriesPlan', () => {
  it('reads the other rooms only over the clashing dates and plans from what they say', async () => {
    const appointment = makeAppointment({
      start: new Date(FIRST),
      end: new Date(FIRST + 3_600_000),
      recurrence: makeWeeklyRecurrence({ numberOfOccurrences: 10, timeZone: 'UTC' }),
    });
    const clash = TEN[6] as TimeRange;
    const asked: string[][] = [];
    const schedules = {
      async getSchedules(mailboxes: readonly string[], window: TimeRange) {
        asked.push([...mailboxes, window.start.toISOString(), window.end.toISOString()]);
        const busy = (email: string): MailboxSchedule =>
          email === 'snug@contoso.com' || email === 'chosen@contoso.com'
            ? { ok: true, items: [{ ...clash, status: 'busy' }] }
            : { ok: true, items: [] };
        return new Map(mailboxes.map((m) => [m, busy(m)]));
      },
    };
    const decision = await checkRoomBeforeBooking({ schedules }, appointment, chosen);
    asked.length = 0;
    const plan = await checkSeriesPlan(
      { schedules },
      { appointment, room: chosen, decision, candidates: [chosen, snug, elsewhere], minCapacity: 6 },
    );
    expect(asked).toEqual([
      ['snug@contoso.com', 'elsewhere@contoso.com', clash.start.toISOString(), clash.end.toISOString()],
    ]);
    expect(plan.dates.map((d) => [d.start, d.room?.email])).toEqual([[clash.start, 'elsewhere@contoso.com']]);
    expect(plan.withPlan).toBe('accept');
  });
});
