import { bookRoom } from './booking';
import { BookingFailure } from './bookingVerify';
import { RoombookError } from './errors';
import type { BookingRecord, Room } from './model';
import type { AppointmentPort, BookingStore, RoomDirectory, ScheduleSource } from './ports';
import { searchRooms } from './roomSearch';
import { makeAppointment, makeRoom } from '../../test/kit/builders';

function fakeItem(roomEmails: string[] = []) {
  const calls: string[] = [];
  const state = { roomEmails: [...roomEmails], saved: false };
  const port: AppointmentPort = {
    read: async () => makeAppointment({ roomEmails: [...state.roomEmails] }),
    readBookingMirror: async () => null,
    addRoom: async (room) => {
      calls.push(`add ${room.email}`);
      state.roomEmails.push(room.email);
    },
    removeRoom: async (email) => {
      calls.push(`remove ${email}`);
      state.roomEmails = state.roomEmails.filter((e) => e !== email);
    },
    setTime: async (start) => {
      calls.push(`move ${start.toISOString()}`);
    },
    ensureSaved: async () => {
      calls.push('save');
      state.saved = true;
      return 'EVENT-1';
    },
    notify: async (message) => {
      calls.push(`notify ${message}`);
    },
    onChanged: () => () => undefined,
  };
  return { port, calls, state };
}

function fakeStore(fail?: 'write' | 'read' | 'mismatch' | 'lostAnswer') {
  const stored = new Map<string, BookingRecord>();
  const store: BookingStore = {
    read: async (id) => {
      if (fail === 'read') throw new RoombookError('network', 'down');
      const value = stored.get(id) ?? null;
      return fail === 'mismatch' && value ? { ...value, capacity: 99 } : value;
    },
    write: async (id, record) => {
      if (fail === 'write') throw new RoombookError('throttled', 'slow down');
      stored.set(id, record);
      if (fail === 'lostAnswer') throw new RoombookError('network', 'the answer was lost');
    },
    clear: async (id) => {
      stored.delete(id);
    },
    cancel: async (id) => {
      stored.delete(id);
    },
    listMine: async () => [],
    roomStatus: async () => ({ sent: false, invited: true, response: 'none' }),
    inviteRoom: async () => undefined,
  };
  return { store, stored };
}

const room = makeRoom({ email: 'room-a@contoso.com', displayName: 'Amber' });
const input = (previous: BookingRecord | null = null, target: Room = room) => ({
  room: target,
  criteria: { roomList: null, floor: null, minCapacity: 4, features: [], tags: [], text: '' },
  addinVersion: '1.0.0.0',
  ownerEmail: 'megan.bowen@contoso.com',
  previous,
  notification: (r: Room) => `${r.displayName} added`,
});

describe('bookRoom', () => {
  it('adds the room, saves, writes and verifies the record, then notifies', async () => {
    const item = fakeItem();
    const { store, stored } = fakeStore();
    const outcome = await bookRoom({ appointment: item.port, bookings: store }, input());
    expect(item.calls).toEqual(['add room-a@contoso.com', 'save', 'notify Amber added']);
    expect(outcome).toMatchObject({ eventId: 'EVENT-1', roomAdded: true, replaced: null });
    expect(stored.get('EVENT-1')?.resourceMailbox).toBe('room-a@contoso.com');
  });

  it('does not add the room twice when booking again', async () => {
    const item = fakeItem(['room-a@contoso.com']);
    const { store } = fakeStore();
    const outcome = await bookRoom({ appointment: item.port, bookings: store }, input());
    expect(outcome.roomAdded).toBe(false);
    expect(item.calls.filter((c) => c.startsWith('add'))).toEqual([]);
  });

  it('replaces the previously booked room', async () => {
    const item = fakeItem(['old@contoso.com']);
    const { store } = fakeStore();
    const first = await bookRoom(
      { appointment: fakeItem().port, bookings: store },
      input(null, makeRoom({ email: 'old@contoso.com' })),
    );
    const outcome = await bookRoom({ appointment: item.port, bookings: store }, input(first.record));
    // Make before break: the old room comes off only after the new one is booked.
    expect(item.calls.slice(0, 4)).toEqual([
      'add room-a@contoso.com',
      'save',
      'remove old@contoso.com',
      'save',
    ]);
    expect(outcome.replaced).toBe('old@contoso.com');
    expect(item.state.roomEmails).toEqual(['room-a@contoso.com']);
  });

  it.each(['write', 'read', 'mismatch'] as const)(
    'rolls the item back when the %s step fails',
    async (fail) => {
      const item = fakeItem(['old@contoso.com']);
      const previous = (
        await bookRoom(
          { appointment: fakeItem().port, bookings: fakeStore().store },
          input(null, makeRoom({ email: 'old@contoso.com' })),
        )
      ).record;
      await expect(
        bookRoom({ appointment: item.port, bookings: fakeStore(fail).store }, input(previous)),
      ).rejects.toBeInstanceOf(RoombookError);
      expect(item.state.roomEmails).toEqual(['old@contoso.com']);
      expect(item.calls.some((c) => c.startsWith('notify'))).toBe(false);
    },
  );
});

