// Graph's dateTimeTimeZone for the emulator, on Luxon and CLDR's Windows→IANA table. The emulator
// keeps its own time handling, apart from the product's (src/core/timeZones.ts), so that a bug in
// one shows up as a disagreement in the integration tests instead of on both sides of them.
import { DateTime, IANAZone } from 'luxon';
import { findIana } from 'windows-iana';

const resolved = new Map<string, string | null>();

/**
 * The IANA zone a dateTimeTimeZone's timeZone names, or null when Graph would not know it. Graph takes
 * "any of the time zones currently supported by Windows, as well as the other time zones supported by
 * the calendar API" (IANA names): https://learn.microsoft.com/en-us/graph/api/resources/datetimetimezone.
 * A Windows name resolves through CLDR's windowsZones table to the zone of territory 001, the one
 * CLDR gives for the Windows zone as a whole. Only "UTC" is in both vocabularies, meaning the same.
 */
export function ianaZone(name: string): string | null {
  let zone = resolved.get(name);
  if (zone === undefined) {
    zone = IANAZone.isValidZone(name) ? name : (findIana(name, '001')[0] ?? null);
    resolved.set(name, zone);
  }
  return zone;
}

/**
 * Microsoft does not document how Exchange reads a wall-clock time that a DST change skips or repeats.
 * The emulator chooses, as the product does: a skipped time moves forward by the gap (Luxon's reading),
 * a repeated one is the later, standard-time instant. Luxon alone would pick the repeated time's offset
 * from the one in force when the code runs, so the answer would change with the season; its list of
 * the possible readings makes the choice fixed.
 */
function laterReading(local: DateTime): DateTime {
  return local
    .getPossibleOffsets()
    .reduce((later, reading) => (reading.toMillis() > later.toMillis() ? reading : later), local);
}

/**
 * The instant a Graph dateTime ("2019-03-15T12:00:00.0000000") names in the zone, or null when either
 * is unreadable.
 */
export function parseGraphDateTime(dateTime: string, zoneName: string): Date | null {
  const zone = ianaZone(zoneName);
  if (!zone) return null;
  const parsed = DateTime.fromISO(dateTime, { zone });
  return parsed.isValid ? laterReading(parsed).toJSDate() : null;
}

/** Graph's dateTime form of an instant in an IANA zone: "2019-03-15T12:00:00.0000000". */
export function formatGraphDateTime(instant: Date, zone: string): string {
  // getSchedule writes thousands of these per answer, nearly always in UTC (Roombook prefers it):
  // there Date's own ISO form is the answer, elsewhere Luxon's toISO (6× faster than toFormat).
  if (zone === 'UTC') return `${instant.toISOString().slice(0, 23)}0000`;
  const local = DateTime.fromJSDate(instant, { zone }).toISO({ includeOffset: false });
  if (!local) throw new RangeError(`Not a time zone: ${zone}`);
  return `${local}0000`;
}

/** A calendar date ("2026-03-04") as a Luxon date at midnight UTC, for day arithmetic without DST. */
export function calendarDate(date: string): DateTime {
  return DateTime.fromISO(date, { zone: 'utc' }).startOf('day');
}

export interface WallClock {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/** The time of day `zone` shows at an instant. */
export function wallClockOf(instant: Date, zone: string): WallClock {
  const { hour, minute, second, millisecond } = DateTime.fromJSDate(instant, { zone });
  return { hour, minute, second, millisecond };
}

/** The instant at which `zone` shows this calendar date at this time of day. */
export function atWallClock(date: DateTime, wall: WallClock, zone: string): Date {
  return laterReading(
    DateTime.fromObject({ year: date.year, month: date.month, day: date.day, ...wall }, { zone }),
  ).toJSDate();
}

/** The calendar date an instant falls on in `zone`. */
export function dateIn(instant: Date, zone: string): DateTime {
  const local = DateTime.fromJSDate(instant, { zone });
  return DateTime.fromObject({ year: local.year, month: local.month, day: local.day }, { zone: 'utc' });
}

/** `days` calendar days after `instant` in `zone`, same wall clock: 23 or 25 hours across a DST change. */
export function plusLocalDays(instant: Date, days: number, zone: string): Date {
  return DateTime.fromJSDate(instant, { zone }).plus({ days }).toJSDate();
}
