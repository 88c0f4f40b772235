// Office.js's recurrence → core's Recurrence (Graph's vocabulary). Office says "monthly" for both the
// absolute (day 4) and relative (first Monday) patterns; which one it is depends on the properties set.
import type { DayOfWeek, Recurrence } from '../core/model';
import { toIanaZone } from '../core/timeZones';

const DAY_NAMES: Record<string, DayOfWeek> = {
  sun: 'sunday',
  mon: 'monday',
  tue: 'tuesday',
  wed: 'wednesday',
  thu: 'thursday',
  fri: 'friday',
  sat: 'saturday',
};
const WEEKDAYS: DayOfWeek[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
/**
 * A relative pattern's dayOfWeek may name a kind of day, which Graph writes as the list of its days
 * (https://learn.microsoft.com/en-us/javascript/api/outlook/office.mailboxenums.days).
 */
const DAY_KINDS = new Map<string, DayOfWeek[]>([
  ['weekday', WEEKDAYS],
  ['weekendday', ['saturday', 'sunday']],
  ['day', ['sunday', ...WEEKDAYS, 'saturday']],
]);
const WEEK_NUMBERS: Record<string, Recurrence['weekIndex']> = {
  first: 'first',
  second: 'second',
  third: 'third',
  fourth: 'fourth',
  last: 'last',
};

const day = (value: unknown): DayOfWeek | null =>
  typeof value === 'string' ? (DAY_NAMES[value.slice(0, 3).toLowerCase()] ?? null) : null;

export function fromOfficeRecurrence(
  recurrence: Office.Recurrence | null,
  fallbackZone: string,
): Recurrence | null {
  if (!recurrence?.recurrenceType) return null;
  const props = recurrence.recurrenceProperties ?? ({} as Office.RecurrenceProperties);
  const days = (props.days ?? []).map(day).filter((d): d is DayOfWeek => d !== null);
  const single = day(props.dayOfWeek);
  const kind = DAY_KINDS.get(String(props.dayOfWeek).toLowerCase());
  const dayOfWeek = kind ?? (single ? [single] : null);
  const relative = Boolean(props.weekNumber && dayOfWeek);
  const base = {
    interval: props.interval ?? 1,
    dayOfMonth: props.dayOfMonth ?? null,
    month: props.month
      ? ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
          String(props.month).slice(0, 3).toLowerCase(),
        ) + 1 || null
      : null,
    weekIndex: relative ? (WEEK_NUMBERS[String(props.weekNumber).toLowerCase()] ?? 'first') : null,
    startDate: recurrence.seriesTime.getStartDate(),
    endDate: recurrence.seriesTime.getEndDate() || null,
    numberOfOccurrences: null,
    timeZone: toIanaZone(recurrence.recurrenceTimeZone?.name ?? '') ?? fallbackZone,
    // Office gives the week's first day the user chose, or else their setting
    // (https://learn.microsoft.com/en-us/javascript/api/outlook/office.recurrenceproperties).
    firstDayOfWeek: day(props.firstDayOfWeek) ?? undefined,
  };
  switch (String(recurrence.recurrenceType).toLowerCase()) {
    case 'daily':
      return { ...base, type: 'daily', daysOfWeek: [] };
    case 'weekday':
      return { ...base, type: 'weekly', interval: 1, daysOfWeek: WEEKDAYS };
    case 'weekly':
      return { ...base, type: 'weekly', daysOfWeek: days };
    case 'monthly':
      return {
        ...base,
        type: relative ? 'relativeMonthly' : 'absoluteMonthly',
        daysOfWeek: relative && dayOfWeek ? dayOfWeek : [],
      };
    case 'yearly':
      return {
        ...base,
        type: relative ? 'relativeYearly' : 'absoluteYearly',
        daysOfWeek: relative && dayOfWeek ? dayOfWeek : [],
      };
    default:
      return null;
  }
}
