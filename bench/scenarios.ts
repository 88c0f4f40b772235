// The benchmarks and their goals. Each one runs the code the task pane runs for that step: the Graph
// adapters over the emulator, and core's search use case (src/core/roomSearch.ts).
import { roomsPerRoundTrip } from '../src/core/availabilityCheck';
import type { Appointment, MailboxSchedule, Room, SearchCriteria } from '../src/core/model';
import { occurrencesToCheck, scheduleWindows } from '../src/core/occurrences';
import type { RoomDirectory, ScheduleSource } from '../src/core/ports';
import { searchRooms } from '../src/core/roomSearch';
import { makeAppointment, makeWeeklyRecurrence } from '../test/kit/builders';
import type { GraphAdapters } from '../src/graph';
import type { BenchConfig } from './config';
import type { BenchTenant } from './tenant';

/** Untimed preparation for one iteration; resolves to the part that is timed. */
export type Iteration = () => Promise<() => Promise<unknown>>;

export interface Benchmark {
  readonly name: string;
  /** Why the goal is what it is. */
  readonly goal: string;
  /** The p95 the product needs, in milliseconds, for this run's configuration. */
  readonly goalMs: number;
  readonly iterations: number;
  readonly iteration: Iteration;
}

const BERLIN = 'Europe/Berlin';

/** A one-hour meeting for the organizer and three people, on a working day. */
export const MEETING: Appointment = makeAppointment({
  subject: 'Planning',
  start: new Date('2026-03-04T09:00:00Z'),
  end: new Date('2026-03-04T10:00:00Z'),
  attendeeCount: 3,
  displayTimeZone: BERLIN,
});

/** The same meeting every Wednesday with no end: core checks 52 occurrences over a year. */
export const WEEKLY: Appointment = { ...MEETING, recurrence: makeWeeklyRecurrence({ timeZone: BERLIN }) };

/** What the form starts with (capacity = attendees + organizer) plus a display, the usual ask. */
export const TYPICAL: SearchCriteria = {
  roomList: null,
  floor: null,
  minCapacity: MEETING.attendeeCount + 1,
  features: ['display'],
  tags: [],
  text: '',
};

/** A narrower second search: a bigger room with video, found by a word. */
export const REFINED: SearchCriteria = { ...TYPICAL, minCapacity: 8, features: ['video'], text: 'floor 2' };

async function loadDirectory(session: GraphAdapters): Promise<Room[]> {
  // The pane loads both at once when it opens (src/taskpane/book/useBookView.ts).
  const [, rooms] = await Promise.all([session.directory.listRoomLists(), session.directory.listRooms()]);
  return rooms;
}

/** Availability exactly as core asks for it: one getSchedules call per window, all at once. */
function availability(schedules: ScheduleSource, mailboxes: readonly string[], appointment: Appointment) {
  const windows = scheduleWindows(occurrencesToCheck(appointment));
  return Promise.all(windows.map((window) => schedules.getSchedules(mailboxes, window)));
}

/** The inputs several benchmarks share, read once through the adapters before anything is timed. */
export interface Fixture {
  /** A pane session whose directory is loaded, as after the first search. */
  readonly session: GraphAdapters;
  readonly rooms: readonly Room[];
  /** The rooms a typical search checks (core's candidates). */
  readonly candidates: readonly string[];
  readonly schedules: Map<string, MailboxSchedule>;
}

export async function loadFixture(tenant: BenchTenant, config: BenchConfig): Promise<Fixture> {
  const session = tenant.session();
  const rooms = await loadDirectory(session);
  // A benchmark over a wrong directory would measure nothing: every room, each in its building.
  const homeless = rooms.filter((room) => room.roomListEmail === null).length;
  if (rooms.length !== config.rooms || homeless > 0)
    throw new Error(
      `The directory read ${rooms.length} of ${config.rooms} rooms, ${homeless} without building.`,
    );
  const found = await searchRooms(session, { appointment: MEETING, criteria: TYPICAL });
  const candidates = found.results.map((result) => result.room.email);
  const [schedules] = await availability(session.schedules, candidates, MEETING);
  if (!schedules) throw new Error('No schedules came back.');
  return { session, rooms, candidates, schedules };
}

export function benchmarks(tenant: BenchTenant, config: BenchConfig, fixture: Fixture): Benchmark[] {
  // Goals are stated for 10,000 rooms at 30 ms; the directory grows with the tenant and waiting
  // grows with latency, so those parts of a goal scale up (never down) with them.
  const size = Math.max(1, config.rooms / 10_000);
  const wait = Math.max(1, config.latencyMs / 30);
  const io = config.iterations;
  const inMemory: { directory: RoomDirectory; schedules: ScheduleSource } = {
    directory: { listRooms: async () => [...fixture.rooms], listRoomLists: async () => [] },
    schedules: { getSchedules: async () => fixture.schedules },
  };
  /** A run in a newly opened pane: a fresh session, so nothing is cached yet. */
  const inNewPane = (
    name: string,
    goal: string,
    goalMs: number,
    run: (session: GraphAdapters) => Promise<unknown>,
  ): Benchmark => ({
    name,
    goal,
    goalMs,
    iterations: io,
    iteration: async () => {
      const session = tenant.session();
      return () => run(session);
    },
  });
  /** Core's filtering and ranking alone, over the loaded directory and schedules. */
  const rankingOf = (name: string, criteria: SearchCriteria): Benchmark => ({
    name,
    goal: 'under a long task (50 ms) on the UI thread',
    goalMs: 50 * size,
    iterations: io * 5,
    iteration: async () => () => searchRooms(inMemory, { appointment: MEETING, criteria }),
  });
  return [
    inNewPane(
      'Room directory (Places, $top/$skip)',
      'the pane opens with every building and room',
      3_000 * size * wait,
      loadDirectory,
    ),
    inNewPane('Availability, one meeting', 'results show free/busy right after the list', 150 * wait, (s) =>
      availability(s.schedules, fixture.candidates, MEETING),
    ),
    inNewPane(
      'Availability, weekly series (52)',
      'a year of Wednesdays checked while the user waits',
      1_500 * wait,
      // The series' first results: the round trip's worth of rooms its windows leave (the rest follow).
      (s) =>
        availability(
          s.schedules,
          fixture.candidates.slice(0, roomsPerRoundTrip(scheduleWindows(occurrencesToCheck(WEEKLY)).length)),
          WEEKLY,
        ),
    ),
    rankingOf('Filter + rank, typical (core only)', TYPICAL),
    rankingOf('Filter + rank, free text (core only)', REFINED),
    inNewPane(
      'First search (directory + availability)',
      'a user opening the pane waits at most this long',
      3_000 * size * wait,
      async (s) => {
        await loadDirectory(s);
        return searchRooms(s, { appointment: MEETING, criteria: TYPICAL });
      },
    ),
    {
      name: 'Next search (directory cached)',
      goal: 'changing a filter feels instant',
      goalMs: 250 * wait,
      iterations: io,
      iteration: async () => () => searchRooms(fixture.session, { appointment: MEETING, criteria: REFINED }),
    },
  ];
}
