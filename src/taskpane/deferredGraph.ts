// The Graph adapters (the request pipeline, the zod schemas) as a chunk of their own: the pane paints
// without them, they download side by side with Office's start-up, and the first Graph call (never
// before consent) waits for them only if they are not there yet.
import { loadOnce } from '../core/loadOnce';
import type { KeptDirectory } from '../core/ports';
import type { GraphAdapters } from '../graph';

/** The adapters the pane uses: Graph's, with the directory kept on the device. */
export type PaneGraph = Omit<GraphAdapters, 'directory'> & { readonly directory: KeptDirectory };

export function deferredGraphAdapters(load: () => Promise<PaneGraph>): PaneGraph & {
  readonly preload: () => Promise<unknown>;
} {
  const loaded = loadOnce(load).get;
  return {
    preload: () => loaded().catch(() => undefined),
    directory: {
      listRoomLists: async () => (await loaded()).directory.listRoomLists(),
      listRooms: async (options) => (await loaded()).directory.listRooms(options),
      readAt: async () => (await loaded()).directory.readAt(),
      refresh: async () => (await loaded()).directory.refresh(),
      forget: async () => (await loaded()).directory.forget(),
      subscribe(listener) {
        let off: (() => void) | null = null;
        let live = true;
        void loaded().then(
          (graph) => {
            if (live) off = graph.directory.subscribe(listener);
          },
          () => undefined,
        );
        return () => {
          live = false;
          off?.();
        };
      },
    },
    schedules: {
      getSchedules: async (mailboxes, window) => (await loaded()).schedules.getSchedules(mailboxes, window),
    },
    meetingTimes: { suggest: async (request) => (await loaded()).meetingTimes.suggest(request) },
    bookings: {
      read: async (eventId) => (await loaded()).bookings.read(eventId),
      write: async (eventId, record) => (await loaded()).bookings.write(eventId, record),
      cancel: async (eventId) => (await loaded()).bookings.cancel(eventId),
      listMine: async (window) => (await loaded()).bookings.listMine(window),
      roomStatus: async (eventId, roomEmail) => (await loaded()).bookings.roomStatus(eventId, roomEmail),
      inviteRoom: async (eventId, room) => (await loaded()).bookings.inviteRoom(eventId, room),
    },
    checkIns: {
      checkIn: async (placeId, eventId) => (await loaded()).checkIns.checkIn(placeId, eventId),
      checkedIn: async (placeId, eventId) => (await loaded()).checkIns.checkedIn(placeId, eventId),
    },
  };
}
