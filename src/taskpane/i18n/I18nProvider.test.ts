import { createI18n } from './I18nProvider';

// Formatters are kept per zone (one made per format and zone): a zone asked for after another must
// still get its own, however the calls interleave.
describe('formatting dates in a time zone', () => {
  const noon = new Date('2026-03-04T12:00:00Z');

  it('formats each zone in its own time, whichever zone was asked for first', () => {
    const { time, dateTime } = createI18n('en-GB');
    expect(time(noon, 'Europe/Berlin')).toBe('13:00');
    expect(time(noon, 'America/New_York')).toBe('07:00');
    expect(time(noon, 'Europe/Berlin')).toBe('13:00');
    expect(dateTime(noon, 'Asia/Tokyo')).toMatch(/Wed,? 4 Mar 2026,? 21:00/);
    expect(time(noon, 'Asia/Tokyo')).toBe('21:00');
  });

  it('refuses a zone Intl does not know, each time it is asked', () => {
    const { time } = createI18n('en-GB');
    expect(() => time(noon, 'Not/AZone')).toThrow(RangeError);
    expect(() => time(noon, 'Not/AZone')).toThrow(RangeError);
  });
});
