// The room directory through the real client against the in-process emulator.
import { createEmulator } from '../../dev/emulator';
import { createGraphClient } from './client/client';
import { createRoomDirectory } from './places';

describe('the room directory', () => {
  it('pages room lists too: a tenant with more than 100 buildings has every room in its building', async () => {
    const emulator = createEmulator({ seed: 5, roomCount: 1300, buildingCount: 130 });
    const client = createGraphClient({
      baseUrl: 'http://emulator.test/v1.0',
      tokens: { getToken: async () => emulator.tokenFor(), signOut: async () => undefined },
      fetch: (url, init) => emulator.fetch(url, init),
    });
    const directory = createRoomDirectory(client);
    const [lists, rooms] = await Promise.all([directory.listRoomLists(), directory.listRooms()]);
    expect(lists.map((list) => list.email).sort()).toEqual(
      emulator.tenant.roomLists.map((list) => list.emailAddress).sort(),
    );
    expect(rooms).toHaveLength(1300);
    const building = new Map(emulator.tenant.rooms.map((room) => [room.emailAddress, room.roomListEmail]));
    expect(rooms.filter((room) => room.roomListEmail !== building.get(room.email))).toEqual([]);
    // Neither collection has a nextLink: both are read with $top/$skip after a first page with $count.
    const listPages = emulator
      .requestLog()
      .filter((e) => e.url.startsWith('/v1.0/places/microsoft.graph.roomlist?'));
    expect(listPages.map((e) => new URL(e.url, 'http://e').searchParams.get('$skip'))).toEqual(['0', '100']);
  });
});
