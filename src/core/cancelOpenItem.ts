// A booking cancelled from My bookings may be the meeting open in Outlook beside the pane. Graph
// took the room off the saved event, but Outlook's open form still lists it: when the organizer
// sends the form, Outlook saves what the form holds, which puts the room back on the meeting and
// invites it, now without Roombook's properties. So the room comes off the form too.
import type { BookingRecord } from './model';
import type { AppointmentPort } from './ports';

export async function takeRoomOffOpenItem(
  appointment: AppointmentPort,
  booking: { readonly eventId: string; readonly record: BookingRecord },
): Promise<void> {
  const room = booking.record.resourceMailbox.toLowerCase();
  // The pane may be open on no item, or one Outlook cannot read now: the cancel stands either way.
  const item = await appointment.read().catch(() => null);
  if (item?.eventId !== booking.eventId) return;
  if (!item.roomEmails.some((email) => email.toLowerCase() === room)) return;
  // No save: the form's next save (or Send) carries it, and the event already lacks the room.
  await appointment.removeRoom(booking.record.resourceMailbox);
}
