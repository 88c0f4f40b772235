// What a change to a booked meeting breaks. The user moves the meeting, invites more people or changes
// the series in Outlook; the room was booked for the meeting as it was. Exchange's resource booking
// answers the update when it is sent, by the room's calendar processing settings
// (Set-CalendarProcessing, https://learn.microsoft.com/powershell/module/exchange/set-calendarprocessing):
// - a clash at the new time declines it, as for a new booking (bookingDecision.ts, Exchange's defaults);
// - BookingWindowInDays (default 180) with EnforceSchedulingHorizon (default $true): "a recurring
//   meeting request is declined if the meetings start on or before the date specified by
//   BookingWindowInDays, and the meetings extend beyond the specified date" — a series without an end
//   extends beyond it by definition;
// - EnforceCapacity defaults to $false, so a room too small is still accepted, but the attendees do
//   not fit: worth saying all the same.
// Pure: the pane gathers the room's availability at the new time and shows what this returns.
import { decideBooking, type ExchangeOutcome, type OccurrenceAvailability } from './bookingDecision';
import type { Appointment, BookingRecord, TimeRange } from './model';
import { defaultCriteria } from './search';

/** Exchange's default BookingWindowInDays for a room mailbox. */
export const DEFAULT_BOOKING_WINDOW_DAYS = 180;
const DAY_MS = 86_400_000;

export type BookingBreak =
  /** The room is not free at the new time: Exchange declines the update (or may). */
  | {
      readonly reason: 'roomBusy';
      readonly outcome: Exclude<ExchangeOutcome, 'accept' | 'acceptDoubleBooked'>;
      readonly clashes: readonly OccurrenceAvailability[];
    }
  /** More people than the room seats. */
  | { readonly reason: 'tooSmall'; readonly capacity: number; readonly people: number }
  /** The series runs past the room's booking window: Exchange declines the whole series. */
  | { readonly reason: 'beyondBookingWindow'; readonly windowEnd: Date };

export interface BookingChangeInput {
  readonly record: BookingRecord;
  /** The meeting as Outlook has it now. */
  readonly appointment: Appointment;
  /**
   * The booked room at each checked occurrence of the meeting as it is now, its own copy of the
   * meeting as it was left out (availability.ts, `withoutOwnMeeting`).
   */
  readonly availability: readonly OccurrenceAvailability[];
  readonly now: Date;
  readonly bookingWindowDays?: number;
}

/** Everything the change breaks, in the order the pane names them; empty when the booking holds. */
export function bookingBreaks(input: BookingChangeInput): BookingBreak[] {
  const breaks: BookingBreak[] = [];
  const decision = decideBooking(input.availability);
  if (decision.outcome !== 'accept' && decision.outcome !== 'acceptDoubleBooked') {
    breaks.push({ reason: 'roomBusy', outcome: decision.outcome, clashes: decision.clashes });
  }
  // The organizer counts: the search asks for the same number of seats.
  const people = defaultCriteria(input.appointment).minCapacity;
  const capacity = input.record.capacity;
  if (capacity !== null && people > capacity) breaks.push({ reason: 'tooSmall', capacity, people });
  const windowEnd = new Date(
    input.now.getTime() + (input.bookingWindowDays ?? DEFAULT_BOOKING_WINDOW_DAYS) * DAY_MS,
  );
  if (seriesEnd(input.appointment, input.availability) > windowEnd) {
    breaks.push({ reason: 'beyondBookingWindow', windowEnd });
  }
  return breaks;
}

/**
 * When the meeting ends: a single meeting or a bounded series at its last checked occurrence, a
 * series without an end never. A bounded series longer than the occurrences checked counts to the
 * last one checked (Roombook checks up to a year of dates, well past the default window).
 */
function seriesEnd(appointment: Appointment, checked: readonly TimeRange[]): Date {
  const { recurrence } = appointment;
  if (recurrence && recurrence.endDate === null && recurrence.numberOfOccurrences === null) {
    return new Date(8.64e15);
  }
  return checked.reduce((last, o) => (o.end > last ? o.end : last), appointment.end);
}
