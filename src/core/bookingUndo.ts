// Undoing a booking that failed part-way, step by step, each step verified. No undo step depends on
// the call that just failed: properties are put back with one write that needs no prior read, and
// the room comes off the way it went on (Outlook's save), checked through Graph only when that save
// fails. What could not be verified is reported as unknown, never as unchanged.
import { putProperties, type EventTruth, type PartState } from './bookingVerify';
import type { BookingRecord } from './model';
import type { AppointmentPort, BookingStore } from './ports';

/** How far a booking got: what the undo has to take back. */
export interface BookingSteps {
  /** The room this booking put on the item, or null when it was there already. */
  roomAdded: string | null;
  /** Whether Outlook was asked to save the item with the room (the save may have applied). */
  saveTried: boolean;
  /** The event's id, once known (from before the booking or from the save). */
  eventId: string | null;
  /** Roombook's properties on the event: as before, this booking's, or not known. */
  properties: PartState;
  readonly written: BookingRecord;
  readonly previous: BookingRecord | null;
}

interface UndoDeps {
  readonly appointment: AppointmentPort;
  readonly bookings: BookingStore;
}

const hasRoom = (emails: readonly string[], email: string) =>
  emails.some((e) => e.toLowerCase() === email.toLowerCase());

/**
 * Saves the item, once more if the first save fails: a save of the same item updates that item
 * (it never makes a second one), so trying again cannot duplicate the meeting, and a save whose
 * answer was lost is confirmed by the next. https://learn.microsoft.com/javascript/api/outlook/office.appointmentcompose#outlook-office-appointmentcompose-saveasync-member(1)
 */
export async function saveItem(appointment: AppointmentPort): Promise<string> {
  try {
    return await appointment.ensureSaved();
  } catch {
    return appointment.ensureSaved();
  }
}

export async function undoBooking(deps: UndoDeps, steps: BookingSteps): Promise<EventTruth> {
  const properties = await undoProperties(deps.bookings, steps);
  const room = await undoRoom(deps, steps);
  return { room, properties };
}

async function undoProperties(bookings: BookingStore, steps: BookingSteps): Promise<PartState> {
  if (steps.properties === 'asBefore') return 'asBefore';
  if (!steps.eventId) return 'unknown';
  const { result } = await putProperties(
    bookings,
    steps.eventId,
    { wanted: steps.previous, before: steps.written },
    false,
  );
  return result === 'done' ? 'asBefore' : steps.properties;
}

async function undoRoom(deps: UndoDeps, steps: BookingSteps): Promise<PartState> {
  const { appointment, bookings } = deps;
  const email = steps.roomAdded;
  if (!email) return 'asBefore';
  try {
    await appointment.removeRoom(email);
  } catch {
    /* the item is read below: it says whether the room is still on it */
  }
  const item = await appointment.read().catch(() => null);
  if (!item || hasRoom(item.roomEmails, email)) return steps.saveTried ? 'unknown' : 'changed';
  // Only the form had the room: taking it off the form is the whole undo.
  if (!steps.saveTried) return 'asBefore';
  // The saved copy follows the form once saved again (on a sent meeting this cancels the room's
  // invitation).
  if (
    await saveItem(appointment).then(
      () => true,
      () => false,
    )
  )
    return 'asBefore';
  const eventId = steps.eventId ?? item.eventId;
  // Outlook never saved this item: a meeting never saved invites nobody ("For new appointments that
  // have not been saved before, no invitation will be sent", saveAsync's reference above), and its
  // next save carries the form, which no longer has the room.
  if (!eventId) return 'asBefore';
  // The save keeps failing: Graph, a different path to the same event, says whether the room is on it.
  try {
    return (await bookings.roomStatus(eventId, email)).invited ? 'changed' : 'asBefore';
  } catch {
    return 'unknown';
  }
}
