// What a failed booking or cancel leaves on the event, and how Roombook finds out. A call whose
// answer never came (a dropped connection, a timeout, a gateway giving up) may have been applied:
// its outcome is unknown until the truth is read again. Only what was verified is ever claimed, so
// the pane says "nothing was changed" only when it is true.
import { RoombookError } from './errors';
import type { BookingRecord } from './model';
import type { BookingStore } from './ports';

/**
 * Whether a failed call may still have been applied. Graph's refusals (401, 403, 404, 412, 429)
 * say the request was not carried out; no answer, a 5xx after the retries (a 504 is a gateway
 * giving up, not the service refusing) or an answer Roombook could not read do not say.
 */
export function isUnknownOutcome(error: unknown): boolean {
  if (!(error instanceof RoombookError)) return true;
  return error.kind === 'network' || error.kind === 'unavailable' || error.kind === 'invalidResponse';
}

/** One part of the meeting after a failed booking: as it was, changed by the booking, or not known. */
export type PartState = 'asBefore' | 'changed' | 'unknown';

export interface EventTruth {
  /** The room this booking put on the meeting. */
  readonly room: PartState;
  /** Roombook's properties on the event. */
  readonly properties: PartState;
}

export const UNCHANGED: EventTruth = { room: 'asBefore', properties: 'asBefore' };

/**
 * A booking or cancel that failed, with what is true on the meeting afterwards. `state` is
 * 'unchanged' only when every part was verified to be as before; otherwise 'unknown' (the user
 * must look at the meeting). Its kind is the original failure's, so the message names what failed.
 */
export class BookingFailure extends RoombookError {
  readonly state: 'unchanged' | 'unknown';

  constructor(
    /** The failure that stopped it; its kind, message and cause are this error's. */
    readonly failure: unknown,
    readonly truth: EventTruth,
  ) {
    const original = failure instanceof RoombookError ? failure : null;
    super(original?.kind ?? 'office', original?.message ?? 'An unexpected error stopped the booking.', {
      cause: original ? original.cause : failure,
      // What failed stays named: the message says which call it was, and a 403 its permission.
      context: original?.context,
      permission: original?.permission,
    });
    this.name = 'BookingFailure';
    this.state = truth.room === 'asBefore' && truth.properties === 'asBefore' ? 'unchanged' : 'unknown';
  }
}

/** True only when the meeting was verified to be as it was: the pane may say "nothing was changed". */
export function nothingChanged(error: unknown): boolean {
  return error instanceof BookingFailure && error.state === 'unchanged';
}

export const sameRecord = (a: BookingRecord, b: BookingRecord): boolean =>
  a.resourceId === b.resourceId &&
  a.resourceMailbox.toLowerCase() === b.resourceMailbox.toLowerCase() &&
  a.resourceLocation === b.resourceLocation &&
  a.capacity === b.capacity &&
  a.addinVersion === b.addinVersion &&
  a.ownerEmail.toLowerCase() === b.ownerEmail.toLowerCase();

const matches = (stored: BookingRecord | null, wanted: BookingRecord | null): boolean =>
  stored === null || wanted === null ? stored === wanted : sameRecord(stored, wanted);

/**
 * Sets Roombook's properties to `wanted` (null: cleared) with one write that needs no prior read,
 * then tells what the event holds: 'done' when the write's answer says so or a read-back shows
 * it, 'notDone' when Graph refused it or a read-back shows `before` still there, 'unknown'
 * otherwise. `readBack` reads even after a successful write (the booking checks that all seven
 * properties came back as written). `error` is the failure to report, if any.
 */
export async function putProperties(
  bookings: BookingStore,
  eventId: string,
  change: { readonly wanted: BookingRecord | null; readonly before: BookingRecord | null },
  readBack: boolean,
): Promise<{ readonly result: 'done' | 'notDone' | 'unknown'; readonly error: unknown }> {
  const { wanted, before } = change;
  let error: unknown = null;
  try {
    await (wanted ? bookings.write(eventId, wanted) : bookings.clear(eventId));
    if (!readBack) return { result: 'done', error };
  } catch (failed) {
    error = failed;
    if (!isUnknownOutcome(failed)) return { result: 'notDone', error };
  }
  // The answer was lost (or the write is to be checked): the event itself says what happened.
  let stored: BookingRecord | null;
  try {
    stored = await bookings.read(eventId);
  } catch (readError) {
    return { result: 'unknown', error: error ?? readError };
  }
  if (matches(stored, wanted)) return { result: 'done', error: null };
  return {
    result: matches(stored, before) ? 'notDone' : 'unknown',
    error:
      error ?? new RoombookError('verificationFailed', 'The properties read back differ from those written.'),
  };
}
