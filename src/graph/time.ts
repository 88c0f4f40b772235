// Graph's dateTimeTimeZone → instant. Roombook asks for UTC (Prefer: outlook.timezone="UTC"), but a
// response in another zone (as in Microsoft's samples) is still read correctly.
import { parseZonedDateTime } from '../core/timeZones';

export function instantOf(value: { dateTime: string; timeZone?: string | null | undefined }): Date {
  const parsed = parseZonedDateTime(value.dateTime, value.timeZone || 'UTC');
  if (!parsed) throw new RangeError(`Unreadable date ${value.dateTime} ${value.timeZone ?? ''}`);
  return parsed;
}

/** The form Graph takes in request bodies: UTC wall clock without offset. */
export function utcDateTime(date: Date): { dateTime: string; timeZone: 'UTC' } {
  return { dateTime: date.toISOString().slice(0, 19), timeZone: 'UTC' };
}
