// The room directory from Graph Places. Places gives no @odata.nextLink, so room lists, rooms and
// each room list's rooms are read with $top/$skip/$count. Every page goes through $batch: one URL, so
// a browser pays one CORS preflight for the whole directory instead of one per page. Graph limits set
// the pace: 100 places a page (https://learn.microsoft.com/graph/api/place-list), 20 requests a
// $batch (https://learn.microsoft.com/graph/json-batching), and places are an Outlook resource, so 4
// requests in flight per mailbox (https://learn.microsoft.com/graph/throttling-limits#outlook-service-limits),
// which the client's limiter keeps. Pages past the first four go in sequential $batch requests
// (dependsOn): each holds one of the four, so four go at once, 80 pages a round trip instead of 20;
// 10,000 rooms take three round trips instead of six (docs/performance.md, "The floor"). Which
// building a room is in comes from each room list's rooms; it is read after the rooms, off the path
// to the first results, and a search that names no building does not wait for it. The directory is cached for the session: it
// changes rarely (new rooms take up to 48 hours to appear in Places anyway).
import type { Room, RoomList } from '../core/model';
import type { RoomDirectory } from '../core/ports';
import type { $ZodType, output } from 'zod/v4/core';
import { GRAPH_CALLS, type GraphCall } from './calls';
import type { GraphClient, GraphRequest } from './client/client';
import { untilCancelled } from './client/cancel';
import { unreadable } from './client/graphError';
import { pageSchema } from './client/paging';
import { select } from './fields';
import { roomListSchema, roomMemberSchema, roomSchema, type GraphRoom } from './schemas';

/** Places' default and largest page. */
const PAGE = 100;
/** More than any tenant holds (the emulator seeds up to 20,000): past it the answer is not believed. */
const MAX_ROOMS = 50_000;
const MAX_LISTS = 5_000;
const TTL_MS = 30 * 60_000;
/**
 * Pages asked for before the count is known: Graph runs four requests of a $batch at once, so four
 * pages cost the time of one, and a tenant of up to 400 rooms is read in one round trip.
 */
const FIRST_PAGES = 4;

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

function capacityOf(value: GraphRoom['capacity']): number | null {
  const n = typeof value === 'string' ? Number.parseInt(value, 10) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
}

export function toRoomList(raw: output<typeof roomListSchema>): RoomList {
  return {
    id: raw.id,
    email: raw.emailAddress,
    displayName: raw.displayName || raw.emailAddress,
    city: raw.address?.city || null,
  };
}

