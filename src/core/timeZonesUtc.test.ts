// The UTC fast path of timeZones.ts (Graph answers in UTC, so schedules are read through it).
import { formatZonedDateTime, parseZonedDateTime, wallClockOf, zoneOffsetMinutes } from './timeZones';

describe('UTC without Intl', () => {
  // Etc/UTC is the same zone under a name the fast path does not know, so Intl answers for it.
  const instants = Array.from(
    { length: 500 },
    (_, i) => new Date(Date.UTC(1999, 11, 31, 23, 59, 59) + i * 7_919_777_123),
  );

  it('gives the same wall clock as Intl does, across years, month ends and leap days', () => {
    for (const date of [...instants, new Date('2024-02-29T23:59:59Z'), new Date('2026-12-31T00:00:00Z')])
      expect(wallClockOf(date, 'UTC')).toEqual(wallClockOf(date, 'Etc/UTC'));
  });

  it('reads and writes Graph dateTimes in UTC exactly', () => {
    for (const date of instants) {
      const whole = new Date(Math.floor(date.getTime() / 1000) * 1000);
      const text = formatZonedDateTime(whole, 'UTC');
      expect(text).toBe(`${whole.toISOString().slice(0, 19)}.0000000`);
      expect(parseZonedDateTime(text, 'UTC')).toEqual(whole);
      expect(parseZonedDateTime(text, 'Etc/UTC')).toEqual(whole);
      expect(zoneOffsetMinutes(date, 'UTC')).toBe(0);
    }
  });
});
