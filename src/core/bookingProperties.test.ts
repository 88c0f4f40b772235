import fc from 'fast-check';
import { decodeMirror, encodeMirror, MIRROR_LIMIT } from './bookingProperties';
import type { BookingRecord } from './model';

const record: BookingRecord = {
  resourceId: 'ROOM-1',
  resourceMailbox: 'room-a-201@contoso.com',
  resourceLocation: 'Amber A2.01, Floor 2, Building A',
  capacity: 8,
  searchAttributes: { roomList: null, floor: null, minCapacity: 4, features: [], tags: [], text: 'quiet' },
  addinVersion: '1.0.0.0',
  ownerEmail: 'megan.bowen@contoso.com',
};

// JSON-escaped twice in the mirror, so a quote costs 4 characters and a control character 12.
const HOSTILE = '<img src=x onerror=alert(1)>"\\\u0001\u202E\u200B😀';

describe('the custom-properties mirror within Office.js\u2019s 2,500 characters', () => {
  it('keeps the whole record when it fits', () => {
    expect(decodeMirror(encodeMirror(record))).toEqual(record);
  });

  it('drops the search, then shortens a 10,000-character location, keeping the identifiers', () => {
    const long = {
      ...record,
      resourceLocation: HOSTILE.repeat(10_000 / HOSTILE.length + 1).slice(0, 10_000),
      searchAttributes: { ...record.searchAttributes, text: 'x'.repeat(10_000) },
    };
    const mirror = encodeMirror(long);
    expect(mirror.length).toBeLessThanOrEqual(MIRROR_LIMIT);
    const decoded = decodeMirror(mirror);
    expect(decoded).toMatchObject({ resourceId: 'ROOM-1', resourceMailbox: record.resourceMailbox });
    expect(decoded?.searchAttributes.text).toBe('');
    expect(decoded?.resourceLocation.endsWith('…')).toBe(true);
    expect(long.resourceLocation.startsWith(decoded?.resourceLocation.slice(0, -1) ?? '-')).toBe(true);
    // As long as it can be: one more code point would not fit.
    expect(decoded?.resourceLocation.length).toBeGreaterThan(100);
    expect(encodeMirror(long)).toBe(mirror);
  });

  it('omits the record when 10,000-character identifiers cannot fit, so the pane asks Graph', () => {
    const mirror = encodeMirror({ ...record, resourceMailbox: `${'m'.repeat(10_000)}@contoso.com` });
    expect(mirror).toBe('{}');
    expect(decodeMirror(mirror)).toBeNull();
  });

  it('never exceeds the limit and never splits a character, whatever the names', () => {
    const name = fc.string({ unit: 'grapheme', maxLength: 4_000 });
    fc.assert(
      fc.property(name, name, name, name, (location, mailbox, id, text) => {
        const mirror = encodeMirror({
          ...record,
          resourceLocation: location,
          resourceMailbox: mailbox || 'x',
          resourceId: id || 'x',
          searchAttributes: { ...record.searchAttributes, text },
        });
        expect(mirror.length).toBeLessThanOrEqual(MIRROR_LIMIT);
        const shown = decodeMirror(mirror)?.resourceLocation ?? '';
        expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      }),
      { numRuns: 200 },
    );
  });
});
