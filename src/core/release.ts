// Releasing a booked room from a meeting that no longer needs it: the room comes off the meeting's
// attendees and locations (a resource attendee removed from a sent meeting gets Exchange's
// cancellation, which frees its calendar) and Roombook's properties are emptied, in one PATCH
// (cancelBooking: a lost answer is settled, and the open Outlook form loses the room too); then both
// are read back, so the pane never says "released" on a hope.
import { cancelBooking } from './booking';
import { RoombookError } from './errors';
import type { BookedEvent } from './model';
import type { AppointmentPort, BookingStore } from './ports';

export async function releaseRoom(
  deps: { readonly bookings: BookingStore; readonly appointment: AppointmentPort },
  booking: Pick<BookedEvent, 'eventId' | 'record'>,
): Promise<void> {
  await cancelBooking(deps, booking);
  const [record, room] = await Promise.all([
    deps.bookings.read(booking.eventId),
    deps.bookings.roomStatus(booking.eventId, booking.record.resourceMailbox),
  ]);
  if (record !== null || room.invited) {
    throw new RoombookError('verificationFailed', 'The room or the booking was still on the event.');
  }
}
