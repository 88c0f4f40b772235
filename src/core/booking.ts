// The booking workflow. The room goes on the item through Office.js (so Exchange's resource booking
// makes the real reservation when the organizer sends), the item is saved so Graph can see it, and
// Roombook's record is written in one PATCH and read back. Every step's outcome is verified: a call
// whose answer was lost is settled by reading the event again, and a failure after the room was
// added is undone step by step (bookingUndo.ts), so a booking is never left half-written and the
// caller learns exactly what is on the meeting (BookingFailure). A room being replaced comes off
// only after its successor is booked. One booking at a time per item (bookingGuard.ts).
import { oneBookingAtATime } from './bookingGuard';
import { saveItem, undoBooking, type BookingSteps } from './bookingUndo';
import { BookingFailure, isUnknownOutcome, putProperties, UNCHANGED } from './bookingVerify';
import { takeRoomOffOpenItem } from './cancelOpenItem';
import { RoombookError } from './errors';
import type { Appointment, BookingRecord, Room, RoomStatus, SearchCriteria } from './model';
import type { AppointmentPort, BookingStore } from './ports';

export interface BookingDeps {
  readonly appointment: AppointmentPort;
  readonly bookings: BookingStore;
  /** Waits between checks while Outlook syncs the item (tests pass one that needs no real time). */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Steps worth telling the user about while a booking runs. */
export type BookingProgress = 'waitingForSync' | 'waitingForRoom';

export interface BookingInput {
  readonly room: Room;
  readonly criteria: SearchCriteria;
  readonly addinVersion: string;
  readonly ownerEmail: string;
  /** The booking the item already carries, if any: booking another room replaces it. */
  readonly previous: BookingRecord | null;
  /** The text for Outlook's notification bar (core has no message catalogue). */
  readonly notification: (room: Room) => string;
  /** Told once per kind of wait, so the pane can say what it is waiting for. */
  readonly onProgress?: (step: BookingProgress) => void;
  /** Stops the booking at its next wait (for Outlook's sync, for the room's answer); it is undone. */
  readonly signal?: AbortSignal;
}

/** A booking that stands, verified on the event (a failed one throws BookingFailure). */
export interface BookingOutcome {
  readonly state: 'booked';
  readonly eventId: string;
  readonly record: BookingRecord;
  /** The mailbox of the room this booking replaced, if any. */
  readonly replaced: string | null;
  /** False when the room was already on the item (booking twice adds nothing). */
  readonly roomAdded: boolean;
  /** False when Outlook refused the notification; the booking stands all the same. */
  readonly notified: boolean;
  /**
   * False when the room is on the location but not a resource attendee (some clients add a room
   * location without inviting it): Exchange will never reserve it until it is invited.
   */
  readonly roomInvited: boolean;
  /** The room already accepted (the meeting was sent): only then is the room booked, not just added. */
  readonly roomAccepted: boolean;
}

export function locationText(room: Room): string {
  return [
    room.displayName,
    room.floorLabel ?? (room.floorNumber === null ? null : `Floor ${room.floorNumber}`),
    room.building,
  ]
    .filter((part): part is string => Boolean(part))
    .join(', ');
}

export function bookingRecord(input: BookingInput): BookingRecord {
  const { room } = input;
  return {
    resourceId: room.id,
    resourceMailbox: room.email,
    resourceLocation: locationText(room),
    capacity: room.capacity,
    searchAttributes: input.criteria,
    addinVersion: input.addinVersion,
    ownerEmail: input.ownerEmail,
  };
}

/**
 * Books the room on the open item. Throws BookingFailure, whose `state` says whether the meeting was
 * verified unchanged, when the booking does not stand.
 */
export function bookRoom(deps: BookingDeps, input: BookingInput): Promise<BookingOutcome> {
  return oneBookingAtATime(deps.appointment, input.room.email, () => book(deps, input));
}

async function book(deps: BookingDeps, input: BookingInput): Promise<BookingOutcome> {
  const { appointment, bookings } = deps;
  const item = await appointment.read().catch((error: unknown) => {
    throw new BookingFailure(error, UNCHANGED);
  });
  const onItem = (email: string) => item.roomEmails.some((e) => e.toLowerCase() === email.toLowerCase());
  const previousEmail = input.previous?.resourceMailbox ?? null;
  const replacing =
    previousEmail !== null &&
    previousEmail.toLowerCase() !== input.room.email.toLowerCase() &&
    onItem(previousEmail);
  const roomAdded = !onItem(input.room.email);
  const record = bookingRecord(input);

  // Make before break: the new room goes on and is booked before the old one comes off, so a room
  // that declines or a step that fails never costs the user the room they had.
  const steps: BookingSteps = {
    roomAdded: null,
    saveTried: false,
    eventId: item.eventId,
    properties: 'asBefore',
    written: record,
    previous: input.previous,
  };
  let eventId: string;
  let roomInvited = false;
  let roomAccepted = false;
  try {
    if (roomAdded) {
      steps.roomAdded = input.room.email;
      await appointment.addRoom(input.room);
    }
    steps.saveTried = true;
    eventId = await saveItem(appointment);
    steps.eventId = eventId;
    const status = await confirmRoom(deps, eventId, input, roomAdded);
    roomInvited = status.invited;
    roomAccepted = status.response === 'accepted';
    await recordBooking(bookings, eventId, steps);
  } catch (error) {
    throw new BookingFailure(error, await undoBooking(deps, steps));
  }
  const replaced = replacing && previousEmail ? await releaseRoom(appointment, previousEmail) : null;
  // The booking stands once verified: a notification Outlook refuses must not undo it.
  const notified = await appointment.notify(input.notification(input.room)).then(
    () => true,
    () => false,
  );
  return { state: 'booked', eventId, record, replaced, roomAdded, notified, roomInvited, roomAccepted };
}

/**
 * Writes the record and reads it back (even after a clean answer; a lost answer is settled by the
 * same read). A write whose answer was lost and that the read shows not applied is sent once more:
 * the booking resumes where it stopped instead of failing.
 */
async function recordBooking(bookings: BookingStore, eventId: string, steps: BookingSteps): Promise<void> {
  const change = { wanted: steps.written, before: steps.previous };
  for (let attempt = 1; ; attempt += 1) {
    steps.properties = 'unknown';
    const written = await putProperties(bookings, eventId, change, true);
    if (written.result === 'done') {
      steps.properties = 'changed';
      return;
    }
    if (written.result === 'notDone') steps.properties = 'asBefore';
    if (written.result === 'unknown' || !isUnknownOutcome(written.error) || attempt >= 2) throw written.error;
  }
}

/** Back-off while Outlook syncs the item or the room answers: about 15 seconds in all. */
const WAITS_MS = [500, 1000, 2000, 4000, 8000];
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits until Graph sees the saved item, then, if the meeting was already sent, until the room this
 * booking added has accepted.
 * - In cached mode the id from saveAsync is not on the server until Outlook syncs it; until then
 *   Graph answers 404 (https://learn.microsoft.com/javascript/api/outlook/office.appointmentcompose#outlook-office-appointmentcompose-saveasync-member(1)).
 * - Saving a sent meeting sends the update at once and Exchange's resource booking answers for the
 *   room (same page): a room that does not accept is not a booking. A never-sent draft invited nobody.
 */
async function confirmRoom(
  deps: BookingDeps,
  eventId: string,
  input: BookingInput,
  roomAdded: boolean,
): Promise<RoomStatus> {
  const sleep = deps.sleep ?? defaultSleep;
  const told = new Set<BookingProgress>();
  const wait = async (step: BookingProgress, attempt: number) => {
    if (!told.has(step)) input.onProgress?.(step);
    told.add(step);
    await stoppable(sleep(WAITS_MS[attempt] ?? 0), input.signal);
  };
  for (let attempt = 0; ; attempt += 1) {
    const last = attempt >= WAITS_MS.length;
    let status: RoomStatus;
    try {
      status = await deps.bookings.roomStatus(eventId, input.room.email);
    } catch (error) {
      if (last || !(error instanceof RoombookError && error.kind === 'notFound')) throw error;
      await wait('waitingForSync', attempt);
      continue;
    }
    // A room that is not an attendee cannot answer: the caller reports it instead of waiting.
    if (!roomAdded || !status.sent || !status.invited || status.response === 'accepted') return status;
    if (status.response !== 'none' || last) {
      throw new RoombookError('roomDeclined', `The room answered ${status.response}.`);
    }
    await wait('waitingForRoom', attempt);
  }
}

/**
 * A wait the user can stop. Only the waits are stoppable: a write cut off halfway would leave the
 * meeting unknown, so a stop takes effect between steps, and what the booking did is undone (and
 * verified) as after any failure.
 */
function stoppable(wait: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  const stopped = () => new RoombookError('stopped', 'The user stopped the booking.');
  if (!signal) return wait;
  if (signal.aborted) return Promise.reject(stopped());
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(stopped());
    signal.addEventListener('abort', onAbort, { once: true });
    wait.then(
      () => {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted) reject(stopped());
        else resolve();
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Takes the replaced room off once the new one is booked; if that fails, both stay (nothing is lost). */
async function releaseRoom(appointment: AppointmentPort, email: string): Promise<string | null> {
  try {
    await appointment.removeRoom(email);
    await appointment.ensureSaved();
    return email;
  } catch {
    return null;
  }
}

/** Whether the booked room is really a resource attendee of the saved event (checked after Send too). */
export async function isRoomInvited(
  deps: { readonly bookings: BookingStore },
  eventId: string,
  record: BookingRecord,
): Promise<boolean> {
  return (await deps.bookings.roomStatus(eventId, record.resourceMailbox)).invited;
}

/** Invites a booked room that was left off the attendees, as the user asked. */
export async function inviteBookedRoom(
  deps: { readonly bookings: BookingStore },
  eventId: string,
  record: BookingRecord,
): Promise<void> {
  const name = record.resourceLocation.split(',')[0] ?? record.resourceMailbox;
  await deps.bookings.inviteRoom(eventId, { email: record.resourceMailbox, displayName: name });
}

/** The booking the item carries: the Office.js mirror first (no Graph needed), confirmed by Graph when saved. */
export async function loadExistingBooking(
  deps: BookingDeps,
  item: Appointment,
): Promise<BookingRecord | null> {
  const mirrored = await deps.appointment.readBookingMirror();
  if (!item.eventId) return mirrored;
  try {
    return (await deps.bookings.read(item.eventId)) ?? mirrored;
  } catch {
    return mirrored;
  }
}

/**
 * Cancels a booking: the room and Roombook's properties come off the event in one PATCH. A cancel
 * whose answer was lost is settled by reading the event again (and sent once more if it was not
 * applied). If the meeting is the item open in Outlook, the room comes off the open form too:
 * otherwise sending it later would put the room back, invited, with the properties cleared
 * (cancelOpenItem.ts).
 */
export async function cancelBooking(
  deps: { readonly bookings: BookingStore; readonly appointment: AppointmentPort },
  booking: { readonly eventId: string; readonly record: BookingRecord },
): Promise<void> {
  const { bookings } = deps;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await bookings.cancel(booking.eventId);
      break;
    } catch (error) {
      if (!isUnknownOutcome(error)) throw new BookingFailure(error, UNCHANGED);
      // One PATCH takes off room and properties together: properties still there mean it was not applied.
      const found = await bookings.read(booking.eventId).then(
        (record) => (record ? 'asBefore' : 'changed'),
        () => 'unknown' as const,
      );
      if (found === 'changed') break;
      if (found === 'unknown' || attempt >= 2) {
        throw new BookingFailure(error, { room: found, properties: found });
      }
    }
  }
  await takeRoomOffOpenItem(deps.appointment, booking);
}
