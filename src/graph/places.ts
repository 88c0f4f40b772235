// The room directory from Graph Places. Places gives no @odata.nextLink, so room lists, rooms and
// each room list's rooms are all read alike with $top/$skip/$count (client/paging.ts). Which building
// a room is in comes from each room list's rooms, selecting only the address. The directory is cached
// for the session: it changes rarely (new rooms take up to 48 hours to appear in Places anyway).
import type { Room, RoomList } from '../core/model';
import type { RoomDirectory } from '../core/ports';
import type { z } from 'zod';
import { GRAPH_CALLS, type GraphCall } from './calls';
import type { GraphClient } from './client/client';
import { readCollection } from './client/paging';
import { select } from './fields';
import { roomListSchema, roomMemberSchema, roomSchema, type GraphRoom } from './schemas';

/** Places' default and largest page. */
const PAGE = 100;
/** More than any tenant holds (the emulator seeds up to 20,000): past it the answer is not believed. */
const MAX_ROOMS = 50_000;
const MAX_LISTS = 5_000;
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
  function readPlaces<S extends z.ZodType>(call: GraphCall, path: string, item: S, maxItems: number) {
    return readCollection(
      client,
      { method: 'GET', path: `${path}?$select=${select(call.select)}`, scopes: [call.scope] },
      item,
      { pageSize: PAGE, maxItems, maxPages: Math.ceil(maxItems / PAGE) },
    );
  }

  async function loadLists(): Promise<RoomList[]> {
    const call = GRAPH_CALLS.roomLists;
    const lists = await readPlaces(call, call.path, roomListSchema, MAX_LISTS);
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
        const call = GRAPH_CALLS.roomsInList;
        const path = call.path.replace('{roomlist}', encodeURIComponent(list.email));
        for (const room of await readPlaces(call, path, roomMemberSchema, MAX_ROOMS))
          member.set(room.emailAddress.toLowerCase(), list.email);
      }),
    );
    return member;
  }

  async function loadRooms(listsPromise: Promise<RoomList[]>): Promise<Room[]> {
    const [raws, member] = await Promise.all([
      readPlaces(GRAPH_CALLS.rooms, GRAPH_CALLS.rooms.path, roomSchema, MAX_ROOMS),
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