describe('bookRoom after an unknown outcome', () => {
  it('a write applied but whose answer was lost is found by reading back: booked', async () => {
    const item = fakeItem();
    const { store, stored } = fakeStore('lostAnswer');
    const outcome = await bookRoom({ appointment: item.port, bookings: store }, input());
    expect(outcome.state).toBe('booked');
    expect(stored.get('EVENT-1')?.resourceMailbox).toBe('room-a@contoso.com');
  });

  it('a read-back that keeps failing is undone by writes that need no read, verified unchanged', async () => {
    const item = fakeItem();
    const { store, stored } = fakeStore('read');
    const failure = await bookRoom({ appointment: item.port, bookings: store }, input()).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(BookingFailure);
    expect(failure).toMatchObject({ kind: 'network', state: 'unchanged' });
    expect(stored.size).toBe(0);
    expect(item.state.roomEmails).toEqual([]);
    expect(item.calls).toEqual(['add room-a@contoso.com', 'save', 'remove room-a@contoso.com', 'save']);
  });

  it('an undo that cannot be verified is reported as unknown, never as unchanged', async () => {
    const item = fakeItem();
    const { store } = fakeStore('read');
    const failing = { ...store, clear: async () => Promise.reject(new RoombookError('network', 'down')) };
    const failure = await bookRoom({ appointment: item.port, bookings: failing }, input()).catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ state: 'unknown', truth: { room: 'asBefore', properties: 'unknown' } });
  });
});

describe('searchRooms', () => {
  it('checks availability only for the best-fitting candidates and ranks free first', async () => {
    const rooms = Array.from({ length: 200 }, (_, i) =>
      makeRoom({ email: `r${i}@x`, displayName: `R${i}`, capacity: 4 + (i % 10) }),
    );
    const asked: string[][] = [];
    const directory: RoomDirectory = { listRoomLists: async () => [], listRooms: async () => rooms };
    const schedules: ScheduleSource = {
      getSchedules: async (mailboxes) => {
        asked.push([...mailboxes]);
        return new Map(
          mailboxes.map((m) => [
            m,
            m === 'r0@x'
              ? {
                  ok: true,
                  items: [
                    {
                      start: new Date('2026-03-04T10:00:00Z'),
                      end: new Date('2026-03-04T10:30:00Z'),
                      status: 'busy' as const,
                    },
                  ],
                }
              : { ok: true, items: [] },
          ]),
        );
      },
    };
    const result = await searchRooms(
      { directory, schedules },
      {
        appointment: makeAppointment(),
        criteria: { roomList: null, floor: null, minCapacity: 4, features: [], tags: [], text: '' },
        limit: 30,
      },
    );
    expect(result.totalMatches).toBe(200);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toHaveLength(30);
    expect(result.results[0]?.availability.status).toBe('free');
    expect(result.results[0]?.room.capacity).toBe(4);
    expect(result.results.at(-1)?.room.email).toBe('r0@x');
  });

  it('waits for room lists only when the search names a building', async () => {
    const asked: (boolean | undefined)[] = [];
    const room = makeRoom({ email: 'r@x', capacity: 6 });
    const directory: RoomDirectory = {
      listRoomLists: async () => [],
      listRooms: async (options) => {
        asked.push(options?.withRoomLists);
        return [{ ...room, roomListEmail: 'building-a@x' }];
      },
    };
    const schedules: ScheduleSource = { getSchedules: async () => new Map() };
    const criteria = { roomList: null, floor: null, minCapacity: 2, features: [], tags: [], text: '' };
    const search = (roomList: string | null) =>
      searchRooms(
        { directory, schedules },
        { appointment: makeAppointment(), criteria: { ...criteria, roomList } },
      );
    await search(null);
    expect((await search('building-a@x')).totalMatches).toBe(1);
    expect(asked).toEqual([false, true]);
  });
});
