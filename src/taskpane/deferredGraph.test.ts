import { deferredGraphAdapters, type PaneGraph } from './deferredGraph';

const WINDOW = { start: new Date('2026-03-04T09:00:00Z'), end: new Date('2026-03-04T10:00:00Z') };

function fakeAdapters(): PaneGraph {
  return {
    directory: {
      listRoomLists: jest.fn(async () => []),
      listRooms: jest.fn(async () => []),
      readAt: jest.fn(async () => null),
      refresh: jest.fn(async () => undefined),
      forget: jest.fn(async () => undefined),
      subscribe: jest.fn(() => () => undefined),
    },
    schedules: { getSchedules: jest.fn(async () => new Map()) },
    meetingTimes: { suggest: jest.fn(async () => []) },
    bookings: {
      read: jest.fn(async () => null),
      write: jest.fn(async () => undefined),
      clear: jest.fn(async () => undefined),
      cancel: jest.fn(async () => undefined),
      listMine: jest.fn(async () => []),
      roomStatus: jest.fn(async () => ({ sent: false, invited: true, response: 'none' as const })),
      inviteRoom: jest.fn(async () => undefined),
    },
    exceptions: {
      occurrenceAt: jest.fn(async () => null),
      replaceRoom: jest.fn(async () => undefined),
    },
    checkIns: {
      checkIn: jest.fn(async () => new Date('2026-03-04T09:50:00Z')),
      checkedIn: jest.fn(async () => null),
    },
  };
}

describe('Graph adapters loaded with the first call', () => {
  it('loads nothing until a call, then once, and hands every call to the loaded adapters', async () => {
    const real = fakeAdapters();
    const load = jest.fn(async () => real);
    const graph = deferredGraphAdapters(load);
    expect(load).not.toHaveBeenCalled();

    await graph.directory.listRooms({ withRoomLists: false });
    await graph.directory.listRoomLists();
    await graph.directory.readAt();
    await graph.directory.refresh();
    await graph.directory.forget();
    const unsubscribe = graph.directory.subscribe(() => undefined);
    await Promise.resolve();
    unsubscribe();
    // The user's stop signal travels with every call (useStopSignal.ts).
    const stop = { signal: new AbortController().signal };
    const suggestion = { rooms: [], window: WINDOW, durationMinutes: 30, maxCandidates: 5 };
    await graph.directory.listRoomLists(stop);
    await graph.schedules.getSchedules(['a@contoso.com'], WINDOW, stop);
    await graph.meetingTimes.suggest(suggestion, stop);
    await graph.bookings.read('event-1', stop);
    await graph.bookings.cancel('event-1');
    await graph.bookings.listMine(WINDOW, stop);
    await graph.exceptions.occurrenceAt('series-1', WINDOW);
    await graph.exceptions.replaceRoom('series-1_OCC2', 'a@contoso.com', {
      email: 'b@contoso.com',
      displayName: 'B',
      location: 'B, Floor 1',
    });
    await graph.checkIns.checkIn('room-1', 'ical-1');
    await graph.checkIns.checkedIn('room-1', 'ical-1');

    expect(load).toHaveBeenCalledTimes(1);
    expect(real.directory.listRooms).toHaveBeenCalledWith({ withRoomLists: false });
    expect(real.directory.refresh).toHaveBeenCalledTimes(1);
    expect(real.directory.forget).toHaveBeenCalledTimes(1);
    expect(real.directory.subscribe).toHaveBeenCalledTimes(1);
    expect(real.directory.listRoomLists).toHaveBeenCalledTimes(2);
    expect(real.directory.listRoomLists).toHaveBeenLastCalledWith(stop);
    expect(real.schedules.getSchedules).toHaveBeenCalledWith(['a@contoso.com'], WINDOW, stop);
    expect(real.meetingTimes.suggest).toHaveBeenCalledWith(suggestion, stop);
    expect(real.bookings.read).toHaveBeenCalledWith('event-1', stop);
    expect(real.bookings.cancel).toHaveBeenCalledWith('event-1', undefined);
    expect(real.bookings.listMine).toHaveBeenCalledWith(WINDOW, stop);
    expect(real.exceptions.occurrenceAt).toHaveBeenCalledWith('series-1', WINDOW);
    expect(real.exceptions.replaceRoom).toHaveBeenCalledWith('series-1_OCC2', 'a@contoso.com', {
      email: 'b@contoso.com',
      displayName: 'B',
      location: 'B, Floor 1',
    });
    expect(real.checkIns.checkIn).toHaveBeenCalledWith('room-1', 'ical-1');
    expect(real.checkIns.checkedIn).toHaveBeenCalledWith('room-1', 'ical-1');
  });

  it('preloads without failing the pane, and loads again after a failed load', async () => {
    const real = fakeAdapters();
    const load = jest
      .fn<Promise<PaneGraph>, []>()
      .mockRejectedValueOnce(new Error('chunk failed'))
      .mockResolvedValue(real);
    const graph = deferredGraphAdapters(load);
    await expect(graph.preload()).resolves.toBeUndefined();
    await expect(graph.directory.listRooms()).resolves.toEqual([]);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
