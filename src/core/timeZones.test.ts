import { wallClockToUtc } from './timeZones';

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

  it('takes the offset before the change in a gap, and the first instant in an overlap', () => {
    expect(utc('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(utc('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(utc('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
    expect(utc('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
  });
});
