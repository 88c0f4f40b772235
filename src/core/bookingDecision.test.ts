import { makeAppointment, makeRoom, makeWeeklyRecurrence } from '../../test/kit/builders';
import {
  decideBooking,
  EXCHANGE_DEFAULT_POLICY,
  occurrenceAvailability,
  type OccurrenceAvailability,
} from './bookingDecision';
import { checkRoomBeforeBooking } from './bookingDecisionCheck';
import type { FreeBusy, MailboxSchedule, TimeRange } from './model';

const DAY = 86_400_000;
const FIRST = Date.parse('2026-03-04T10:00:00Z');
const weekly = (n: number): TimeRange[] =>
  Array.from({ length: n }, (_, i) => ({
    start: new Date(FIRST + i * 7 * DAY),
    end: new Date(FIRST + i * 7 * DAY + 3_600_000),
  }));
const withStatus = (ranges: TimeRange[], statuses: Record<number, FreeBusy>): OccurrenceAvailability[] =>
  ranges.map((r, i) => ({ ...r, status: statuses[i] ?? 'free' }));

describe('decideBooking', () => {
  it('books a room free on every date without asking', () => {
    const decision = decideBooking(withStatus(weekly(10), {}));
    expect(decision).toEqual({ needsConfirmation: false, outcome: 'accept', total: 10, clashes: [] });
  });

  it('asks for a busy single meeting: the room declines it', () => {
    const decision = decideBooking(withStatus(weekly(1), { 0: 'busy' }));
    expect(decision.needsConfirmation).toBe(true);
    expect(decision.outcome).toBe('decline');
    expect(decision.clashes.map((c) => c.start.toISOString())).toEqual(['2026-03-04T10:00:00.000Z']);
  });

  it('asks for a tentative or unknown single meeting: the room may decline', () => {
    expect(decideBooking(withStatus(weekly(1), { 0: 'tentative' }))).toMatchObject({
      needsConfirmation: true,
      outcome: 'mayDecline',
    });
    expect(decideBooking(withStatus(weekly(1), { 0: 'unknown' }))).toMatchObject({
      needsConfirmation: true,
      outcome: 'mayDecline',
    });
  });

  it('with Exchange’s defaults, one busy date of ten declines the whole series, and names that date', () => {
    const decision = decideBooking(withStatus(weekly(10), { 6: 'busy' }));
    expect(decision.outcome).toBe('decline');
    expect(decision.needsConfirmation).toBe(true);
    expect(decision.total).toBe(10);
    expect(decision.clashes).toEqual([
      { start: new Date('2026-04-15T10:00:00Z'), end: new Date('2026-04-15T11:00:00Z'), status: 'busy' },
    ]);
  });

  it('accepts a series with its clashing dates declined when conflicts stay within both limits', () => {
    const policy = { allowConflicts: false, conflictPercentageAllowed: 20, maximumConflictInstances: 2 };
    expect(decideBooking(withStatus(weekly(10), { 2: 'busy', 5: 'busy' }), policy).outcome).toBe(
      'declineClashingDates',
    );
    // Three conflicts exceed the instance limit (30 % also exceeds the percentage).
    expect(decideBooking(withStatus(weekly(10), { 1: 'busy', 2: 'busy', 5: 'busy' }), policy).outcome).toBe(
      'decline',
    );
  });

  it('declines when the percentage is exceeded even though the instance count is within its limit', () => {
    const policy = { allowConflicts: false, conflictPercentageAllowed: 10, maximumConflictInstances: 5 };
    expect(decideBooking(withStatus(weekly(10), { 0: 'busy' }), policy).outcome).toBe('declineClashingDates');
    expect(decideBooking(withStatus(weekly(10), { 0: 'busy', 9: 'busy' }), policy).outcome).toBe('decline');
  });

  it('says "may decline" when only tentative or unknown dates would take a series past its limits', () => {
    const policy = { allowConflicts: false, conflictPercentageAllowed: 10, maximumConflictInstances: 1 };
    expect(decideBooking(withStatus(weekly(10), { 0: 'busy', 3: 'tentative' }), policy).outcome).toBe(
      'mayDecline',
    );
    expect(decideBooking(withStatus(weekly(10), { 3: 'unknown' })).outcome).toBe('mayDecline');
  });

  it('still asks when the room allows conflicts, since it would be double-booked', () => {
    const policy = { ...EXCHANGE_DEFAULT_POLICY, allowConflicts: true };
    expect(decideBooking(withStatus(weekly(10), { 4: 'busy' }), policy)).toMatchObject({
      needsConfirmation: true,
      outcome: 'acceptDoubleBooked',
    });
  });

  it('lists the clashes in time order, whatever order the occurrences came in', () => {
    const ranges = withStatus(weekly(4), { 0: 'tentative', 3: 'busy' }).reverse();
    expect(decideBooking(ranges).clashes.map((c) => c.status)).toEqual(['tentative', 'busy']);
  });
});

describe('occurrenceAvailability', () => {
  const [slot] = weekly(1);
  if (!slot) throw new Error('no slot');
  it('marks each occurrence from the schedule; touching meetings do not clash; no schedule is unknown', () => {
    const schedule: MailboxSchedule = {
      ok: true,
      items: [
        { start: new Date(FIRST - 3_600_000), end: new Date(FIRST), status: 'busy' },
        { start: new Date(FIRST + 7 * DAY), end: new Date(FIRST + 7 * DAY + 60_000), status: 'oof' },
      ],
    };
    expect(occurrenceAvailability(schedule, weekly(2)).map((o) => o.status)).toEqual(['free', 'busy']);
    expect(occurrenceAvailability(undefined, [slot]).map((o) => o.status)).toEqual(['unknown']);
    expect(occurrenceAvailability({ ok: false, error: 'x' }, [slot]).map((o) => o.status)).toEqual([
      'unknown',
    ]);
  });
});

describe('checkRoomBeforeBooking', () => {
  it('reads the room’s schedule for every window of the series and decides on the clashing date', async () => {
    const room = makeRoom({ email: 'Room.A@contoso.com' });
    const appointment = makeAppointment({
      start: new Date(FIRST),
      end: new Date(FIRST + 3_600_000),
      recurrence: makeWeeklyRecurrence({ startDate: '2026-03-04', endDate: '2026-08-26' }),
    });
    const asked: TimeRange[] = [];
    // 11:00 in Berlin is 09:00 UTC in summer time.
    const clash = new Date('2026-07-08T09:30:00Z');
    const schedules = {
      getSchedules: async (mailboxes: readonly string[], window: TimeRange) => {
        asked.push(window);
        expect(mailboxes).toEqual(['Room.A@contoso.com']);
        const inWindow = clash >= window.start && clash < window.end;
        return new Map<string, MailboxSchedule>([
          [
            'room.a@contoso.com',
            {
              ok: true,
              items: inWindow
                ? [{ start: clash, end: new Date(clash.getTime() + 900_000), status: 'busy' }]
                : [],
            },
          ],
        ]);
      },
    };
    const decision = await checkRoomBeforeBooking({ schedules }, appointment, room);
    // Six months of a weekly series need several 60-day windows.
    expect(asked.length).toBeGreaterThan(1);
    expect(decision.total).toBe(26);
    expect(decision.outcome).toBe('decline');
    expect(decision.clashes.map((c) => c.start.toISOString())).toEqual(['2026-07-08T09:00:00.000Z']);
  });
});
