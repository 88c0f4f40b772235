// Reads a room's calendar for every checked occurrence of the meeting, right before booking it, and
// decides whether the user must confirm. Read afresh, not taken from the search: results on screen
// can be minutes old, and the dialog names the dates that clash.
import { mergeSchedules } from './availability';
import { decideBooking, occurrenceAvailability, type BookingDecision } from './bookingDecision';
import type { Appointment, MailboxSchedule, Room, TimeRange } from './model';
import { occurrencesToCheck, scheduleWindows } from './occurrences';
import type { CallOptions, ScheduleSource } from './ports';

/** The meeting's checked occurrences and one room's schedule over them (undefined if not answered). */
export async function readRoomSchedule(
  deps: { readonly schedules: ScheduleSource },
  appointment: Appointment,
  roomEmail: string,
  options: CallOptions = {},
): Promise<{ occurrences: TimeRange[]; schedule: MailboxSchedule | undefined }> {
  const occurrences = occurrencesToCheck(appointment);
  const windows = scheduleWindows(occurrences);
  const schedules = mergeSchedules(
    await Promise.all(windows.map((window) => deps.schedules.getSchedules([roomEmail], window, options))),
  );
  return { occurrences, schedule: schedules.get(roomEmail.toLowerCase()) };
}

export async function checkRoomBeforeBooking(
  deps: { readonly schedules: ScheduleSource },
  appointment: Appointment,
  room: Room,
  options: CallOptions = {},
): Promise<BookingDecision> {
  const { occurrences, schedule } = await readRoomSchedule(deps, appointment, room.email, options);
  return decideBooking(occurrenceAvailability(schedule, occurrences));
}
