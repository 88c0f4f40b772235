// Rooms whose availability is unknown (their getSchedule answer failed) are never ranked as if free:
// free first, then tentative, then unknown, busy last; a series room busy on some dates is busy (one
// clashing date declines a whole series by Exchange's defaults, bookingDecision.ts), so it follows
// the unknown rooms however many dates are free.
import type { RoomAvailability } from './model';
import { rankRooms } from './ranking';
import { makeRoom } from '../../test/kit/builders';

const ranked = (name: string, availability: RoomAvailability, capacity = 8, roomListEmail = 'far@x') => ({
  room: makeRoom({ email: `${name}@x`, displayName: name, capacity, roomListEmail }),
  availability,
});
const one = (status: RoomAvailability['status']): RoomAvailability => ({
  status,
  total: 1,
  freeCount: status === 'free' ? 1 : 0,
});
const current = makeRoom({ email: 'current@x', roomListEmail: 'near@x' });

describe('ranking by availability', () => {
  it('puts free, tentative, unknown and busy in that order, whatever fits better', () => {
    const rooms = [
      // The unknown and busy rooms fit perfectly and are in the current building; the free one does not.
      ranked('Unknown', one('unknown'), 4, 'near@x'),
      ranked('Busy', one('busy'), 4, 'near@x'),
      ranked('Tentative', one('tentative'), 30),
      ranked('Free', one('free'), 40),
    ];
    expect(rankRooms(rooms, 4, current).map((r) => r.room.displayName)).toEqual([
      'Free',
      'Tentative',
      'Unknown',
      'Busy',
    ]);
  });

  it('ranks a series free on more dates first among its status, and a partly busy one after unknown', () => {
    const rooms = [
      ranked('Busy 9 of 10', { status: 'busy', total: 10, freeCount: 9 }),
      ranked('Unknown series', { status: 'unknown', total: 10, freeCount: 0 }),
      ranked('Tentative 3 of 10', { status: 'tentative', total: 10, freeCount: 3 }),
      ranked('Tentative 8 of 10', { status: 'tentative', total: 10, freeCount: 8 }),
      ranked('Free series', { status: 'free', total: 10, freeCount: 10 }),
      ranked('Busy 1 of 10', { status: 'busy', total: 10, freeCount: 1 }),
    ];
    expect(rankRooms(rooms, 4, null).map((r) => r.room.displayName)).toEqual([
      'Free series',
      'Tentative 8 of 10',
      'Tentative 3 of 10',
      'Unknown series',
      'Busy 9 of 10',
      'Busy 1 of 10',
    ]);
  });

  it('never puts an unknown room above a free one, for every mix of capacities', () => {
    const statuses = ['free', 'tentative', 'unknown', 'busy'] as const;
    for (let seed = 0; seed < 200; seed += 1) {
      const rooms = Array.from({ length: 8 }, (_, i) =>
        ranked(`R${i}`, one(statuses[(seed * 7 + i * 3) % 4] ?? 'free'), 2 + ((seed + i * 5) % 13)),
      );
      const order = rankRooms(rooms, 4, current).map((r) => r.availability.status);
      const worst = order.map((status) => statuses.indexOf(status));
      expect(worst).toEqual([...worst].sort((a, b) => a - b));
    }
  });
});
