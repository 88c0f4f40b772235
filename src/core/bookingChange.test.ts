import { makeAppointment, makeWeeklyRecurrence } from '../../test/kit/builders';
import { bookingBreaks, DEFAULT_BOOKING_WINDOW_DAYS } from './bookingChange';
import type { OccurrenceAvailability } from './bookingDecision';
import type { BookingRecord, FreeBusy } from './model';
import { occurrencesToCheck } from './occurrences';
import { defaultCriteria } from './search';

const NOW = new Date('2026-03-04T07:00:00Z');
const record: BookingRecord = {
  resourceId: 'id-room',
  resourceMailbox: 'room@contoso.com',
  resourceLocation: 'Room, Floor 2, Building A',
  capacity: 6,
  searchAttributes: defaultCriteria(makeAppointment()),
  addinVersion: '1.0.0.0',
  ownerEmail: 'megan.bowen@contoso.com',
};
const at = (
  appointment = makeAppointment(),
  statuses: Record<number, FreeBusy> = {},
): OccurrenceAvailability[] =>
  occurrencesToCheck(appointment).map((range, i) => ({ ...range, status: statuses[i] ?? 'free' }));
const breaks = (appointment = makeAppointment(), statuses: Record<number, FreeBusy> = {}) =>
  bookingBreaks({ record, appointment, availability: at(appointment, statuses), now: NOW });

describe('bookingBreaks', () => {
  it('finds nothing when the room is free at the new time and seats everyone', () => {
    expect(breaks(makeAppointment({ attendeeCount: 5 }))).toEqual([]);
  });

  it('says the room is busy at the new time, naming the date, and that Exchange declines', () => {
    const moved = makeAppointment({
      start: new Date('2026-03-05T13:00:00Z'),
      end: new Date('2026-03-05T14:00:00Z'),
    });
    expect(breaks(moved, { 0: 'busy' })).toEqual([
      {
        reason: 'roomBusy',
        outcome: 'decline',
        clashes: [{ start: moved.start, end: moved.end, status: 'busy' }],
      },
    ]);
  });

  it('says a tentative hold at the new time may decline it', () => {
    expect(breaks(makeAppointment(), { 0: 'tentative' })).toMatchObject([
      { reason: 'roomBusy', outcome: 'mayDecline' },
    ]);
  });

  it('names one clashing date of a series: the room declines the whole series by default', () => {
    const series = makeAppointment({ recurrence: makeWeeklyRecurrence({ numberOfOccurrences: 10 }) });
    const [found] = breaks(series, { 3: 'busy' });
    expect(found).toMatchObject({ reason: 'roomBusy', outcome: 'decline' });
    expect(found?.reason === 'roomBusy' && found.clashes.map((c) => c.start.toISOString())).toEqual([
      '2026-03-25T10:00:00.000Z',
    ]);
  });

  it('says the room is too small once more people are invited than it seats (organizer included)', () => {
    expect(breaks(makeAppointment({ attendeeCount: 6 }))).toEqual([
      { reason: 'tooSmall', capacity: 6, people: 7 },
    ]);
  });

  it('does not guess when the directory gives no capacity', () => {
    const unknown = { ...record, capacity: null };
    const appointment = makeAppointment({ attendeeCount: 40 });
    expect(bookingBreaks({ record: unknown, appointment, availability: at(appointment), now: NOW })).toEqual(
      [],
    );
  });

  it('says a series without an end runs past the room’s booking window', () => {
    const endless = makeAppointment({ recurrence: makeWeeklyRecurrence() });
    expect(breaks(endless)).toEqual([
      {
        reason: 'beyondBookingWindow',
        windowEnd: new Date(NOW.getTime() + DEFAULT_BOOKING_WINDOW_DAYS * 86_400_000),
      },
    ]);
  });

  it('says a series extended past the window breaks, and one inside it does not', () => {
    const inside = makeAppointment({ recurrence: makeWeeklyRecurrence({ numberOfOccurrences: 25 }) });
    const past = makeAppointment({ recurrence: makeWeeklyRecurrence({ endDate: '2026-10-28' }) });
    expect(breaks(inside)).toEqual([]);
    expect(breaks(past).map((b) => b.reason)).toEqual(['beyondBookingWindow']);
  });

  it('names every break of one change together', () => {
    const moved = makeAppointment({ attendeeCount: 9, recurrence: makeWeeklyRecurrence() });
    expect(breaks(moved, { 0: 'busy' }).map((b) => b.reason)).toEqual([
      'roomBusy',
      'tooSmall',
      'beyondBookingWindow',
    ]);
  });
});
