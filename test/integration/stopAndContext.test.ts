// The ports' side of issue 12's pane half: a call the user stops through the ports, and the context
// every Graph error carries so that the pane can name what failed (the room directory, availability,
// the meeting, My bookings, other times).
import { searchRooms } from '../../src/core/roomSearch';
import { findAlternativeTimes } from '../../src/core/alternatives';
import { checkRoomBeforeBooking } from '../../src/core/bookingDecisionCheck';
import { anyRoom, fault, graphSetup, NOW } from '../kit/harness';
import { makeAppointment, makeRoom } from '../kit/builders';

const hour = (start: Date) => ({ start, end: new Date(start.getTime() + 3_600_000) });
const appointment = makeAppointment({
  start: new Date('2026-03-04T10:00:00Z'),
  end: new Date('2026-03-04T11:00:00Z'),
});
const stopped = { kind: 'network', code: 'Cancelled' };

describe('stopping a call through the ports', () => {
  it('stops a search whose directory read hangs, and the shared read still serves the next search', async () => {
    const graph = graphSetup({ roomCount: 60 });
    await fault(graph.emulator, { pathPattern: '/places/', latencyMs: 300, count: 1 });
    const stop = new AbortController();
    const search = searchRooms(graph, { appointment, criteria: anyRoom }, { signal: stop.signal });
    stop.abort();
    await expect(search).rejects.toMatchObject(stopped);
    // Nothing asked for availability; the directory read carried on for whoever asks next.
    expect(graph.emulator.requestLog().some((e) => /getSchedule/.test(e.url))).toBe(false);
    const next = await searchRooms(graph, { appointment, criteria: anyRoom });
    expect(next.results).toHaveLength(60);
    expect(next.unreadable).toBe(0);
  });

  it('stops an availability check that hangs instead of calling every room unknown', async () => {
    const graph = graphSetup({ roomCount: 60 });
    await graph.directory.listRooms();
    await fault(graph.emulator, { pathPattern: 'getSchedule', latencyMs: 300 });
    const stop = new AbortController();
    const search = searchRooms(graph, { appointment, criteria: anyRoom }, { signal: stop.signal });
    setTimeout(() => stop.abort(), 20);
    await expect(search).rejects.toMatchObject(stopped);
    const room = makeRoom({ email: graph.emulator.tenant.rooms[0]?.emailAddress ?? '' });
    const check = checkRoomBeforeBooking(graph, appointment, room, { signal: AbortSignal.abort() });
    await expect(check).rejects.toMatchObject(stopped);
  });

  it('stops a search for other times', async () => {
    const graph = graphSetup({ roomCount: 60 });
    const rooms = (await graph.directory.listRooms()).slice(0, 5);
    const stop = new AbortController();
    stop.abort();
    await expect(
      findAlternativeTimes(graph, { appointment, rooms, now: NOW }, { signal: stop.signal }),
    ).rejects.toMatchObject(stopped);
    expect(graph.emulator.requestLog().some((e) => /findMeetingTimes/.test(e.url))).toBe(false);
  });

  it('counts the rooms whose availability could not be read', async () => {
    const graph = graphSetup({ roomCount: 60 });
    // One of the three getSchedule requests (20 rooms each) fails (a 500 is not retried).
    await fault(graph.emulator, { pathPattern: 'getSchedule', status: 500, count: 1 });
    const found = await searchRooms(graph, { appointment, criteria: anyRoom });
    expect(found.unreadable).toBe(20);
    expect(found.results.filter((r) => r.availability.status === 'unknown')).toHaveLength(20);
  });
});

describe('the context of a Graph error', () => {
  it('names the room directory, availability, the meeting, My bookings and other times', async () => {
    const graph = graphSetup({ roomCount: 60 });
    await fault(graph.emulator, { pathPattern: '/places/', status: 404 });
    await expect(graph.directory.listRoomLists()).rejects.toMatchObject({
      kind: 'notFound',
      context: 'directory',
    });
    await expect(graph.bookings.read('AAMkAGI2missing')).rejects.toMatchObject({
      kind: 'notFound',
      context: 'meeting',
    });
    await fault(graph.emulator, { pathPattern: '/calendarView', status: 503 });
    await expect(graph.bookings.listMine(hour(NOW))).rejects.toMatchObject({
      kind: 'unavailable',
      context: 'bookings',
    });
    await fault(graph.emulator, { pathPattern: 'findMeetingTimes', status: 403 });
    await expect(
      graph.meetingTimes.suggest({
        rooms: ['a@contoso.com'],
        window: hour(NOW),
        durationMinutes: 30,
        maxCandidates: 1,
      }),
    ).rejects.toMatchObject({
      kind: 'forbidden',
      context: 'suggestions',
      permission: 'Calendars.Read.Shared',
    });
    await expect(
      graph.schedules.getSchedules(['a@contoso.com'], {
        start: NOW,
        end: new Date(NOW.getTime() + 70 * 86_400_000),
      }),
    ).rejects.toMatchObject({ kind: 'refused', context: 'availability' });
  });

  it('keeps the context of the items when every try of their $batch loses its connection', async () => {
    const graph = graphSetup({ roomCount: 60 });
    await fault(graph.emulator, { pathPattern: '^/v1.0/\\$batch', drop: true });
    await expect(graph.directory.listRooms()).rejects.toMatchObject({
      kind: 'network',
      code: 'NetworkError',
      context: 'directory',
    });
  });
});
