// Where a booking stands, from the room's place on the organizer's event. Roombook puts the room on
// the meeting; only Exchange's resource booking, when the meeting is sent, reserves it or not.
import type { RoomStatus } from './model';

export type BookingPhase =
  /** On the meeting, which was never sent: the room has not been asked. */
  | 'added'
  /** Sent; the room has not answered yet (its mailbox processes the request on its own time). */
  | 'waiting'
  /** The room accepted tentatively: a delegate of the room must still approve the request. */
  | 'tentative'
  | 'accepted'
  | 'declined'
  /** On the location line but not a resource attendee: Exchange will never reserve it. */
  | 'notInvited';

export function bookingPhase(status: RoomStatus): BookingPhase {
  if (!status.invited) return 'notInvited';
  if (!status.sent) return 'added';
  switch (status.response) {
    case 'accepted':
      return 'accepted';
    case 'declined':
      return 'declined';
    case 'tentativelyAccepted':
      return 'tentative';
    case 'none':
      return 'waiting';
  }
}

/** Phases that can still change without the user doing anything: the pane keeps checking them. */
export const isSettled = (phase: BookingPhase): boolean =>
  phase === 'accepted' || phase === 'declined' || phase === 'notInvited';

/**
 * Waits between checks of a booking that can still change: quick at first (a room usually answers
 * within seconds of Send), then slower, and never on a timer forever. About eight minutes in all;
 * after that the pane checks only when the item changes or the user asks.
 */
export const PHASE_CHECK_WAITS_MS: readonly number[] = [
  2_000, 3_000, 5_000, 8_000, 13_000, 20_000, 30_000, 60_000, 60_000, 60_000, 60_000, 60_000, 60_000, 60_000,
];
