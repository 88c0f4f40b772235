// Every matching room gets availability: the best-fitting round trip first, the rest in the
// background, merged without moving the rooms already shown.
import { makeAppointment, makeRoom, makeWeeklyRecurrence } from '../../test/kit/builders';
import { roomsPerRoundTrip } from './availabilityCheck';
import { checkRemaining } from './backgroundCheck';
import type { MailboxSchedule, RankedRoom, Room, SearchCriteria } from './model';
import type { RoomDirectory, ScheduleSource } from './ports';
import { addChecked, revealHeld, startResults } from './progressiveResults';
import { searchRooms } from './roomSearch';

const criteria: SearchCriteria = {
  roomList: null,
  floor: null,
  minCapacity: 4,
  features: [],
  tags: [],
  text: '',
};
const busy = {
  start: new Date('2026-01-01T00:00:00Z'),
  end: new Date('2027-12-31T00:00:00Z'),
  status: 'busy' as const,
};

/** 450 rooms, capacity growing with the index (r0 fits best); only `freeRoom` is free. */
function tenant(freeRoom: string) {
  const rooms = Array.from({ length: 450 }, (_, i) =>
    makeRoom({ email: `r${i}@x`, displayName: `R${i}`, capacity: 4 + i }),
  );
  const calls: { mailboxes: string[]; signal: AbortSignal | undefined }[] = [];
  const directory: RoomDirectory = { listRoomLists: async () => [], listRooms: async () => rooms };
  const schedules: ScheduleSource = {
    getSchedules: async (mailboxes, _window, options) => {
      calls.push({ mailboxes: [...mailboxes], signal: options?.signal });
      return new Map<string, MailboxSchedule>(
        mailboxes.map((m) => [m, { ok: true, items: m === freeRoom ? [] : [busy] }]),
      );
    },
  };
  return { rooms, calls, deps: { directory, schedules } };
}

describe('roomsPerRoundTrip', () => {
  it('fills the four requests Outlook runs at once, shared by the schedule windows', () => {
    expect(roomsPerRoundTrip(1)).toBe(80);
    expect(roomsPerRoundTrip(2)).toBe(40);
    expect(roomsPerRoundTrip(3)).toBe(20);
    expect(roomsPerRoundTrip(7)).toBe(20);
  });
});

describe('progressive search', () => {
  it('checks the best-fitting round trip first and lists every other match as unchecked', async () => {
    const { calls, deps } = tenant('r300@x');
    const found = await searchRooms(deps, { appointment: makeAppointment(), criteria });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.mailboxes).toEqual(Array.from({ length: 80 }, (_, i) => `r${i}@x`));
    expect(found.results).toHaveLength(80);
    expect(found.totalMatches).toBe(450);
    expect(found.unchecked.map((r) => r.email)).toEqual(
      Array.from({ length: 370 }, (_, i) => `r${80 + i}@x`),
    );
    expect(found.results.some((r) => r.availability.status === 'free')).toBe(false);
  });

  it('checks a long series in fewer rooms per trip, one request per window', async () => {
    const { calls, deps } = tenant('r300@x');
    const appointment = makeAppointment({ recurrence: makeWeeklyRecurrence({ numberOfOccurrences: 12 }) });
    const found = await searchRooms(deps, { appointment, criteria });
    expect(found.windows).toHaveLength(2);
    expect(calls).toHaveLength(2);
    expect(found.results).toHaveLength(40);
    expect(found.checkedOccurrences).toBe(12);
  });

  it('finds the only free room beyond the first trip in the background, one trip at a time', async () => {
    const { calls, deps } = tenant('r300@x');
    const found = await searchRooms(deps, { appointment: makeAppointment(), criteria });
    const batches: (readonly RankedRoom[])[] = [];
    await checkRemaining(deps, { ...found, onChecked: (checked) => batches.push(checked) });
    expect(batches.map((b) => b.length)).toEqual([80, 80, 80, 80, 50]);
    expect(calls.map((c) => c.mailboxes.length)).toEqual([80, 80, 80, 80, 80, 50]);
    const free = batches.flat().filter((r) => r.availability.status === 'free');
    expect(free.map((r) => r.room.email)).toEqual(['r300@x']);
  });

  it('stops when the signal aborts, and passes the signal to the schedule source', async () => {
    const { calls, deps } = tenant('r300@x');
    const found = await searchRooms(deps, { appointment: makeAppointment(), criteria });
    const controller = new AbortController();
    let batches = 0;
    await checkRemaining(
      deps,
      {
        ...found,
        onChecked: () => {
          batches += 1;
          if (batches === 2) controller.abort();
        },
      },
      { signal: controller.signal },
    );
    expect(batches).toBe(2);
    expect(calls).toHaveLength(3);
    expect(calls[1]?.signal).toBe(controller.signal);
  });

  it('swallows the cancellation of an aborted trip, but not other failures', async () => {
    const room = makeRoom({ email: 'a@x' });
    const controller = new AbortController();
    const cancelled: ScheduleSource = {
      getSchedules: async () => {
        controller.abort();
        throw new Error('Cancelled');
      },
    };
    const input = {
      unchecked: [room],
      occurrences: [],
      windows: [{ start: new Date(0), end: new Date(1) }],
      onChecked: () => undefined,
    };
    await expect(
      checkRemaining({ schedules: cancelled }, input, { signal: controller.signal }),
    ).resolves.toBeUndefined();
    const failing: ScheduleSource = { getSchedules: async () => Promise.reject(new Error('boom')) };
    await expect(checkRemaining({ schedules: failing }, input)).rejects.toThrow('boom');
  });
});

