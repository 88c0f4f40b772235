// Reads a room's calendar for every checked occurrence of the meeting, right before booking it, and
// decides whether the user must confirm. Read afresh, not taken from the search: results on screen
// can be minutes old, and the dialog names the dates that clash.
import { mergeSchedules } from './availability';
import { decideBooking, occurrenceAvailability, type BookingDecision } from './bookingDecision';
import type { Appointment, Room } from './model';
import { occurrencesToCheck, scheduleWindows } from './occurrences';
import type { CallOptions, ScheduleSource } from './ports';

export async function checkRoomBeforeBooking(
  deps: { readonly schedules: ScheduleSource },
  appointment: Appointment,
  room: Room,
  options: CallOptions = {},
): Promise<BookingDecision> {
  const occurrences = occurrencesToCheck(appointment);
  const windows = scheduleWindows(occurrences);
  const schedules = mergeSchedules(
    await Promise.all(windows.map((window) => deps.schedules.getSchedules([room.email], window, options))),
  );
  return decideBooking(occurrenceAvailability(schedules.get(room.email.toLowerCase()), occurrences));
}
