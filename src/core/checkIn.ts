// Checking in to a booked room (Places check-ins), so that a room with auto-release keeps the
// booking, and reading whether someone already did. Exchange releases an unclaimed room a set time
// after the start (10 minutes by default,
// https://learn.microsoft.com/microsoft-365/places/room-desk-booking/enable-checkin-auto-rooms);
// Roombook offers the check-in from 15 minutes before the start, as Teams' check-in reminder does,
// until the end.
import { RoombookError } from './errors';
import type { BookedEvent } from './model';
import type { CheckIns } from './ports';

export const CHECK_IN_OPENS_MINUTES = 15;

/** Whether the user can check in to this booking now: a room that accepted, in its window. */
export function canCheckIn(booking: BookedEvent, now: Date): boolean {
  const opens = booking.start.getTime() - CHECK_IN_OPENS_MINUTES * 60_000;
  return (
    booking.roomResponse === 'accepted' &&
    booking.iCalUId !== null &&
    now.getTime() >= opens &&
    now.getTime() < booking.end.getTime()
  );
}

/** Checks in and reads the check-in back: the booking is only called checked in once Graph has it. */
export async function checkIn(deps: { readonly checkIns: CheckIns }, booking: BookedEvent): Promise<Date> {
  if (!booking.iCalUId) throw new RoombookError('refused', 'The event has no iCalUId to check in to.');
  await deps.checkIns.checkIn(booking.record.resourceId, booking.iCalUId);
  const recorded = await deps.checkIns.checkedIn(booking.record.resourceId, booking.iCalUId);
  if (!recorded) throw new RoombookError('verificationFailed', 'The check-in was not there when read back.');
  return recorded;
}

/**
 * When someone checked in, for the bookings whose check-in window is open (the others cannot have
 * one yet), by event id. A booking whose state cannot be read is left out: its Check in button stays,
 * and checking in twice is harmless (the room is claimed once).
 */
export async function readCheckIns(
  deps: { readonly checkIns: CheckIns },
  bookings: readonly BookedEvent[],
  now: Date,
): Promise<Map<string, Date>> {
  const open = bookings.filter((booking) => canCheckIn(booking, now));
  const answers = await Promise.all(
    open.map(async (booking) => {
      try {
        const at = booking.iCalUId
          ? await deps.checkIns.checkedIn(booking.record.resourceId, booking.iCalUId)
          : null;
        return at ? ([booking.eventId, at] as const) : null;
      } catch {
        return null;
      }
    }),
  );
  return new Map(answers.filter((answer) => answer !== null));
}
