import { WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { parseZonedDateTime, toIanaZone, wallClockToUtc } from './timeZones';

const utc = (wall: string, zone = 'Europe/Berlin') => {
  const [y, mo, d, h, mi] = wall.split(/[-T:]/).map(Number);
  return wallClockToUtc(
    { year: y ?? 0, month: mo ?? 1, day: d ?? 1, hour: h ?? 0, minute: mi ?? 0, second: 0 },
    zone,
  ).toISOString();
};

describe('wall-clock time to UTC', () => {
  it('uses the offset in force at that wall-clock time, also in the hour before the spring change', () => {
    expect(utc('2026-03-29T00:30')).toBe('2026-03-28T23:30:00.000Z');
    expect(utc('2026-03-29T01:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(utc('2026-03-29T03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(utc('2026-10-25T01:30')).toBe('2026-10-24T23:30:00.000Z');
    expect(utc('2026-10-25T03:30')).toBe('2026-10-25T02:30:00.000Z');
  });

  it('takes the offset before the change in a gap, and the later (standard-time) instant in an overlap', () => {
    expect(utc('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(utc('2026-10-25T02:30')).toBe('2026-10-25T01:30:00.000Z');
    expect(utc('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
    expect(utc('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T06:30:00.000Z');
    // The southern hemisphere falls back in April: 02:30 repeats in Sydney on 5 April 2026.
    expect(utc('2026-04-05T02:30', 'Australia/Sydney')).toBe('2026-04-04T16:30:00.000Z');
  });
});

describe('Windows time-zone names', () => {
  // Every Windows zone CLDR's windowsZones table knows, read from the package that ships it.
  const windowsNames = [...new Set(WINDOWS_TO_IANA_MAP.map((entry) => entry.windowsName))];

  it('come from the whole CLDR table', () => {
    expect(windowsNames.length).toBeGreaterThan(130);
  });

  // Intl's own name for a zone, so that a link ("UTC" for CLDR's "Etc/UTC") counts as the zone.
  const canonical = (zone: string) =>
    new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;

  it.each(windowsNames)('%s maps to an IANA zone that Intl accepts, one CLDR gives for it', (name) => {
    const zone = toIanaZone(name);
    expect(zone).not.toBeNull();
    expect(() => canonical(zone ?? '')).not.toThrow();
    const cldrZones = WINDOWS_TO_IANA_MAP.filter((entry) => entry.windowsName === name).flatMap(
      (e) => e.iana,
    );
    expect(cldrZones.map(canonical)).toContain(canonical(zone ?? ''));
  });

  it('convert for users in zones the old hand-kept list did not have', () => {
    expect(toIanaZone('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(toIanaZone('  Pacific Standard Time ')).toBe('America/Los_Angeles');
    // Nepal is UTC+05:45, Venezuela UTC−04:00, Chatham Islands UTC+13:45 in southern summer.
    expect(parseZonedDateTime('2026-03-04T12:00:00', 'Nepal Standard Time')?.toISOString()).toBe(
      '2026-03-04T06:15:00.000Z',
    );
    expect(parseZonedDateTime('2026-03-04T12:00:00', 'Venezuela Standard Time')?.toISOString()).toBe(
      '2026-03-04T16:00:00.000Z',
    );
    expect(parseZonedDateTime('2026-03-04T12:00:00', 'Chatham Islands Standard Time')?.toISOString()).toBe(
      '2026-03-03T22:15:00.000Z',
    );
  });

  it('leave IANA names as they are and know nothing else', () => {
    expect(toIanaZone('UTC')).toBe('UTC');
    expect(toIanaZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(toIanaZone('Mars Standard Time')).toBeNull();
    expect(toIanaZone('')).toBeNull();
  });
});
