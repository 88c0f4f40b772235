// The emulator's series expansion against the examples and rules in Microsoft's recurrencePattern
// and recurrenceRange pages (cited in recurrence.ts).
import { expandRecurrence, type PatternedRecurrence } from './recurrence';

const FAR = new Date('2100-01-01T00:00:00Z');

function dates(
  pattern: PatternedRecurrence['pattern'],
  range: Omit<PatternedRecurrence['range'], 'type'> & { type?: string },
  options: { time?: string; zone?: string; until?: Date } = {},
): string[] {
  const first = new Date(`${range.startDate}T${options.time ?? '09:00:00'}Z`);
  return expandRecurrence(
    { pattern, range: { type: 'noEnd', ...range } },
    first,
    options.zone ?? 'UTC',
    options.until ?? FAR,
  ).map((start) => start.toISOString().slice(0, 10));
}

describe('the emulator expands patternedRecurrence', () => {
  it('daily: every interval days, numberOfOccurrences of them', () => {
    expect(
      dates(
        { type: 'daily', interval: 3 },
        { type: 'numbered', startDate: '2026-03-02', numberOfOccurrences: 4 },
      ),
    ).toEqual(['2026-03-02', '2026-03-05', '2026-03-08', '2026-03-11']);
  });

  it('weekly: "Monday and Tuesday of every other week", up to and including endDate', () => {
    expect(
      dates(
        { type: 'weekly', interval: 2, daysOfWeek: ['monday', 'tuesday'], firstDayOfWeek: 'sunday' },
        { type: 'endDate', startDate: '2026-03-02', endDate: '2026-03-31' },
      ),
    ).toEqual(['2026-03-02', '2026-03-03', '2026-03-16', '2026-03-17', '2026-03-30', '2026-03-31']);
  });

  it('weekly: firstDayOfWeek decides which days share a week, and so which weeks are skipped', () => {
    const series = (firstDayOfWeek: string) =>
      dates(
        { type: 'weekly', interval: 2, daysOfWeek: ['sunday', 'monday'], firstDayOfWeek },
        { type: 'numbered', startDate: '2026-03-07', numberOfOccurrences: 4 },
      );
    // 2026-03-07 is a Saturday.
    expect(series('sunday')).toEqual(['2026-03-15', '2026-03-16', '2026-03-29', '2026-03-30']);
    expect(series('monday')).toEqual(['2026-03-08', '2026-03-16', '2026-03-22', '2026-03-30']);
  });

  it('absoluteMonthly: dayOfMonth, or the last day of a month too short for it', () => {
    expect(
      dates(
        { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 },
        { type: 'numbered', startDate: '2026-01-31', numberOfOccurrences: 4 },
      ),
    ).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('relativeMonthly: "the second Thursday or Friday every three months" is one day a month', () => {
    expect(
      dates(
        { type: 'relativeMonthly', interval: 3, daysOfWeek: ['thursday', 'friday'], index: 'second' },
        { type: 'numbered', startDate: '2026-01-01', numberOfOccurrences: 3 },
      ),
    ).toEqual(['2026-01-02', '2026-04-03', '2026-07-03']);
  });

  it('relativeMonthly: the last of the allowed days, index first by default', () => {
    const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
    expect(
      dates(
        { type: 'relativeMonthly', interval: 1, daysOfWeek: weekdays, index: 'last' },
        { type: 'endDate', startDate: '2026-01-01', endDate: '2026-03-31' },
      ),
    ).toEqual(['2026-01-30', '2026-02-27', '2026-03-31']);
    expect(
      dates(
        { type: 'relativeMonthly', interval: 1, daysOfWeek: ['monday'] },
        { type: 'numbered', startDate: '2026-03-01', numberOfOccurrences: 2 },
      ),
    ).toEqual(['2026-03-02', '2026-04-06']);
  });

  it('absoluteYearly: day and month every interval years; 29 February falls back to the 28th', () => {
    expect(
      dates(
        { type: 'absoluteYearly', interval: 1, dayOfMonth: 29, month: 2 },
        { type: 'numbered', startDate: '2024-02-29', numberOfOccurrences: 3 },
      ),
    ).toEqual(['2024-02-29', '2025-02-28', '2026-02-28']);
  });

  it('relativeYearly: "the second Thursday or Friday of every November"', () => {
    expect(
      dates(
        {
          type: 'relativeYearly',
          interval: 1,
          daysOfWeek: ['thursday', 'friday'],
          index: 'second',
          month: 11,
        },
        { type: 'numbered', startDate: '2026-01-01', numberOfOccurrences: 2 },
      ),
    ).toEqual(['2026-11-06', '2027-11-05']);
  });

  it('noEnd: runs until the window asked for', () => {
    expect(
      dates(
        { type: 'weekly', interval: 1, daysOfWeek: ['wednesday'], firstDayOfWeek: 'sunday' },
        { startDate: '2026-03-04' },
        { until: new Date('2026-03-25T09:00:00Z') },
      ),
    ).toEqual(['2026-03-04', '2026-03-11', '2026-03-18']);
  });

  it("keeps the wall-clock time in the event's Windows-named zone across a DST change", () => {
    const starts = expandRecurrence(
      {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'], firstDayOfWeek: 'monday' },
        range: {
          type: 'numbered',
          startDate: '2026-03-23',
          numberOfOccurrences: 2,
          recurrenceTimeZone: 'W. Europe Standard Time',
        },
      },
      new Date('2026-03-23T08:00:00Z'),
      'W. Europe Standard Time',
      FAR,
    );
    // 09:00 in Berlin: CET before 29 March, CEST after.
    expect(starts.map((s) => s.toISOString())).toEqual([
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
  });
});