describe('merging rooms checked later', () => {
  const ranked = (room: Room, status: 'free' | 'busy'): RankedRoom => ({
    room,
    availability: { status, total: 1, freeCount: status === 'free' ? 1 : 0 },
  });
  const context = { minCapacity: 4, currentRoom: null };
  const a = ranked(makeRoom({ email: 'a@x', capacity: 4 }), 'free');
  const b = ranked(makeRoom({ email: 'b@x', capacity: 6 }), 'busy');
  const c = ranked(makeRoom({ email: 'c@x', capacity: 5 }), 'free');
  const d = ranked(makeRoom({ email: 'd@x', capacity: 5 }), 'busy');
  const e = ranked(makeRoom({ email: 'e@x', capacity: 7 }), 'busy');

  it('keeps the shown rooms in place, puts busy ones below and holds free ones', () => {
    const state = addChecked(startResults([a, b], 5), [e, c, d], context);
    expect(state.shown.map((r) => r.room.email)).toEqual(['a@x', 'b@x', 'd@x', 'e@x']);
    expect(state.held.map((r) => r.room.email)).toEqual(['c@x']);
    expect(state.checked).toBe(5);
    expect(state.total).toBe(5);
  });

  it('ranks everything together when the user asks to see the held rooms', () => {
    const state = revealHeld(addChecked(startResults([a, b], 5), [e, c, d], context), context);
    expect(state.shown.map((r) => r.room.email)).toEqual(['a@x', 'c@x', 'd@x', 'b@x', 'e@x']);
    expect(state.held).toEqual([]);
  });
});

describe('the room already on the meeting', () => {
  it('is found in the directory the search reads, by address in any case, and ranks its building first', async () => {
    const north = { building: 'North', roomListEmail: 'north@x' };
    const south = { building: 'South', roomListEmail: 'south@x' };
    const rooms = [
      makeRoom({ email: 'a@x', displayName: 'A', capacity: 8, ...north }),
      makeRoom({ email: 'b@x', displayName: 'B', capacity: 8, ...south }),
      makeRoom({ email: 'booked@x', displayName: 'Booked', capacity: 30, ...south }),
    ];
    const deps = {
      directory: { listRoomLists: async () => [], listRooms: async () => rooms },
      schedules: {
        getSchedules: async (mailboxes: readonly string[]) =>
          new Map<string, MailboxSchedule>(mailboxes.map((m) => [m, { ok: true, items: [busy] }])),
      },
    };

    const found = await searchRooms(deps, {
      appointment: makeAppointment(),
      criteria,
      bookedRoom: 'BOOKED@X',
    });
    const plain = await searchRooms(deps, { appointment: makeAppointment(), criteria });

    expect(found.currentRoom).toBe(rooms[2]);
    // Equally busy and equally big: B, in the booked room's building, before A; by name otherwise.
    expect(found.results.map((r) => r.room.email)).toEqual(['b@x', 'a@x', 'booked@x']);
    expect(plain.currentRoom).toBeNull();
    expect(plain.results.map((r) => r.room.email)).toEqual(['a@x', 'b@x', 'booked@x']);
  });
});

describe('the room that accepted this meeting', () => {
  const appointment = makeAppointment();
  /** Every room holds a meeting at exactly this meeting's time: for the accepted room, this one. */
  const atMeetingTime = {
    start: appointment.start,
    end: appointment.end,
    status: 'busy' as const,
  };
  function sameTimeTenant(roomCount: number) {
    const rooms = Array.from({ length: roomCount }, (_, i) =>
      makeRoom({ email: `r${i}@x`, displayName: `R${i}`, capacity: 4 + i }),
    );
    const deps = {
      directory: { listRoomLists: async () => [], listRooms: async () => rooms },
      schedules: {
        getSchedules: async (mailboxes: readonly string[]) =>
          new Map<string, MailboxSchedule>(mailboxes.map((m) => [m, { ok: true, items: [atMeetingTime] }])),
      },
    };
    return deps;
  }

  it('is not busy with this meeting: it is free, held for it, and ranks so; every other room stays busy', async () => {
    const deps = sameTimeTenant(3);
    const found = await searchRooms(deps, {
      appointment,
      criteria,
      bookedRoom: 'r2@x',
      acceptedRoom: 'R2@X',
    });
    expect(found.acceptedRoom).toBe('R2@X');
    expect(found.results.map((r) => [r.room.email, r.availability.status, r.heldForMeeting])).toEqual([
      ['r2@x', 'free', true],
      ['r0@x', 'busy', undefined],
      ['r1@x', 'busy', undefined],
    ]);
    // The timeline draws the meeting itself, not the room's copy of it as a busy block.
    expect(found.results[0]?.timeline?.blocks).toEqual([]);
    expect(found.results[1]?.timeline?.blocks).toHaveLength(1);
  });

  it('counts against a room that only has it on the meeting (added, waiting, declined)', async () => {
    const found = await searchRooms(sameTimeTenant(3), { appointment, criteria, bookedRoom: 'r2@x' });
    expect(found.acceptedRoom).toBeNull();
    expect(found.results.every((r) => r.availability.status === 'busy' && !r.heldForMeeting)).toBe(true);
  });

  it('is judged the same way when the background checks reach it', async () => {
    const deps = sameTimeTenant(100);
    const found = await searchRooms(deps, { appointment, criteria, acceptedRoom: 'r90@x' });
    expect(found.unchecked.map((r) => r.email)).toContain('r90@x');
    const later: RankedRoom[] = [];
    await checkRemaining(deps, { ...found, onChecked: (checked) => later.push(...checked) });
    const free = later.filter((r) => r.availability.status === 'free');
    expect(free.map((r) => [r.room.email, r.heldForMeeting])).toEqual([['r90@x', true]]);
  });
});
