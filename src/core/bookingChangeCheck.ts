// Checks the booked room against the meeting as Outlook has it now (after the user changed its time,
// attendees or series): reads the room's calendar for every checked occurrence and says what breaks.
import { withoutOwnMeeting } from './availability';
import { bookingBreaks, type BookingBreak } from './bookingChange';
import { occurrenceAvailability } from './bookingDecision';
import { readRoomSchedule } from './bookingDecisionCheck';
import type { Appointment, BookingRecord, TimeRange } from './model';
import type { ScheduleSource } from './ports';

export async function checkBookingChange(
  deps: { readonly schedules: ScheduleSource },
  input: {
    readonly record: BookingRecord;
    readonly appointment: Appointment;
    /** The times the room accepted this meeting for (its calendar holds them); empty if it has not. */
    readonly bookedTimes: readonly TimeRange[];
    readonly now: Date;
  },
): Promise<BookingBreak[]> {
  const { occurrences, schedule } = await readRoomSchedule(
    deps,
    input.appointment,
    input.record.resourceMailbox,
  );
  const availability = occurrenceAvailability(
    schedule && withoutOwnMeeting(schedule, input.bookedTimes).schedule,
    occurrences,
  );
  return bookingBreaks({ ...input, availability });
}
