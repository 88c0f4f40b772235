// The times to check for an appointment: itself, or each occurrence of its series up to a horizon.
// The dates follow Graph's recurrencePattern and recurrenceRange
// (https://learn.microsoft.com/en-us/graph/api/resources/recurrencepattern,
// https://learn.microsoft.com/en-us/graph/api/resources/recurrencerange); each occurrence keeps the
// series' wall-clock time in its zone across DST (wallClockToUtc says how a skipped or repeated time
// is read). docs/architecture.md says why this is hand code and not a recurrence library.
import type { Appointment, DayOfWeek, Recurrence, TimeRange } from './model';
import { wallClockOf, wallClockToUtc } from './timeZones';

/** A series is checked up to this many occurrences within this many days (the UI says "k of n checked"). */
export const MAX_CHECKED_OCCURRENCES = 52;
export const HORIZON_DAYS = 366;

const DAY_MS = 86_400_000;
/** In Date's order: getUTCDay() 0 is Sunday. */
const DAYS: readonly DayOfWeek[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
const WEEK_INDEX = ['first', 'second', 'third', 'fourth'] as const;

/** Days are counted as whole days since 1970-01-01, a Thursday; calendar arithmetic without DST. */
const dayNumber = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
};
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;
const dateOf = (day: number): Date => new Date(day * DAY_MS);

/** The first day of a month (counted as year × 12 + Date's month index), and the month's length. */
function month(index: number): { first: number; length: number } {
  const year = Math.floor(index / 12);
  const monthIndex = index - year * 12;
  const first = Date.UTC(year, monthIndex, 1) / DAY_MS;
  return { first, length: Date.UTC(year, monthIndex + 1, 1) / DAY_MS - first };
}

/** Every `interval` days from the first. */
function* daily(interval: number, first: number, last: number): Generator<number> {
  for (let day = first; day <= last; day += interval) yield day;
}

/**
 * daysOfWeek in every `interval`-th week, counted from the week that holds startDate; weeks begin on
 * firstDayOfWeek, so it decides which weeks an every-other-week series skips.
 */
function* weekly(recurrence: Recurrence, interval: number, first: number, last: number): Generator<number> {
  const weekStart = DAYS.indexOf(recurrence.firstDayOfWeek ?? 'sunday');
  const days =
    recurrence.daysOfWeek.length > 0 ? recurrence.daysOfWeek.map((d) => DAYS.indexOf(d)) : [weekdayOf(first)];
  const offsets = [...new Set(days.map((d) => (d - weekStart + 7) % 7))].sort((a, b) => a - b);
  for (let week = first - ((weekdayOf(first) - weekStart + 7) % 7); week <= last; week += 7 * interval) {
    for (const offset of offsets) if (week + offset >= first && week + offset <= last) yield week + offset;
  }
}

/**
 * The pattern's day in each `step`-th month, from `firstMonth` on. Absolute: dayOfMonth, or the
 * month's last day when the month is shorter (EWS's DayOfMonth: "If for a particular month this value
 * is larger than the number of days in the month, the last day of the month is assumed",
 * https://learn.microsoft.com/en-us/exchange/client-developer/web-service-reference/dayofmonth).
 * Relative: one day a month, the `index`-th of the month's days that are in daysOfWeek ("the second
 * Thursday or Friday" is whichever of them comes second), or the last of them.
 */
function* monthly(
  recurrence: Recurrence,
  firstMonth: number,
  step: number,
  first: number,
  last: number,
): Generator<number> {
  const relative = recurrence.type === 'relativeMonthly' || recurrence.type === 'relativeYearly';
  const allowed = new Set(recurrence.daysOfWeek.map((d) => DAYS.indexOf(d)));
  const dayOfMonth = recurrence.dayOfMonth ?? dateOf(first).getUTCDate();
  for (let m = firstMonth; month(m).first <= last; m += step) {
    const { first: monthStart, length } = month(m);
    let day: number | undefined;
    if (!relative) {
      day = monthStart + Math.min(dayOfMonth, length) - 1;
    } else {
      const matching: number[] = [];
      for (let d = monthStart; d < monthStart + length; d += 1)
        if (allowed.has(weekdayOf(d))) matching.push(d);
      day =
        recurrence.weekIndex === 'last'
          ? matching[matching.length - 1]
          : matching[WEEK_INDEX.indexOf(recurrence.weekIndex ?? 'first')];
    }
    if (day !== undefined && day >= first && day <= last) yield day;
  }
}

