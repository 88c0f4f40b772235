// The room directory through the real client against the in-process emulator.
import { createEmulator, type Emulator } from '../../dev/emulator';
import { createGraphClient } from './client/client';
import { createRoomDirectory } from './places';

function directoryOn(emulator: Emulator) {
  const client = createGraphClient({
    baseUrl: 'http://emulator.test/v1.0',
    tokens: { getToken: async () => emulator.tokenFor(), signOut: async () => undefined },
    fetch: (url, init) => emulator.fetch(url, init),
  });
  return createRoomDirectory(client);
}

const skips = (emulator: Emulator, prefix: string) =>
  emulator
    .requestLog()
    .filter((e) => e.url.startsWith(prefix))
    .map((e) => new URL(e.url, 'http://e').searchParams.get('$skip'));

describe('the room directory', () => {
  it('pages room lists too: a tenant with more than 100 buildings has every room in its building', async () => {
    const emulator = createEmulator({ seed: 5, roomCount: 1300, buildingCount: 130 });
    const directory = directoryOn(emulator);
    const [lists, rooms] = await Promise.all([directory.listRoomLists(), directory.listRooms()]);
    expect(lists.map((list) => list.email).sort()).toEqual(
      emulator.tenant.roomLists.map((list) => list.emailAddress).sort(),
    );
    expect(rooms).toHaveLength(1300);
    const building = new Map(emulator.tenant.rooms.map((room) => [room.emailAddress, room.roomListEmail]));
    expect(rooms.filter((room) => room.roomListEmail !== building.get(room.email))).toEqual([]);
    // Neither collection has a nextLink: four pages go first (the first with $count), then the rest.
    expect(skips(emulator, '/v1.0/places/microsoft.graph.roomlist?')).toEqual(['0', '100', '200', '300']);
    expect(
      skips(emulator, '/v1.0/places/microsoft.graph.room?').sort((a, b) => Number(a) - Number(b)),
    ).toEqual(Array.from({ length: 13 }, (_, i) => String(i * 100)));
  });

  it('sends every page through $batch: one URL, so a browser pays one preflight', async () => {
    const emulator = createEmulator({ seed: 5, roomCount: 1300, buildingCount: 130 });
    const directory = directoryOn(emulator);
    await Promise.all([directory.listRoomLists(), directory.listRooms()]);
    const sent = emulator.requestLog().filter((e) => !e.batchId);
    expect(new Set(sent.map((e) => `${e.method} ${e.url}`))).toEqual(new Set(['POST /v1.0/$batch']));
    expect(sent.every((e) => (e.body as { requests: number }).requests <= 20)).toBe(true);
  });

  it('gives the rooms without their room lists after two round trips, before any room list is read', async () => {
    // 13 pages: four, then nine in one $batch. Room lists and membership wait until after.
    const emulator = createEmulator({ seed: 5, roomCount: 1300, buildingCount: 130, latencyMs: 5 });
    const directory = directoryOn(emulator);
    const lists = directory.listRoomLists();
    const rooms = await directory.listRooms({ withRoomLists: false });
    expect(rooms).toHaveLength(1300);
    expect(rooms.every((room) => room.roomListEmail === null)).toBe(true);
    expect(emulator.traffic()).toMatchObject({ requests: 2, roundTrips: 2 });
    expect(emulator.requestLog().some((e) => e.url.includes('roomlist'))).toBe(false);
    await lists;
    // Once read, the lists come with the rooms even to a caller that did not wait for them.
    await directory.listRooms();
    expect((await directory.listRooms({ withRoomLists: false })).every((r) => r.roomListEmail !== null)).toBe(
      true,
    );
  });

  it('reads 10,000 rooms in three round trips: four pages, then 96 in sequential batches, four at a time', async () => {
    const emulator = createEmulator({ seed: 5, roomCount: 10_000, latencyMs: 2 });
    const directory = directoryOn(emulator);
    const rooms = await directory.listRooms({ withRoomLists: false });
    expect(rooms).toHaveLength(10_000);
    // The four pages, then 8 chains of 12 pages: four in flight, then the other four.
    expect(emulator.traffic()).toMatchObject({ requests: 9, roundTrips: 3, peakInFlight: 4 });
    // Within Outlook's four concurrent requests per mailbox: nothing throttled, nothing sent twice.
    const pages = emulator.requestLog().filter((e) => e.batchId);
    expect(pages.filter((e) => e.status !== 200)).toEqual([]);
    expect(new Set(pages.map((e) => e.url)).size).toBe(100);
  });
});
