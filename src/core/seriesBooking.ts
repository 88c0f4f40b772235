// Applies a series plan (seriesPlan.ts) the user agreed to: the series gets the chosen room through
// the ordinary booking (booking.ts), then each clashing date that has another room becomes an
// exception with that room in place of the series' room, and is read back. Each date's outcome is
// reported on its own: a date that failed leaves the series booked and says which date to fix.
import { bookRoom, locationText, type BookingDeps, type BookingInput, type BookingOutcome } from './booking';
import type { Room, TimeRange } from './model';
import type { BookingStore, SeriesExceptions } from './ports';
import type { PlannedDate, SeriesPlan } from './seriesPlan';

export interface SeriesBookingDeps extends BookingDeps {
  readonly exceptions: SeriesExceptions;
}

export interface SeriesBookingInput extends BookingInput {
  /** The plan the user saw, for `room`. */
  readonly plan: SeriesPlan;
}

export type DateResult =
  /** The occurrence is an exception with the other room, read back. */
  | 'moved'
  /** No other room was free: the date stays with the series' room, which will decline it. */
  | 'noRoom'
  /** The occurrence could not be changed, or did not read back changed: it keeps the series' room. */
  | 'failed';

export interface DateOutcome extends TimeRange {
  readonly room: Room | null;
  readonly result: DateResult;
}

export interface SeriesBookingOutcome extends BookingOutcome {
  readonly dates: readonly DateOutcome[];
}

export async function bookSeriesWithPlan(
  deps: SeriesBookingDeps,
  input: SeriesBookingInput,
): Promise<SeriesBookingOutcome> {
  const booked = await bookRoom(deps, input);
  const dates: DateOutcome[] = [];
  // One date after another: each is a read, a PATCH and a read-back on the same series, and Graph
  // limits concurrent requests per mailbox anyway.
  for (const date of input.plan.dates) {
    dates.push(await moveDate(deps, booked.eventId, input.room.email, date));
  }
  return { ...booked, dates };
}

async function moveDate(
  deps: SeriesBookingDeps,
  seriesId: string,
  seriesRoom: string,
  date: PlannedDate,
): Promise<DateOutcome> {
  const { room } = date;
  const outcome = (result: DateResult): DateOutcome => ({ start: date.start, end: date.end, room, result });
  if (!room) return outcome('noRoom');
  let occurrenceId: string | null;
  try {
    occurrenceId = await deps.exceptions.occurrenceAt(seriesId, date);
  } catch {
    return outcome('failed');
  }
  if (!occurrenceId) return outcome('failed');
  try {
    await deps.exceptions.replaceRoom(occurrenceId, seriesRoom, {
      email: room.email,
      displayName: room.displayName,
      location: locationText(room),
    });
  } catch {
    // A PATCH whose answer was lost may have been applied: the read-back below decides.
  }
  return outcome((await readsBackMoved(deps.bookings, occurrenceId, seriesRoom, room)) ? 'moved' : 'failed');
}

/** The other room is a resource attendee of the occurrence and the series' room no longer is. */
async function readsBackMoved(
  bookings: BookingStore,
  occurrenceId: string,
  seriesRoom: string,
  room: Room,
): Promise<boolean> {
  try {
    const [added, removed] = await Promise.all([
      bookings.roomStatus(occurrenceId, room.email),
      bookings.roomStatus(occurrenceId, seriesRoom),
    ]);
    return added.invited && !removed.invited;
  } catch {
    return false;
  }
}