/** The series' days from `first` to `last`, in order. */
function patternDays(recurrence: Recurrence, first: number, last: number): Iterable<number> {
  const interval = Math.max(1, recurrence.interval);
  const start = dateOf(first);
  const startMonth = start.getUTCFullYear() * 12 + start.getUTCMonth();
  switch (recurrence.type) {
    case 'daily':
      return daily(interval, first, last);
    case 'weekly':
      return weekly(recurrence, interval, first, last);
    case 'absoluteMonthly':
    case 'relativeMonthly':
      return monthly(recurrence, startMonth, interval, first, last);
    case 'absoluteYearly':
    case 'relativeYearly': {
      // The year's month is `month`; in startDate's year it may lie before startDate, and is then skipped.
      const firstMonth = startMonth - start.getUTCMonth() + (recurrence.month ?? start.getUTCMonth() + 1) - 1;
      return monthly(recurrence, firstMonth, 12 * interval, first, last);
    }
  }
}

/** Midnight `days` calendar days after `day`, in `zone`: an all-day occurrence on a DST day lasts 23 or 25 hours. */
function localMidnightAfter(day: number, days: number, zone: string): Date {
  const date = new Date((day + days) * DAY_MS);
  return wallClockToUtc(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: 0,
      minute: 0,
      second: 0,
    },
    zone,
  );
}

/** The occurrences to check, in time order; `from` skips occurrences already over. */
export function occurrencesToCheck(appointment: Appointment, from: Date = appointment.start): TimeRange[] {
  const { recurrence } = appointment;
  if (!recurrence) return [{ start: appointment.start, end: appointment.end }];
  const length = appointment.end.getTime() - appointment.start.getTime();
  const wall = wallClockOf(appointment.start, recurrence.timeZone);
  const firstDay = dayNumber(recurrence.startDate);
  const lastDay = Math.min(
    recurrence.endDate ? dayNumber(recurrence.endDate) : Infinity,
    Math.floor(from.getTime() / DAY_MS) + HORIZON_DAYS,
  );
  const limit = recurrence.numberOfOccurrences ?? Infinity;
  const ranges: TimeRange[] = [];
  let counted = 0;
  for (const day of patternDays(recurrence, firstDay, lastDay)) {
    if (counted >= limit || ranges.length >= MAX_CHECKED_OCCURRENCES) break;
    counted += 1;
    const date = dateOf(day);
    const start = wallClockToUtc(
      {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: wall.hour,
        minute: wall.minute,
        second: wall.second,
      },
      recurrence.timeZone,
    );
    const end = appointment.isAllDay
      ? localMidnightAfter(day, Math.max(1, Math.round(length / DAY_MS)), recurrence.timeZone)
      : new Date(start.getTime() + length);
    if (end > from) ranges.push({ start, end });
  }
  return ranges;
}

/** getSchedule windows must be shorter than 62 days: group occurrences into windows of at most 60. */
export function scheduleWindows(ranges: readonly TimeRange[], maxDays = 60): TimeRange[] {
  const windows: { start: Date; end: Date }[] = [];
  for (const range of ranges) {
    const current = windows[windows.length - 1];
    if (current && range.end.getTime() - current.start.getTime() <= maxDays * DAY_MS) {
      if (range.end > current.end) current.end = range.end;
    } else {
      windows.push({ start: range.start, end: range.end });
    }
  }
  return windows;
}