export function toRoom(raw: GraphRoom, list: RoomList | null): Room {
  const display = raw.displayDeviceName ?? raw.displayDevice ?? null;
  return {
    id: raw.id,
    email: raw.emailAddress,
    displayName: raw.displayName || raw.emailAddress,
    capacity: capacityOf(raw.capacity),
    building: raw.building || null,
    floorNumber: raw.floorNumber ?? null,
    floorLabel: raw.floorLabel || null,
    roomListEmail: list?.email ?? null,
    city: list?.city ?? null,
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
  let cache: {
    at: number;
    lists: Promise<RoomList[]>;
    bare: Promise<Room[]>;
    rooms: Promise<Room[]>;
    membershipRead: boolean;
  } | null = null;

  const pageRequest = (call: GraphCall, path: string, index: number, count: boolean): GraphRequest => ({
    method: 'GET',
    path: `${path}?$select=${select(call.select)}&$top=${PAGE}&$skip=${index * PAGE}${count ? '&$count=true' : ''}`,
    scopes: [call.scope],
  });

  /** Every item of a Places collection: the first pages together (the first with $count), then the rest. */
  async function readPlaces<S extends $ZodType>(
    call: GraphCall,
    path: string,
    item: S,
    maxItems: number,
  ): Promise<output<S>[]> {
    const what = `GET ${path}`;
    const maxPages = Math.ceil(maxItems / PAGE);
    const read = async (indexes: readonly number[]) => {
      const results = await client.batch(
        indexes.map((index) => pageRequest(call, path, index, index === 0)),
        pageSchema(item),
        { sequential: true },
      );
      return results.map((result) => {
        if (!result.ok) throw result.error;
        if (result.value.value.length > PAGE)
          throw unreadable(`${what} (a page longer than $top)`, null, call.context);
        return result.value;
      });
    };
    const tooLarge = () =>
      unreadable(`${what} (more than ${maxItems} items or ${maxPages} pages)`, null, call.context);
    const pages = await read(range(0, FIRST_PAGES));
    const total = pages[0]?.['@odata.count'];
    if (total === undefined) {
      // Without $count (older tenants): more pages, as many at a time, until a short one.
      while (pages.at(-1)?.value.length === PAGE) {
        if (pages.length >= maxPages) throw tooLarge();
        pages.push(...(await read(range(pages.length, pages.length + FIRST_PAGES))));
      }
    } else {
      if (!Number.isSafeInteger(total) || total < 0)
        throw unreadable(`${what} (an impossible @odata.count)`, null, call.context);
      const needed = Math.ceil(total / PAGE);
      if (total > maxItems || needed > maxPages) throw tooLarge();
      pages.push(...(await read(range(FIRST_PAGES, needed))));
    }
    const items = pages.flatMap((page) => page.value);
    if (items.length > maxItems) throw tooLarge();
    return items;
  }

  async function loadLists(): Promise<RoomList[]> {
    const call = GRAPH_CALLS.roomLists;
    return (await readPlaces(call, call.path, roomListSchema, MAX_LISTS)).map(toRoomList);
  }

  /** Each room list's rooms: every list's first page in $batch requests, then any list's further pages. */
  async function membership(lists: readonly RoomList[]): Promise<Map<string, RoomList>> {
    const call = GRAPH_CALLS.roomsInList;
    const pathOf = (list: RoomList) => call.path.replace('{roomlist}', encodeURIComponent(list.email));
    const member = new Map<string, RoomList>();
    const add = (list: RoomList, rooms: readonly { emailAddress: string }[]) => {
      for (const room of rooms) member.set(room.emailAddress.toLowerCase(), list);
    };
    const schema = pageSchema(roomMemberSchema);
    const firsts = await client.batch(
      lists.map((list) => pageRequest(call, pathOf(list), 0, true)),
      schema,
      { sequential: true },
    );
    const further: { list: RoomList; index: number }[] = [];
    firsts.forEach((result, i) => {
      const list = lists[i] as RoomList;
      if (!result.ok) throw result.error;
      const { value, '@odata.count': count = value.length } = result.value;
      if (value.length > PAGE || !Number.isSafeInteger(count) || count < 0 || count > MAX_ROOMS)
        throw unreadable(`GET ${pathOf(list)} (an impossible page or @odata.count)`, null, call.context);
      add(list, value);
      for (const index of range(1, Math.ceil(count / PAGE))) further.push({ list, index });
    });
    const rest = await client.batch(
      further.map(({ list, index }) => pageRequest(call, pathOf(list), index, false)),
      schema,
      { sequential: true },
    );
    rest.forEach((result, i) => {
      if (!result.ok) throw result.error;
      add((further[i] as { list: RoomList }).list, result.value.value);
    });
    return member;
  }

  async function loadBare(): Promise<GraphRoom[]> {
    const raws = await readPlaces(GRAPH_CALLS.rooms, GRAPH_CALLS.rooms.path, roomSchema, MAX_ROOMS);
    const seen = new Set<string>();
    return raws.filter(
      (raw) => !seen.has(raw.emailAddress.toLowerCase()) && Boolean(seen.add(raw.emailAddress.toLowerCase())),
    );
  }

  function current() {
    if (!cache || now() - cache.at > TTL_MS) {
      const raws = loadBare();
      // Room lists and membership wait for the rooms and for the search that needed them to send its
      // availability request (a turn of the event loop): they never take its place in the limiter.
      const afterRooms = raws.then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
      const lists = afterRooms.then(loadLists);
      const member = lists.then(membership);
      const entry = {
        at: now(),
        lists,
        bare: raws.then((all) => all.map((raw) => toRoom(raw, null))),
        rooms: Promise.all([raws, member]).then(([all, byRoom]) =>
          all.map((raw) => toRoom(raw, byRoom.get(raw.emailAddress.toLowerCase()) ?? null)),
        ),
        membershipRead: false,
      };
      void entry.rooms.then(
        () => {
          entry.membershipRead = true;
        },
        () => undefined,
      );
      // A failed load must not stick: the next call tries again.
      for (const promise of [entry.rooms, entry.lists, entry.bare])
        promise.catch(() => {
          if (cache === entry) cache = null;
        });
      cache = entry;
    }
    return cache;
  }

  // The read is shared (cached): a caller who stops only stops waiting for it.
  const context = GRAPH_CALLS.rooms.context;
  return {
    listRoomLists: (options) => untilCancelled(current().lists, options?.signal, context),
    listRooms: (options) => {
      const entry = current();
      return untilCancelled(
        options?.withRoomLists === false && !entry.membershipRead ? entry.bare : entry.rooms,
        options?.signal,
        context,
      );
    },
  };
}
