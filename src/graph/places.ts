// The room directory from Graph Places. Places gives no @odata.nextLink, so rooms and room lists are
// both read with $top/$skip: the first page brings $count, the remaining pages go out together (within
// the client's four-in-flight limit). Which building a room is in comes from one call per room list,
// selecting only the address. The directory is cached for the session: it changes rarely (new rooms
// take up to 48 hours to appear in Places anyway).
import type { Room, RoomList } from '../core/model';
import type { RoomDirectory } from '../core/ports';
import type { z } from 'zod';
import { GRAPH_CALLS, type GraphCall } from './calls';
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

  /** Every item of a Places collection, 100 a page. */
  async function readPaged<S extends z.ZodType>(call: GraphCall, item: S): Promise<z.infer<S>[]> {
    const page = (skip: number, count = false) =>
      client.send(
        {
          method: 'GET',
          path: `${call.path}?$select=${select(call.select)}&$top=${PAGE}&$skip=${skip}${count ? '&$count=true' : ''}`,
          scopes: [call.scope],
        },
        pageSchema(item),
      );
    const first = await page(0, true);
    const total = first['@odata.count'];
    if (total === undefined) {
      // Without $count (older tenants), keep reading until a short page.
      const items = [...first.value];
      for (let skip = PAGE, last = first.value.length; last === PAGE; skip += PAGE) {
        const next = await page(skip);
        items.push(...next.value);
        last = next.value.length;
      }
      return items;
    }
    const skips: number[] = [];
    for (let skip = PAGE; skip < total; skip += PAGE) skips.push(skip);
    const rest = await Promise.all(skips.map((skip) => page(skip)));
    return [first, ...rest].flatMap((p) => p.value);
  }

  async function loadLists(): Promise<RoomList[]> {
    const lists = await readPaged(GRAPH_CALLS.roomLists, roomListSchema);
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
    const [raws, member] = await Promise.all([
      readPaged(GRAPH_CALLS.rooms, roomSchema),
      listsPromise.then(membership),
    ]);
    const seen = new Set<string>();
    return raws
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
