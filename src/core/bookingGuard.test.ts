import { oneBookingAtATime } from './bookingGuard';
import { RoombookError } from './errors';

/** A booking that finishes when the test says so, counting how often one was started. */
function pendingBooking() {
  let finish: (value: string) => void = () => undefined;
  let started = 0;
  const book = () => {
    started += 1;
    return new Promise<string>((resolve) => (finish = resolve));
  };
  return { book, finish: (value: string) => finish(value), started: () => started };
}

describe('oneBookingAtATime', () => {
  it('a second click for the same room joins the running booking instead of starting another', async () => {
    const item = {};
    const booking = pendingBooking();
    const first = oneBookingAtATime(item, 'Room-A@contoso.com', booking.book);
    const second = oneBookingAtATime(item, 'room-a@contoso.com', booking.book);
    booking.finish('booked');
    await expect(first).resolves.toBe('booked');
    await expect(second).resolves.toBe('booked');
    expect(booking.started()).toBe(1);
  });

  it('refuses a booking of another room while one runs, and allows the next once it is done', async () => {
    const item = {};
    const booking = pendingBooking();
    const first = oneBookingAtATime(item, 'a@contoso.com', booking.book);
    await expect(oneBookingAtATime(item, 'b@contoso.com', booking.book)).rejects.toEqual(
      expect.objectContaining({ kind: 'bookingRunning' }),
    );
    expect(booking.started()).toBe(1);
    booking.finish('booked');
    await first;
    const next = oneBookingAtATime(item, 'b@contoso.com', async () => 'next');
    await expect(next).resolves.toBe('next');
  });

  it('frees the item after a failed booking, and keeps other items independent', async () => {
    const item = {};
    const failed = oneBookingAtATime(item, 'a@contoso.com', async () => {
      throw new RoombookError('network', 'down');
    });
    await expect(failed).rejects.toBeInstanceOf(RoombookError);
    const other = pendingBooking();
    const elsewhere = oneBookingAtATime({}, 'a@contoso.com', other.book);
    await expect(oneBookingAtATime(item, 'a@contoso.com', async () => 'again')).resolves.toBe('again');
    other.finish('done');
    await expect(elsewhere).resolves.toBe('done');
  });
});
