// Expands Graph's patternedRecurrence into occurrence instants. Occurrences keep the series' wall-clock
// start in its time zone across DST changes, as Exchange does.
import { toIanaZone, wallClockOf, wallClockToUtc } from '../../src/core/timeZones';

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

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const INDEXES = ['first', 'second', 'third', 'fourth'];
const DAY_MS = 86_400_000;
/** Exchange expands series lazily; the emulator looks at most this far and this many ahead. */
const MAX_OCCURRENCES = 500;
const HORIZON_DAYS = 2 * 366;

function parseDate(value: string): number {
  const [y, m, d] = value.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function matchesDay(
  type: string,
  pattern: PatternedRecurrence['pattern'],
  dayMs: number,
  startMs: number,
): boolean {
  const date = new Date(dayMs);
  const interval = Math.max(1, pattern.interval ?? 1);
  const weekday = DAYS[date.getUTCDay()] ?? '';
  switch (type) {
    case 'daily':
      return Math.round((dayMs - startMs) / DAY_MS) % interval === 0;
    case 'weekly': {
      const days = pattern.daysOfWeek?.length
        ? pattern.daysOfWeek
        : [DAYS[new Date(startMs).getUTCDay()] ?? ''];
      const weekStart = (ms: number) => ms - new Date(ms).getUTCDay() * DAY_MS;
      const weeks = Math.round((weekStart(dayMs) - weekStart(startMs)) / (7 * DAY_MS));
      return weeks % interval === 0 && days.map((d) => d.toLowerCase()).includes(weekday);
    }
    case 'absoluteMonthly':
    case 'absoluteYearly': {
      const start = new Date(startMs);
      const months =
        (date.getUTCFullYear() - start.getUTCFullYear()) * 12 + date.getUTCMonth() - start.getUTCMonth();
      const step = type === 'absoluteYearly' ? 12 * interval : interval;
      const month =
        type === 'absoluteYearly' ? (pattern.month ?? start.getUTCMonth() + 1) - 1 : date.getUTCMonth();
      return (
        months % step === 0 &&
        date.getUTCMonth() === month &&
        date.getUTCDate() === (pattern.dayOfMonth ?? start.getUTCDate())
      );
    }
    case 'relativeMonthly':
    case 'relativeYearly': {
      const start = new Date(startMs);
      const months =
        (date.getUTCFullYear() - start.getUTCFullYear()) * 12 + date.getUTCMonth() - start.getUTCMonth();
      const step = type === 'relativeYearly' ? 12 * interval : interval;
      if (months % step !== 0) return false;
      if (type === 'relativeYearly' && date.getUTCMonth() !== (pattern.month ?? 1) - 1) return false;
      if (!(pattern.daysOfWeek ?? []).map((d) => d.toLowerCase()).includes(weekday)) return false;
      const nth = Math.floor((date.getUTCDate() - 1) / 7);
      if (pattern.index === 'last') return new Date(dayMs + 7 * DAY_MS).getUTCMonth() !== date.getUTCMonth();
      return INDEXES[nth] === (pattern.index ?? 'first');
    }
    default:
      return false;
  }
}

/** Start instants of the series' occurrences that begin before `until`. */
export function expandRecurrence(
  recurrence: PatternedRecurrence,
  firstStart: Date,
  fallbackZone: string,
  until: Date,
): Date[] {
  const zone = toIanaZone(recurrence.range.recurrenceTimeZone ?? '') ?? fallbackZone;
  const wall = wallClockOf(firstStart, zone);
  const startMs = parseDate(recurrence.range.startDate);
  const endMs =
    recurrence.range.type === 'endDate' && recurrence.range.endDate
      ? parseDate(recurrence.range.endDate)
      : Infinity;
  const count =
    recurrence.range.type === 'numbered' ? (recurrence.range.numberOfOccurrences ?? 1) : MAX_OCCURRENCES;
  const starts: Date[] = [];
  for (let day = startMs; day <= Math.min(endMs, startMs + HORIZON_DAYS * DAY_MS); day += DAY_MS) {
    if (starts.length >= Math.min(count, MAX_OCCURRENCES)) break;
    if (!matchesDay(recurrence.pattern.type, recurrence.pattern, day, startMs)) continue;
    const date = new Date(day);
    const start = wallClockToUtc(
      {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: wall.hour,
        minute: wall.minute,
        second: wall.second,
      },
      zone,
    );
    if (start >= until) break;
    starts.push(start);
  }
  return starts;
}
