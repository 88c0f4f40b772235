// Where Microsoft's descriptions of a recurrence differ from a naive reading, the occurrence dates
// follow Microsoft: Graph's recurrencePattern
// (https://learn.microsoft.com/en-us/graph/api/resources/recurrencepattern) and EWS's DayOfMonth
// (https://learn.microsoft.com/en-us/exchange/client-developer/web-service-reference/dayofmonth).
import { makeAppointment, makeWeeklyRecurrence } from '../../test/kit/builders';
import type { Recurrence } from './model';
import { occurrencesToCheck } from './occurrences';

const at = '2026-01-01T09:00:00Z';
const series = (recurrence: Partial<Recurrence>, start = at) =>
  makeAppointment({
    start: new Date(start),
    end: new Date(new Date(start).getTime() + 3_600_000),
    recurrence: makeWeeklyRecurrence({ timeZone: 'UTC', startDate: start.slice(0, 10), ...recurrence }),
  });
const days = (recurrence: Partial<Recurrence>, start = at) =>
  occurrencesToCheck(series(recurrence, start)).map((range) => range.start.toISOString().slice(0, 10));

describe('occurrence dates', () => {
  it('relativeMonthly with several days: one date a month, the index-th of the allowed days', () => {
    // Graph: with several daysOfWeek, "the first day that satisfies the pattern" is the occurrence.
    // 1 January 2026 is a Thursday, so the second Thursday-or-Friday is Friday 2 January.
    expect(
      days({
        type: 'relativeMonthly',
        daysOfWeek: ['thursday', 'friday'],
        weekIndex: 'second',
        numberOfOccurrences: 3,
      }),
    ).toEqual(['2026-01-02', '2026-02-06', '2026-03-06']);
    // "The last weekday of the month": Graph writes Outlook's "weekday" as the five days.
    expect(
      days({
        type: 'relativeMonthly',
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        weekIndex: 'last',
        numberOfOccurrences: 3,
      }),
    ).toEqual(['2026-01-30', '2026-02-27', '2026-03-31']);
  });

  it('absoluteMonthly on the 31st: the last day of a shorter month, as EWS documents', () => {
    expect(
      days({ type: 'absoluteMonthly', dayOfMonth: 31, numberOfOccurrences: 4 }, '2026-01-31T09:00:00Z'),
    ).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('absoluteYearly on 29 February: the 28th in common years', () => {
    expect(
      days(
        { type: 'absoluteYearly', month: 2, dayOfMonth: 29, interval: 1, numberOfOccurrences: 3 },
        '2028-02-29T09:00:00Z',
      ),
    ).toEqual(['2028-02-29', '2029-02-28']);
    // The 366-day horizon ends before 2030; the count is not what stops it.
  });

  it('relativeYearly honours its interval', () => {
    expect(
      days({
        type: 'relativeYearly',
        month: 1,
        daysOfWeek: ['thursday'],
        weekIndex: 'first',
        interval: 2,
        endDate: '2026-12-31',
      }),
    ).toEqual(['2026-01-01']);
    expect(
      days(
        { type: 'relativeYearly', month: 3, daysOfWeek: ['monday'], weekIndex: 'first', interval: 1 },
        '2026-01-01T09:00:00Z',
      ),
    ).toEqual(['2026-03-02']);
  });

  it('weekly: firstDayOfWeek decides which weeks an every-other-week series skips', () => {
    // Graph: the weeks are counted from the one holding startDate, and a week begins on
    // firstDayOfWeek ("Default is sunday"). 1 March 2026 is a Sunday.
    const everyOtherWeek = (firstDayOfWeek?: Recurrence['firstDayOfWeek']) =>
      days(
        {
          type: 'weekly',
          interval: 2,
          daysOfWeek: ['sunday', 'monday'],
          numberOfOccurrences: 4,
          ...(firstDayOfWeek ? { firstDayOfWeek } : {}),
        },
        '2026-03-01T09:00:00Z',
      );
    expect(everyOtherWeek('sunday')).toEqual(['2026-03-01', '2026-03-02', '2026-03-15', '2026-03-16']);
    expect(everyOtherWeek()).toEqual(everyOtherWeek('sunday'));
    expect(everyOtherWeek('monday')).toEqual(['2026-03-01', '2026-03-09', '2026-03-15', '2026-03-23']);
  });

  it('keeps the wall clock through the autumn overlap, taking the later (standard-time) instant', () => {
    // 02:30 happens twice in Berlin on 25 October 2026; Microsoft documents no choice (see timeZones.ts).
    const appointment = makeAppointment({
      start: new Date('2026-10-24T00:30:00Z'),
      end: new Date('2026-10-24T01:00:00Z'),
      recurrence: makeWeeklyRecurrence({
        type: 'daily',
        startDate: '2026-10-24',
        numberOfOccurrences: 3,
        timeZone: 'Europe/Berlin',
      }),
    });
    expect(occurrencesToCheck(appointment).map((range) => range.start.toISOString())).toEqual([
      '2026-10-24T00:30:00.000Z',
      '2026-10-25T01:30:00.000Z',
      '2026-10-26T01:30:00.000Z',
    ]);
  });
});
