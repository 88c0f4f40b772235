// Expands Graph's patternedRecurrence into occurrence starts, written from Microsoft's descriptions of
// recurrencePattern (https://learn.microsoft.com/en-us/graph/api/resources/recurrencepattern) and
// recurrenceRange (https://learn.microsoft.com/en-us/graph/api/resources/recurrencerange). Occurrences
// keep the series' wall-clock start in the event's time zone across DST changes.
import type { DateTime } from 'luxon';
import { atWallClock, calendarDate, dateIn, ianaZone, wallClockOf } from './time';

export interface PatternedRecurrence {
  readonly pattern: {
    readonly type: string;
    readonly interval?: number;
    readonly daysOfWeek?: readonly string[];
    readonly dayOfMonth?: number;
    readonly month?: number;
    readonly index?: string;
    readonly firstDayOfWeek?: string;
  };
  readonly range: {
    readonly type: string;
    readonly startDate: string;
    readonly endDate?: string;
    readonly numberOfOccurrences?: number;
    readonly recurrenceTimeZone?: string;
  };
}

type Pattern = PatternedRecurrence['pattern'];

/** Exchange expands series lazily; the emulator looks at most this far and this many ahead. */
const MAX_OCCURRENCES = 500;
const HORIZON_DAYS = 2 * 366;
/** Luxon numbers weekdays 1 (Monday) to 7 (Sunday). */
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const INDEXES = ['first', 'second', 'third', 'fourth'];

function weekdayNumber(name: string | undefined): number | null {
  const index = WEEKDAYS.indexOf(name?.toLowerCase() ?? '');
  return index < 0 ? null : index + 1;
}

function weekdaysOf(pattern: Pattern): number[] {
  return (pattern.daysOfWeek ?? []).map(weekdayNumber).filter((day): day is number => day !== null);
}

/** Every `interval` days from startDate. */
function* daily(pattern: Pattern, start: DateTime, horizon: DateTime): Generator<DateTime> {
  const interval = Math.max(1, pattern.interval ?? 1);
  for (let date = start; date <= horizon; date = date.plus({ days: interval })) yield date;
}

/**
 * The days of daysOfWeek in every `interval`-th week, counted from the week that holds startDate; a
 * week begins on firstDayOfWeek, "Default is sunday".
 */
function* weekly(pattern: Pattern, start: DateTime, horizon: DateTime): Generator<DateTime> {
  const interval = Math.max(1, pattern.interval ?? 1);
  const firstDay = weekdayNumber(pattern.firstDayOfWeek) ?? 7;
  const days = weekdaysOf(pattern);
  const offsets = (days.length > 0 ? days : [start.weekday])
    .map((day) => (day - firstDay + 7) % 7)
    .sort((a, b) => a - b);
  const firstWeek = start.minus({ days: (start.weekday - firstDay + 7) % 7 });
  for (let week = firstWeek; week <= horizon; week = week.plus({ weeks: interval })) {
    for (const offset of offsets) {
      const date = week.plus({ days: offset });
      if (date >= start && date <= horizon) yield date;
    }
  }
}

/** The months the pattern runs in: every `interval` months (or years, for the yearly types). */
function* months(pattern: Pattern, start: DateTime, horizon: DateTime, yearly: boolean): Generator<DateTime> {
  const interval = Math.max(1, pattern.interval ?? 1);
  const first = yearly
    ? start.startOf('month').set({ month: pattern.month ?? start.month })
    : start.startOf('month');
  for (let month = first; month <= horizon; month = month.plus({ months: yearly ? 12 * interval : interval }))
    yield month;
}

/**
 * dayOfMonth of each month; in a month too short for it, the month's last day ("If for a particular
 * month this value is larger than the number of days in the month, the last day of the month is
 * assumed": https://learn.microsoft.com/en-us/exchange/client-developer/web-service-reference/dayofmonth).
 */
function* absolute(
  pattern: Pattern,
  start: DateTime,
  horizon: DateTime,
  yearly: boolean,
): Generator<DateTime> {
  for (const month of months(pattern, start, horizon, yearly)) {
    const date = month.set({ day: Math.min(pattern.dayOfMonth ?? start.day, month.daysInMonth ?? 28) });
    if (date >= start && date <= horizon) yield date;
  }
}

/**
 * One day a month: of the month's days that are in daysOfWeek, the `index`-th ("counted from the first
 * instance in the month"; with several days, "the first day that satisfies the pattern"), or the last.
 */
function* relative(
  pattern: Pattern,
  start: DateTime,
  horizon: DateTime,
  yearly: boolean,
): Generator<DateTime> {
  const days = weekdaysOf(pattern);
  const index = pattern.index?.toLowerCase() ?? 'first';
  for (const month of months(pattern, start, horizon, yearly)) {
    const allowed = Array.from({ length: month.daysInMonth ?? 28 }, (_, i) => month.plus({ days: i })).filter(
      (date) => days.includes(date.weekday),
    );
    const date = index === 'last' ? allowed[allowed.length - 1] : allowed[INDEXES.indexOf(index)];
    if (date && date >= start && date <= horizon) yield date;
  }
}

function patternDates(pattern: Pattern, start: DateTime, horizon: DateTime): Iterable<DateTime> {
  switch (pattern.type) {
    case 'daily':
      return daily(pattern, start, horizon);
    case 'weekly':
      return weekly(pattern, start, horizon);
    case 'absoluteMonthly':
    case 'absoluteYearly':
      return absolute(pattern, start, horizon, pattern.type === 'absoluteYearly');
    case 'relativeMonthly':
    case 'relativeYearly':
      return relative(pattern, start, horizon, pattern.type === 'relativeYearly');
    default:
      return [];
  }
}

/**
 * Start instants of the series' occurrences that begin before `until`. The range is endDate
 * (inclusive), numbered (numberOfOccurrences) or noEnd; its dates are in recurrenceTimeZone, "If not
 * specified, the time zone of the event is used".
 */
export function expandRecurrence(
  recurrence: PatternedRecurrence,
  firstStart: Date,
  eventZone: string,
  until: Date,
): Date[] {
  const zone = ianaZone(eventZone) ?? 'UTC';
  const { range } = recurrence;
  const rangeZone = ianaZone(range.recurrenceTimeZone ?? '') ?? zone;
  const start = calendarDate(range.startDate);
  const end = range.type === 'endDate' && range.endDate ? calendarDate(range.endDate) : null;
  const limit = Math.min(
    range.type === 'numbered' ? (range.numberOfOccurrences ?? 1) : Infinity,
    MAX_OCCURRENCES,
  );
  const wall = wallClockOf(firstStart, zone);
  const starts: Date[] = [];
  for (const date of patternDates(recurrence.pattern, start, start.plus({ days: HORIZON_DAYS }))) {
    if (starts.length >= limit) break;
    const instant = atWallClock(date, wall, zone);
    if (instant >= until || (end && dateIn(instant, rangeZone) > end)) break;
    starts.push(instant);
  }
  return starts;
}
