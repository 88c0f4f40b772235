// Exchange and Office.js name time zones the Windows way ("W. Europe Standard Time"); browsers and
// Intl speak IANA. Windows names map through CLDR's windowsZones table, which the windows-iana
// package ships and keeps up to date with CLDR: one table, shared by every layer that crosses over.
// Only the table is imported, not the package's lookup functions, whose alias table the pane does not
// need (see docs/architecture.md for what it costs the bundle).
import { WINDOWS_TO_IANA_MAP } from 'windows-iana';

let windowsZones: ReadonlyMap<string, string> | undefined;

/**
 * Each Windows zone's IANA zone: CLDR's entry for territory 001, the zone it gives for the Windows zone
 * as a whole (the other entries list, country by country, the zones that follow it).
 */
function windowsToIana(): ReadonlyMap<string, string> {
  windowsZones ??= new Map(
    WINDOWS_TO_IANA_MAP.filter((entry) => entry.territory === '001').flatMap((entry) =>
      entry.iana[0] ? [[entry.windowsName, entry.iana[0]] as const] : [],
    ),
  );
  return windowsZones;
}

function isIanaZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const resolved = new Map<string, string | null>();

/** The IANA zone for a Windows or IANA name, or null when the name is neither. */
export function toIanaZone(name: string): string | null {
  const trimmed = name.trim();
  let zone = resolved.get(trimmed);
  if (zone === undefined) {
    // "UTC" is the one name in both vocabularies (CLDR maps it to Etc/UTC, the same zone); read as
    // IANA it keeps wallClockOf's fast path.
    zone = trimmed !== '' && isIanaZone(trimmed) ? trimmed : (windowsToIana().get(trimmed) ?? null);
    resolved.set(trimmed, zone);
  }
  return zone;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(zone, formatter);
  }
  return formatter;
}

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The wall-clock time in `zone` at the instant `date`. */
export function wallClockOf(date: Date, zone: string): WallClock {
  // Graph answers in UTC (Prefer: outlook.timezone="UTC"), so a busy year of schedules is read through
  // here hundreds of thousands of times; UTC needs no Intl formatter, which costs microseconds a call.
  if (zone === 'UTC') {
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
    };
  }
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(date)
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Minutes `zone` is ahead of UTC at the instant `date`. */
export function zoneOffsetMinutes(date: Date, zone: string): number {
  const w = wallClockOf(date, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant at which `zone` shows this wall-clock time. Microsoft documents neither how Exchange
 * reads a time that a DST change skips nor one it repeats, so Roombook chooses, and the emulator
 * (dev/emulator/time.ts) makes the same choice: in a gap the time takes the offset from before the
 * change (02:30 becomes 03:30); in an overlap it is the later instant, standard time, the assumption
 * .NET's guide shows for ambiguous times
 * (https://learn.microsoft.com/en-us/dotnet/standard/datetime/resolve-ambiguous-times).
 */
export function wallClockToUtc(wall: WallClock, zone: string): Date {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  if (zone === 'UTC') return new Date(naive);
  // The offsets a day before and after: at most one change lies between them.
  const before = naive - zoneOffsetMinutes(new Date(naive - 86_400_000), zone) * 60000;
  const after = naive - zoneOffsetMinutes(new Date(naive + 86_400_000), zone) * 60000;
  const shows = (instant: number) => {
    const w = wallClockOf(new Date(instant), zone);
    return (
      w.year === wall.year &&
      w.month === wall.month &&
      w.day === wall.day &&
      w.hour === wall.hour &&
      w.minute === wall.minute
    );
  };
  const valid = [before, after].filter(shows);
  // Neither shows it: the time falls in the gap, and takes the offset from before the change.
  return new Date(valid.length > 0 ? Math.max(...valid) : before);
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/** Parses Graph's `dateTimeTimeZone` ("2019-03-15T12:00:00.0000000" + zone name) into an instant. */
export function parseZonedDateTime(dateTime: string, zoneName: string): Date | null {
  const zone = toIanaZone(zoneName);
  const match = LOCAL_DATE_TIME.exec(dateTime.replace(/Z$/, ''));
  if (!zone || !match) return null;
  const [, y, mo, d, h, mi, s] = match;
  return wallClockToUtc(
    {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h ?? 0),
      minute: Number(mi ?? 0),
      second: Number(s ?? 0),
    },
    zone,
  );
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Graph's dateTime form of an instant in `zone`: "2019-03-15T12:00:00.0000000". */
export function formatZonedDateTime(date: Date, zone: string): string {
  const w = wallClockOf(date, zone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}.0000000`;
}
