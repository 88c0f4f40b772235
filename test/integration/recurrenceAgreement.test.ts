// The pane's occurrence expansion (src/core/occurrences.ts, hand code on Intl) against the emulator's
// (dev/emulator/recurrence.ts, on Luxon, written separately from Microsoft's recurrence pages): over
// random series of every Graph pattern type, with intervals, all three range types and zones with and
// without DST (Lord Howe's is half an hour), the pane checks exactly the occurrences Graph would
// have, at the same instants, up to its own horizon and count.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { expandRecurrence, type PatternedRecurrence } from '../../dev/emulator/recurrence';
import type { DayOfWeek, Recurrence } from '../../src/core/model';
import { HORIZON_DAYS, MAX_CHECKED_OCCURRENCES, occurrencesToCheck } from '../../src/core/occurrences';
import { makeAppointment } from '../kit/builders';
import { flowSetup, uninstallOutlook, type FlowSetup } from '../kit/harness';

const DAY_MS = 86_400_000;
const DAYS: DayOfWeek[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// None of these changes its clocks at midnight, so an occurrence's wall-clock date is its pattern date.
const ZONES = [
  'UTC',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Kathmandu',
];

const days = fc.subarray(DAYS);
const someDays = fc.subarray(DAYS, { minLength: 1 });
const weekIndex = fc.constantFrom('first', 'second', 'third', 'fourth', 'last' as const);
const pattern: fc.Arbitrary<Partial<Recurrence> & Pick<Recurrence, 'type'>> = fc.oneof(
  fc.record({ type: fc.constant('daily' as const) }),
  fc.record(
    { type: fc.constant('weekly' as const), daysOfWeek: days, firstDayOfWeek: fc.constantFrom(...DAYS) },
    { requiredKeys: ['type', 'daysOfWeek'] },
  ),
  fc.record({ type: fc.constant('absoluteMonthly' as const), dayOfMonth: fc.integer({ min: 1, max: 31 }) }),
  fc.record({ type: fc.constant('relativeMonthly' as const), daysOfWeek: someDays, weekIndex }),
  fc.record({
    type: fc.constant('absoluteYearly' as const),
    month: fc.integer({ min: 1, max: 12 }),
    dayOfMonth: fc.integer({ min: 1, max: 31 }),
  }),
  fc.record({
    type: fc.constant('relativeYearly' as const),
    month: fc.integer({ min: 1, max: 12 }),
    daysOfWeek: someDays,
    weekIndex,
  }),
);
const range = fc.oneof(
  fc.record({ kind: fc.constant('noEnd' as const) }),
  fc.record({ kind: fc.constant('endDate' as const), days: fc.integer({ min: 0, max: 500 }) }),
  fc.record({ kind: fc.constant('numbered' as const), count: fc.integer({ min: 1, max: 80 }) }),
);
const series = fc.record({
  pattern,
  range,
  interval: fc.integer({ min: 1, max: 4 }),
  zone: fc.constantFrom(...ZONES),
  startDay: fc.integer({ min: 0, max: 4 * 365 }),
  // Early-morning hours often, where the DST changes put their gaps and overlaps.
  hour: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 23 })),
  minute: fc.constantFrom(0, 15, 30, 45),
  minutes: fc.integer({ min: 15, max: 240 }),
});

type Series = typeof series extends fc.Arbitrary<infer T> ? T : never;

function product(s: Series): { recurrence: Recurrence; start: Date; end: Date } {
  const startDate = DateTime.fromMillis(Date.UTC(2025, 0, 1) + s.startDay * DAY_MS, { zone: 'utc' });
  const isoDate = startDate.toISODate() ?? '';
  const start = DateTime.fromObject(
    { year: startDate.year, month: startDate.month, day: startDate.day, hour: s.hour, minute: s.minute },
    { zone: s.zone },
  ).toJSDate();
  const recurrence: Recurrence = {
    daysOfWeek: [],
    dayOfMonth: null,
    month: null,
    weekIndex: null,
    ...s.pattern,
    interval: s.interval,
    startDate: isoDate,
    endDate: s.range.kind === 'endDate' ? (startDate.plus({ days: s.range.days }).toISODate() ?? '') : null,
    numberOfOccurrences: s.range.kind === 'numbered' ? s.range.count : null,
    timeZone: s.zone,
  };
  return { recurrence, start, end: new Date(start.getTime() + s.minutes * 60_000) };
}

/** The same series in Graph's words, for the emulator. */
function graph(recurrence: Recurrence): PatternedRecurrence {
  return {
    pattern: {
      type: recurrence.type,
      interval: recurrence.interval,
      daysOfWeek: recurrence.daysOfWeek,
      ...(recurrence.dayOfMonth !== null ? { dayOfMonth: recurrence.dayOfMonth } : {}),
      ...(recurrence.month !== null ? { month: recurrence.month } : {}),
      ...(recurrence.weekIndex !== null ? { index: recurrence.weekIndex } : {}),
      ...(recurrence.firstDayOfWeek ? { firstDayOfWeek: recurrence.firstDayOfWeek } : {}),
    },
    range: recurrence.endDate
      ? { type: 'endDate', startDate: recurrence.startDate, endDate: recurrence.endDate }
      : recurrence.numberOfOccurrences !== null
        ? {
            type: 'numbered',
            startDate: recurrence.startDate,
            numberOfOccurrences: recurrence.numberOfOccurrences,
          }
        : { type: 'noEnd', startDate: recurrence.startDate },
  };
}

