// The times to check for an appointment: itself, or each occurrence of its series up to a horizon.
// Occurrences keep the series' wall-clock time in its zone across DST, as Exchange does.
import type { Appointment, DayOfWeek, Recurrence, TimeRange } from './model';
import { wallClockOf, wallClockToUtc } from './timeZones';

/** A series is checked up to this many occurrences within this many days (the UI says "k of n checked"). */
export const MAX_CHECKED_OCCURRENCES = 52;
export const HORIZON_DAYS = 366;

const DAY_MS = 86_400_000;
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

const dayNumber = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
};

function monthsBetween(a: Date, b: Date): number {
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
}

function isNthWeekday(date: Date, recurrence: Recurrence): boolean {
  if (!recurrence.daysOfWeek.includes(DAYS[date.getUTCDay()] ?? 'sunday')) return false;
  if (recurrence.weekIndex === 'last')
    return new Date(date.getTime() + 7 * DAY_MS).getUTCMonth() !== date.getUTCMonth();
  return WEEK_INDEX[Math.floor((date.getUTCDate() - 1) / 7)] === (recurrence.weekIndex ?? 'first');
}

/** True when the series has an occurrence on this calendar day (a UTC-midnight Date standing for the day). */
function occursOn(recurrence: Recurrence, day: Date, first: Date): boolean {
  const interval = Math.max(1, recurrence.interval);
  switch (recurrence.type) {
    case 'daily':
      return Math.round((day.getTime() - first.getTime()) / DAY_MS) % interval === 0;
    case 'weekly': {
      const weekOf = (d: Date) => d.getTime() / DAY_MS - d.getUTCDay();
      const weeks = Math.round((weekOf(day) - weekOf(first)) / 7);
      const days =
        recurrence.daysOfWeek.length > 0 ? recurrence.daysOfWeek : [DAYS[first.getUTCDay()] ?? 'monday'];
      return weeks % interval === 0 && days.includes(DAYS[day.getUTCDay()] ?? 'sunday');
    }
    case 'absoluteMonthly':
      return (
        monthsBetween(first, day) % interval === 0 &&
        day.getUTCDate() === (recurrence.dayOfMonth ?? first.getUTCDate())
      );
    case 'relativeMonthly':
      return monthsBetween(first, day) % interval === 0 && isNthWeekday(day, recurrence);
    case 'absoluteYearly':
      return (
        monthsBetween(first, day) % (12 * interval) === 0 &&
        day.getUTCMonth() + 1 === (recurrence.month ?? first.getUTCMonth() + 1) &&
        day.getUTCDate() === (recurrence.dayOfMonth ?? first.getUTCDate())
      );
    case 'relativeYearly':
      return day.getUTCMonth() + 1 === (recurrence.month ?? 1) && isNthWeekday(day, recurrence);
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
  const first = new Date(firstDay * DAY_MS);
  const ranges: TimeRange[] = [];
  let counted = 0;
  for (
    let day = firstDay;
    day <= lastDay && counted < limit && ranges.length < MAX_CHECKED_OCCURRENCES;
    day += 1
  ) {
    const date = new Date(day * DAY_MS);
    if (!occursOn(recurrence, date, first)) continue;
    counted += 1;
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
