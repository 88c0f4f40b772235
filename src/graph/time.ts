// Graph's dateTimeTimeZone → instant. Roombook asks for UTC (Prefer: outlook.timezone="UTC"), but a
// response in another zone (as in Microsoft's samples) is still read correctly.
import { parseZonedDateTime } from '../core/timeZones';

/** The instant, or null when the date or the zone cannot be read (a hostile zone name included). */
export function instantOf(value: { dateTime: string; timeZone?: string | null | undefined }): Date | null {
  const zone = value.timeZone || 'UTC';
  // Names such as __proto__ or constructor would reach a lookup table's built-ins, not a zone.
  if (zone in Object.prototype) return null;
  try {
    const parsed = parseZonedDateTime(value.dateTime, zone);
    return parsed && Number.isFinite(parsed.getTime()) ? parsed : null;
  } catch {
    return null;
  }
}

/** The form Graph takes in request bodies: UTC wall clock without offset. */
export function utcDateTime(date: Date): { dateTime: string; timeZone: 'UTC' } {
  return { dateTime: date.toISOString().slice(0, 19), timeZone: 'UTC' };
}
