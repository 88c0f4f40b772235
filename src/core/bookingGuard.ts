// One booking at a time per item, whatever the clicks: a button's disabled state comes only after a
// re-render, so two clicks in one task would otherwise start two bookings of the same meeting.
import { RoombookError } from './errors';

interface Running {
  readonly room: string;
  readonly done: Promise<unknown>;
}

/** Keyed by the item's port: each pane has one for the item it is open on. */
const running = new WeakMap<object, Running>();

/**
 * Runs `book` unless a booking of this item is already running: a second call for the same room
 * joins the first (gets its outcome), one for another room is refused. Nothing starts twice.
 */
export function oneBookingAtATime<T>(item: object, room: string, book: () => Promise<T>): Promise<T> {
  const current = running.get(item);
  if (current) {
    if (current.room === room.toLowerCase()) return current.done as Promise<T>;
    return Promise.reject(
      new RoombookError('bookingRunning', 'Another booking of this meeting is still running.'),
    );
  }
  const done = book().finally(() => running.delete(item));
  running.set(item, { room: room.toLowerCase(), done });
  return done;
}
