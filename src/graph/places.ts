// The room directory from Graph Places. Places gives no @odata.nextLink, so the whole directory is
// read with $top/$skip: the first page brings $count, the remaining pages go out together (within
// the client's four-in-flight limit). Which building a room is in comes from one call per room list,
// selecting only the address. The directory is cached for the session: it changes rarely (new rooms
// take up to 48 hours to appear in Places anyway).
import type { Room, RoomList } from '../core/model';
import type { RoomDirectory } from '../core/ports';
import { GRAPH_CALLS } from './calls';
import type { GraphClient } from './client/client';
import { pageSchema } from './client/paging';
import { select } from './fields';
import { roomListSchema, roomSchema, type GraphRoom } from './schemas';

const PAGE = 100;
const TTL_MS = 30 * 60_000;

function capacityOf(value: GraphRoom['capacity']): number | null {
  const n = typeof value === 'string' ? Number.parseInt(value, 10) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
}

export function toRoom(raw: GraphRoom, roomListEmail: string | null): Room {
  const display = raw.displayDeviceName ?? raw.displayDevice ?? null;
  return {
    id: raw.id,
    email: raw.emailAddress,
    displayName: raw.displayName || raw.emailAddress,
    capacity: capacityOf(raw.capacity),
    building: raw.building || null,
    floorNumber: raw.floorNumber ?? null,
    floorLabel: raw.floorLabel || null,
    roomListEmail,
    features: {
      display: Boolean(display),
      video: Boolean(raw.videoDeviceName),
      audio: Boolean(raw.audioDeviceName),
      wheelchairAccessible: Boolean(raw.isWheelChairAccessible ?? raw.isWheelchairAccessible),
      tags: raw.tags ?? [],
    },
  };
}

export function createRoomDirectory(client: GraphClient, now: () => number = Date.now): RoomDirectory {
  let cache: { at: number; lists: Promise<RoomList[]>; rooms: Promise<Room[]> } | null = null;

  const roomPage = (skip: number, count = false) =>
    client.send(
      {
        method: 'GET',
        path: `${GRAPH_CALLS.rooms.path}?$select=${select(GRAPH_CALLS.rooms.select)}&$top=${PAGE}&$skip=${skip}${count ? '&$count=true' : ''}`,
        scopes: [GRAPH_CALLS.rooms.scope],
      },
      pageSchema(roomSchema),
    );

  async function loadLists(): Promise<RoomList[]> {
    const lists = await client.all(
      {
        method: 'GET',
        path: `${GRAPH_CALLS.roomLists.path}?$select=${select(GRAPH_CALLS.roomLists.select)}`,
        scopes: [GRAPH_CALLS.roomLists.scope],
      },
      roomListSchema,
    );
    return lists.map((l) => ({
      id: l.id,
      email: l.emailAddress,
      displayName: l.displayName || l.emailAddress,
    }));
  }

  async function membership(lists: RoomList[]): Promise<Map<string, string>> {
    const member = new Map<string, string>();
    await Promise.all(
      lists.map(async (list) => {
        const path = GRAPH_CALLS.roomsInList.path.replace('{roomlist}', encodeURIComponent(list.email));
        for (let skip = 0; ; skip += PAGE * 10) {
          const page = await client.send(
            {
              method: 'GET',
              path: `${path}?$select=${select(GRAPH_CALLS.roomsInList.select)}&$top=${PAGE * 10}&$skip=${skip}`,
              scopes: [GRAPH_CALLS.roomsInList.scope],
            },
            pageSchema(roomSchema.pick({ emailAddress: true })),
          );
          for (const room of page.value) member.set(room.emailAddress.toLowerCase(), list.email);
          if (page.value.length < PAGE * 10) break;
        }
      }),
    );
    return member;
  }

  async function loadRooms(listsPromise: Promise<RoomList[]>): Promise<Room[]> {
    const first = await roomPage(0, true);
    const total = first['@odata.count'] ?? first.value.length;
    const skips: number[] = [];
    // Without $count (older tenants), keep reading until a short page.
    if (first['@odata.count'] === undefined && first.value.length === PAGE) {
      const rest: GraphRoom[] = [];
      for (let skip = PAGE; ; skip += PAGE) {
        const page = await roomPage(skip);
        rest.push(...page.value);
        if (page.value.length < PAGE) break;
      }
      first.value.push(...rest);
    } else {
      for (let skip = PAGE; skip < total; skip += PAGE) skips.push(skip);
    }
    const [pages, member] = await Promise.all([
      Promise.all(skips.map((skip) => roomPage(skip))),
      listsPromise.then(membership),
    ]);
    const seen = new Set<string>();
    return [first, ...pages]
      .flatMap((page) => page.value)
      .filter(
        (raw) =>
          !seen.has(raw.emailAddress.toLowerCase()) && Boolean(seen.add(raw.emailAddress.toLowerCase())),
      )
      .map((raw) => toRoom(raw, member.get(raw.emailAddress.toLowerCase()) ?? null));
  }

  function current() {
    if (!cache || now() - cache.at > TTL_MS) {
      const lists = loadLists();
      const rooms = loadRooms(lists);
      // A failed load must not stick: the next call tries again.
      const entry = { at: now(), lists, rooms };
      rooms.catch(() => {
        if (cache === entry) cache = null;
      });
      lists.catch(() => {
        if (cache === entry) cache = null;
      });
      cache = entry;
    }
    return cache;
  }

  return {
    listRoomLists: () => current().lists,
    listRooms: () => current().rooms,
  };
}