test("the pane's occurrences of a series are the emulator's, up to the pane's horizon and count", () => {
  fc.assert(
    fc.property(series, (s) => {
      const { recurrence, start, end } = product(s);
      const length = end.getTime() - start.getTime();
      const pane = occurrencesToCheck(makeAppointment({ start, end, recurrence }));
      // The pane looks HORIZON_DAYS calendar days past the appointment and checks at most
      // MAX_CHECKED_OCCURRENCES; of the emulator's occurrences, those are the ones to compare.
      const lastDay = Math.floor(start.getTime() / DAY_MS) + HORIZON_DAYS;
      const emulator = expandRecurrence(graph(recurrence), start, s.zone, new Date('2100-01-01T00:00:00Z'))
        .filter((instant) => instant.getTime() + length > start.getTime())
        .filter((instant) => {
          const local = DateTime.fromJSDate(instant, { zone: s.zone });
          return Date.UTC(local.year, local.month - 1, local.day) / DAY_MS <= lastDay;
        })
        .slice(0, MAX_CHECKED_OCCURRENCES);
      expect(pane.map((range) => range.start.toISOString())).toEqual(
        emulator.map((instant) => instant.toISOString()),
      );
    }),
    { numRuns: 400 },
  );
});

describe('a series as Outlook reports it', () => {
  afterEach(uninstallOutlook);

  /** Outlook's form holds a series in Berlin; its recurrence is given in Office.js's words. */
  function outlookSeries(
    flow: FlowSetup,
    start: Date,
    recurrenceProperties: Record<string, unknown>,
    type: string,
  ) {
    flow.outlook.mailbox.update({ subject: 'Review', start, end: new Date(start.getTime() + 3_600_000) });
    const series = {
      recurrenceType: type,
      recurrenceProperties,
      recurrenceTimeZone: { name: 'W. Europe Standard Time' },
      seriesTime: { getStartDate: () => start.toISOString().slice(0, 10), getEndDate: () => '2026-06-30' },
    };
    flow.outlook.office.context.mailbox.item.recurrence = {
      ...flow.outlook.office.context.mailbox.item.recurrence,
      getAsync: (...args: unknown[]) => {
        const callback = args.at(-1) as (result: unknown) => void;
        callback({ status: 'succeeded', value: series });
      },
    };
  }

  const graphDates = (pattern: PatternedRecurrence['pattern'], start: Date) =>
    expandRecurrence(
      {
        pattern,
        range: { type: 'endDate', startDate: start.toISOString().slice(0, 10), endDate: '2026-06-30' },
      },
      start,
      'W. Europe Standard Time',
      new Date('2100-01-01T00:00:00Z'),
    ).map((instant) => instant.toISOString());

  it("checks the weeks Graph has for an every-other-week series whose week starts on the user's Monday", async () => {
    const flow = flowSetup();
    const sunday = new Date('2026-03-01T08:00:00Z'); // 09:00 in Berlin
    outlookSeries(flow, sunday, { interval: 2, days: ['sun', 'mon'], firstDayOfWeek: 'mon' }, 'weekly');
    const appointment = await flow.appointment.read();
    const checked = occurrencesToCheck(appointment).map((range) => range.start.toISOString());
    const pattern = { type: 'weekly', interval: 2, daysOfWeek: ['sunday', 'monday'] };
    expect(checked).toEqual(graphDates({ ...pattern, firstDayOfWeek: 'monday' }, sunday));
    expect(checked).not.toEqual(graphDates({ ...pattern, firstDayOfWeek: 'sunday' }, sunday));
    expect(checked.slice(0, 3)).toEqual([
      '2026-03-01T08:00:00.000Z',
      '2026-03-09T08:00:00.000Z',
      '2026-03-15T08:00:00.000Z',
    ]);
  });

  it('checks one day a month for "the second weekday"', async () => {
    const flow = flowSetup();
    const friday = new Date('2026-01-02T08:00:00Z'); // 2 January 2026, the second weekday of the month
    outlookSeries(flow, friday, { interval: 1, dayOfWeek: 'weekday', weekNumber: 'second' }, 'monthly');
    const appointment = await flow.appointment.read();
    const checked = occurrencesToCheck(appointment).map((range) => range.start.toISOString());
    expect(checked).toEqual(
      graphDates(
        {
          type: 'relativeMonthly',
          interval: 1,
          index: 'second',
          daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        },
        friday,
      ),
    );
    expect(checked.slice(0, 3)).toEqual([
      '2026-01-02T08:00:00.000Z',
      '2026-02-03T08:00:00.000Z',
      '2026-03-03T08:00:00.000Z',
    ]);
  });
});
