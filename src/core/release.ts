// Releasing a booked room from a meeting that no longer needs it: the room comes off the meeting's
// attendees and locations (a resource attendee removed from a sent meeting gets Exchange's
// cancellation, which frees its calendar) and Roombook's properties are emptied, in one PATCH
// (BookingStore.cancel); then both are read back, so the pane never says "released" on a hope.
import { RoombookError } from './errors';
import type { BookedEvent } from './model';
import type { BookingStore } from './ports';

export async function releaseRoom(
  deps: { readonly bookings: BookingStore },
  booking: Pick<BookedEvent, 'eventId' | 'record'>,
): Promise<void> {
  await deps.bookings.cancel(booking.eventId);
  const [record, room] = await Promise.all([
    deps.bookings.read(booking.eventId),
    deps.bookings.roomStatus(booking.eventId, booking.record.resourceMailbox),
  ]);
  if (record !== null || room.invited) {
    throw new RoombookError('verificationFailed', 'The room or the booking was still on the event.');
  }
}
