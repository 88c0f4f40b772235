import { Settings } from 'luxon';
import { formatGraphDateTime, ianaZone, parseGraphDateTime, plusLocalDays } from './time';

describe("the emulator's dateTimeTimeZone", () => {
  it('knows Windows names from CLDR, IANA names, and nothing else', () => {
    expect(ianaZone('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(ianaZone('Pacific Standard Time')).toBe('America/Los_Angeles');
    // Zones outside the short list the product used to carry.
    expect(ianaZone('Nepal Standard Time')).toBe('Asia/Katmandu');
    expect(ianaZone('Venezuela Standard Time')).toBe('America/Caracas');
    expect(ianaZone('UTC')).toBe('UTC');
    expect(ianaZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(ianaZone('Mars Standard Time')).toBeNull();
  });

  it("reads Microsoft's sample dateTime in a Windows zone and writes it back", () => {
    const instant = parseGraphDateTime('2019-03-15T12:00:00.0000000', 'Pacific Standard Time');
    expect(instant?.toISOString()).toBe('2019-03-15T19:00:00.000Z');
    expect(formatGraphDateTime(instant ?? new Date(0), 'America/Los_Angeles')).toBe(
      '2019-03-15T12:00:00.0000000',
    );
    expect(formatGraphDateTime(instant ?? new Date(0), 'UTC')).toBe('2019-03-15T19:00:00.0000000');
    expect(parseGraphDateTime('2019-03-15T12:00:00', 'Nowhere')).toBeNull();
    expect(parseGraphDateTime('15.03.2019 12:00', 'UTC')).toBeNull();
  });

  it('moves a time that the spring change skips forward, and takes standard time in the autumn overlap', () => {
    expect(parseGraphDateTime('2026-03-29T02:30:00', 'Europe/Berlin')?.toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(parseGraphDateTime('2026-10-25T02:30:00', 'Europe/Berlin')?.toISOString()).toBe(
      '2026-10-25T01:30:00.000Z',
    );
  });

  it('takes the later instant in an overlap whatever the season the code runs in', () => {
    const now = Settings.now;
    try {
      for (const month of [0, 6]) {
        Settings.now = () => Date.UTC(2026, month, 15);
        expect(parseGraphDateTime('2026-10-25T02:30:00', 'Europe/Berlin')?.toISOString()).toBe(
          '2026-10-25T01:30:00.000Z',
        );
        // Sydney falls back in April: 02:30 on 5 April 2026 is first +11:00, then +10:00.
        expect(parseGraphDateTime('2026-04-05T02:30:00', 'Australia/Sydney')?.toISOString()).toBe(
          '2026-04-04T16:30:00.000Z',
        );
      }
    } finally {
      Settings.now = now;
    }
  });

  it('makes an all-day span on the spring DST day 23 hours long', () => {
    const midnight = new Date('2026-03-28T23:00:00Z'); // 29 March, 00:00 in Berlin
    expect(plusLocalDays(midnight, 1, 'Europe/Berlin').getTime() - midnight.getTime()).toBe(23 * 3_600_000);
  });
});
