// Other times name their rooms; a series' time counts only with rooms free on every date; wider
// searches count the free rooms a filter kept out.
import { makeAppointment, makeRoom, makeWeeklyRecurrence } from '../../test/kit/builders';
import { findAlternativeTimes } from './alternatives';
import type { BusyItem, MailboxSchedule, TimeRange, TimeSuggestion } from './model';
import type { MeetingTimeFinder, RoomDirectory, ScheduleSource } from './ports';
import { findRelaxations } from './relaxations';

const at = (iso: string) => new Date(iso);
const rooms = ['a', 'b', 'c', 'd', 'e'].map((n) =>
  makeRoom({ email: `${n}@x`, displayName: n.toUpperCase() }),
);

/** Rooms busy at the given times; everything else free. */
function schedulesWith(busy: Record<string, readonly TimeRange[]>): ScheduleSource & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    asked,
    getSchedules: async (mailboxes) => {
      asked.push([...mailboxes]);
      return new Map<string, MailboxSchedule>(
        mailboxes.map((m) => [
          m.toLowerCase(),
          { ok: true, items: (busy[m] ?? []).map((r): BusyItem => ({ ...r, status: 'busy' })) },
        ]),
      );
    },
  };
}

function finder(suggestions: readonly TimeSuggestion[]): MeetingTimeFinder & { asked: unknown[] } {
  const asked: unknown[] = [];
  return {
    asked,
    suggest: async (request) => {
      asked.push(request);
      return [...suggestions];
    },
  };
}

const suggestion = (start: string, end: string, roomEmails: string[]): TimeSuggestion => ({
  start: at(start),
  end: at(end),
  roomEmails,
  confidence: 100,
});

describe('findAlternativeTimes', () => {
  it('returns the rooms free at each time, best fit first, closest time first, not the time asked', async () => {
    const meetingTimes = finder([
      suggestion('2026-03-04T14:00:00Z', '2026-03-04T15:00:00Z', ['c@x', 'A@x']),
      suggestion('2026-03-04T10:00:00Z', '2026-03-04T11:00:00Z', ['a@x']),
      suggestion('2026-03-04T11:00:00Z', '2026-03-04T12:00:00Z', ['e@x', 'b@x', 'd@x', 'a@x']),
      suggestion('2026-03-04T12:00:00Z', '2026-03-04T13:00:00Z', []),
    ]);
    const found = await findAlternativeTimes(
      { meetingTimes, schedules: schedulesWith({}) },
      { appointment: makeAppointment(), rooms, now: at('2026-03-04T07:00:00Z') },
    );
    expect(found.map((o) => [o.start.toISOString(), o.rooms.map((r) => r.displayName)])).toEqual([
      ['2026-03-04T11:00:00.000Z', ['A', 'B', 'D', 'E']],
      ['2026-03-04T14:00:00.000Z', ['A', 'C']],
    ]);
  });

  it('keeps a series on its first day and offers a time only with rooms free on every date', async () => {
    const appointment = makeAppointment({ recurrence: makeWeeklyRecurrence({ numberOfOccurrences: 10 }) });
    const meetingTimes = finder([
      suggestion('2026-03-04T13:00:00Z', '2026-03-04T14:00:00Z', ['a@x', 'b@x']),
      suggestion('2026-03-04T15:00:00Z', '2026-03-04T16:00:00Z', ['a@x']),
    ]);
    // A is busy at 14:00 Berlin on the 8th Wednesday (in summer time: 12:00 UTC), and at 16:00 on the
    // last: neither time is free on every date for A, so 16:00 (A alone) is not offered at all.
    const schedules = schedulesWith({
      'a@x': [
        { start: at('2026-04-22T12:00:00Z'), end: at('2026-04-22T13:00:00Z') },
        { start: at('2026-05-06T14:00:00Z'), end: at('2026-05-06T15:00:00Z') },
      ],
    });
    const found = await findAlternativeTimes(
      { meetingTimes, schedules },
      { appointment, rooms, now: at('2026-03-04T07:00:00Z') },
    );
    expect(meetingTimes.asked[0]).toMatchObject({
      window: { start: at('2026-03-04T07:00:00Z'), end: at('2026-03-05T00:00:00Z') },
    });
    expect(found.map((o) => [o.start.toISOString(), o.rooms.map((r) => r.email)])).toEqual([
      ['2026-03-04T13:00:00.000Z', ['b@x']],
    ]);
  });
});

describe('findRelaxations', () => {
  const appointment = makeAppointment();
  const slot = { start: appointment.start, end: appointment.end };
  const directory: RoomDirectory = {
    listRoomLists: async () => [],
    listRooms: async () => [
      makeRoom({ email: 'here@x', capacity: 10, roomListEmail: 'a@x' }),
      makeRoom({ email: 'there1@x', capacity: 10, roomListEmail: 'b@x' }),
      makeRoom({ email: 'there2@x', capacity: 12, roomListEmail: 'b@x' }),
      makeRoom({ email: 'there3@x', capacity: 12, roomListEmail: 'b@x' }),
      makeRoom({ email: 'small6@x', capacity: 6, roomListEmail: 'a@x' }),
      makeRoom({ email: 'small8@x', capacity: 8, roomListEmail: 'a@x' }),
      makeRoom({
        email: 'plain@x',
        capacity: 10,
        roomListEmail: 'a@x',
        features: { display: false, video: false, audio: false, wheelchairAccessible: false, tags: [] },
      }),
    ],
  };
  const criteria = {
    roomList: 'a@x',
    floor: null,
    minCapacity: 10,
    features: ['display' as const],
    tags: [],
    text: '',
  };

  it('counts the free rooms each wider search adds, and leaves out those that add none', async () => {
    const schedules = schedulesWith({ 'here@x': [slot], 'there3@x': [slot], 'small6@x': [slot] });
    const found = await findRelaxations({ directory, schedules }, { appointment, criteria });
    expect(found.map((r) => [r.kind, r.freeRooms, r.criteria])).toEqual([
      ['building', 2, { ...criteria, roomList: null }],
      ['equipment', 1, { ...criteria, features: [] }],
      ['seats', 1, { ...criteria, minCapacity: 8 }],
    ]);
    // Only rooms the filters kept out were asked about.
    expect(schedules.asked.flat()).not.toContain('here@x');
  });

  it('offers nothing when the wider searches add no free room', async () => {
    const busyAll = Object.fromEntries(
      ['there1@x', 'there2@x', 'there3@x', 'small8@x', 'plain@x'].map((e) => [e, [slot]]),
    );
    const found = await findRelaxations(
      { directory, schedules: schedulesWith(busyAll) },
      { appointment, criteria },
    );
    expect(found).toEqual([]);
  });
});
