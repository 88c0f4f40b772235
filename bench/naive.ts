// The baseline every size is compared with, run in the same process against the same emulator: a
// straightforward client that reads Places page after page, one room list's rooms after another,
// and free/busy 20 rooms a request, each request waiting for the one before; no $batch, no cache.
// It shares Roombook's request pipeline (token, parse) and search, so only the traffic differs.
import type { MailboxSchedule, Room, RoomList } from '../src/core/model';
import type { RoomDirectory, ScheduleSource } from '../src/core/ports';
import { GRAPH_CALLS, type GraphCall } from '../src/graph/calls';
import type { GraphClient } from '../src/graph/client/client';
import { pageSchema } from '../src/graph/client/paging';
import { select } from '../src/graph/fields';
import { toRoom, toRoomList } from '../src/graph/places';
import { createScheduleSource, MAX_SCHEDULES } from '../src/graph/schedule';
import { roomListSchema, roomMemberSchema, roomSchema } from '../src/graph/schemas';
import type { $ZodType, output } from 'zod/v4/core';

const PAGE = 100;

async function everyPage<S extends $ZodType>(
  client: GraphClient,
  call: GraphCall,
  path: string,
  item: S,
): Promise<output<S>[]> {
  const items: output<S>[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = await client.send(
      {
        method: 'GET',
        path: `${path}?$select=${select(call.select)}&$top=${PAGE}&$skip=${skip}`,
        scopes: [call.scope],
      },
      pageSchema(item),
    );
    items.push(...page.value);
    if (page.value.length < PAGE) return items;
  }
}

export function createNaiveAdapters(client: GraphClient): {
  directory: RoomDirectory;
  schedules: ScheduleSource;
} {
  const lists = async (): Promise<RoomList[]> =>
    (await everyPage(client, GRAPH_CALLS.roomLists, GRAPH_CALLS.roomLists.path, roomListSchema)).map(
      toRoomList,
    );
  const rooms = async (): Promise<Room[]> => {
    const raws = await everyPage(client, GRAPH_CALLS.rooms, GRAPH_CALLS.rooms.path, roomSchema);
    const member = new Map<string, RoomList>();
    for (const list of await lists()) {
      const path = GRAPH_CALLS.roomsInList.path.replace('{roomlist}', encodeURIComponent(list.email));
      const inList = await everyPage(client, GRAPH_CALLS.roomsInList, path, roomMemberSchema);
      for (const room of inList) member.set(room.emailAddress.toLowerCase(), list);
    }
    return raws.map((raw) => toRoom(raw, member.get(raw.emailAddress.toLowerCase()) ?? null));
  };
  const single = createScheduleSource(client);
  return {
    directory: { listRoomLists: lists, listRooms: rooms },
    schedules: {
      // Roombook's getSchedule request, one chunk of 20 after another: a single request is sent
      // as itself, never in a $batch.
      async getSchedules(mailboxes, window) {
        const answer = new Map<string, MailboxSchedule>();
        for (let i = 0; i < mailboxes.length; i += MAX_SCHEDULES) {
          const part = await single.getSchedules(mailboxes.slice(i, i + MAX_SCHEDULES), window);
          for (const [mailbox, schedule] of part) answer.set(mailbox, schedule);
        }
        return answer;
      },
    },
  };
}
