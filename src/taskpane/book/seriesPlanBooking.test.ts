import { makeRoom } from '../../../test/kit/builders';
import type { SeriesBookingOutcome } from '../../core/seriesBooking';
import { deDE } from '../i18n/de-DE';
import { createI18n } from '../i18n/I18nProvider';
import { seriesBookedMessage } from './seriesPlanBooking';

const room = makeRoom({ email: 'cedar@contoso.com', displayName: 'Cedar' });
const other = makeRoom({ email: 'birch@contoso.com', displayName: 'Birch' });
const at = (iso: string) => ({ start: new Date(iso), end: new Date(Date.parse(iso) + 3_600_000) });
const outcome = (results: SeriesBookingOutcome['dates'][number]['result'][]): SeriesBookingOutcome => ({
  state: 'booked',
  eventId: 'series-1',
  record: {
    resourceId: room.id,
    resourceMailbox: room.email,
    resourceLocation: 'Cedar',
    capacity: 8,
    searchAttributes: { roomList: null, floor: null, minCapacity: 4, features: [], tags: [], text: '' },
    addinVersion: '1.0.0.0',
    ownerEmail: 'megan.bowen@contoso.com',
  },
  replaced: null,
  roomAdded: true,
  notified: true,
  roomInvited: true,
  roomAccepted: false,
  dates: results.map((result, i) => ({
    ...at(`2026-04-0${i + 1}T09:00:00Z`),
    room: result === 'noRoom' ? null : other,
    result,
  })),
});

describe('what the Book tab says after booking a series with its plan', () => {
  const en = createI18n('en-US');

  it('says the room is added (not booked) with the other rooms, when every date moved', () => {
    expect(seriesBookedMessage(en, outcome(['moved', 'moved']), room, 'Europe/Berlin')).toEqual({
      intent: 'success',
      text: 'Cedar is added to the series, with other rooms on 2 dates. Send the meeting so the rooms confirm.',
    });
  });

  it('warns and names the dates that kept the series’ room', () => {
    const message = seriesBookedMessage(en, outcome(['moved', 'failed', 'noRoom']), room, 'Europe/Berlin');
    expect(message.intent).toBe('warning');
    expect(message.text.replace(/\s/g, ' ')).toBe(
      'Cedar is added to the series, with another room on 1 date. Send the meeting so the rooms confirm. Not changed: Thu, Apr 2, 2026, 11:00 AM; Fri, Apr 3, 2026, 11:00 AM. Cedar stays on these dates, and Exchange may decline it when you send the meeting.',
    );
  });

  it('speaks German in a German Office', () => {
    const de = createI18n('de-DE', deDE);
    expect(seriesBookedMessage(de, outcome(['moved']), room, 'Europe/Berlin').text).toBe(
      'Cedar ist zur Serie hinzugefügt, mit einem anderen Raum an 1 Termin. Senden Sie die Besprechung, damit die Räume bestätigen.',
    );
  });
});
