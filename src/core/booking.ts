// The booking workflow. The room goes on the item through Office.js (so Exchange's resource booking
// makes the real reservation when the organizer sends), the item is saved so Graph can see it, and
// Roombook's record is written in one PATCH and read back. A failure after the room was added rolls
// back what this booking did, so a booking is never left half-written; a room being replaced comes
// off only after its successor is booked.
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
}

export interface BookingOutcome {
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

const sameRecord = (a: BookingRecord, b: BookingRecord): boolean =>
  a.resourceId === b.resourceId &&
  a.resourceMailbox.toLowerCase() === b.resourceMailbox.toLowerCase() &&
  a.resourceLocation === b.resourceLocation &&
  a.capacity === b.capacity &&
  a.addinVersion === b.addinVersion &&
  a.ownerEmail.toLowerCase() === b.ownerEmail.toLowerCase();

export async function bookRoom(deps: BookingDeps, input: BookingInput): Promise<BookingOutcome> {
  const { appointment, bookings } = deps;
  const item = await appointment.read();
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
  let savedAs: string | null = null;
  let written = false;
  let roomInvited = false;
  try {
    if (roomAdded) await appointment.addRoom(input.room);
    const eventId = await appointment.ensureSaved();
    savedAs = eventId;
    roomInvited = (await confirmRoom(deps, eventId, input, roomAdded)).invited;
    await bookings.write(eventId, record);
    written = true;
    const stored = await bookings.read(eventId);
    if (!stored || !sameRecord(stored, record)) {
      throw new RoombookError('verificationFailed', 'The properties read back differ from those written.');
    }
  } catch (error) {
    await rollBack(deps, {
      removeAdded: roomAdded ? input.room.email : null,
      savedAs,
      // Properties were written (the read-back failed or differed): put back what was there before.
      rewrite: written && savedAs ? (input.previous ?? (roomAdded ? 'clear' : null)) : null,
    });
    throw error;
  }
  const replaced = replacing && previousEmail ? await releaseRoom(appointment, previousEmail) : null;
  // The booking stands once verified: a notification Outlook refuses must not undo it.
  const notified = await appointment.notify(input.notification(input.room)).then(
    () => true,
    () => false,
  );
  return { eventId: savedAs, record, replaced, roomAdded, notified, roomInvited };
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
    await sleep(WAITS_MS[attempt] ?? 0);
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

interface Undo {
  readonly removeAdded: string | null;
  /** The event id when the item was saved with the new room: it is saved again without it. */
  readonly savedAs: string | null;
  readonly rewrite: BookingRecord | 'clear' | null;
}

async function rollBack(deps: BookingDeps, undo: Undo): Promise<void> {
  const { appointment, bookings } = deps;
  // Best effort, step by step: the original error is what the user must see; a failed undo must not
  // replace it, nor stop the steps after it.
  const attempt = async (step: () => Promise<unknown>) => {
    try {
      await step();
    } catch {
      /* the original error is reported */
    }
  };
  const { removeAdded, savedAs, rewrite } = undo;
  if (removeAdded) await attempt(() => appointment.removeRoom(removeAdded));
  // Only the room this booking added comes off again (on a sent meeting that cancels its invitation);
  // the rooms the user had are never touched.
  if (savedAs && removeAdded) await attempt(() => appointment.ensureSaved());
  if (!savedAs || !rewrite) return;
  await attempt(() => (rewrite === 'clear' ? bookings.cancel(savedAs) : bookings.write(savedAs, rewrite)));
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
