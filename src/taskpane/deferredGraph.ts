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
      listRoomLists: async (options) => (await loaded()).directory.listRoomLists(options),
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
      getSchedules: async (mailboxes, window, options) =>
        (await loaded()).schedules.getSchedules(mailboxes, window, options),
    },
    meetingTimes: {
      suggest: async (request, options) => (await loaded()).meetingTimes.suggest(request, options),
    },
    bookings: {
      read: async (eventId, options) => (await loaded()).bookings.read(eventId, options),
      write: async (eventId, record, options) => (await loaded()).bookings.write(eventId, record, options),
      clear: async (eventId, options) => (await loaded()).bookings.clear(eventId, options),
      cancel: async (eventId, options) => (await loaded()).bookings.cancel(eventId, options),
      listMine: async (window, options) => (await loaded()).bookings.listMine(window, options),
      roomStatus: async (eventId, roomEmail, options) =>
        (await loaded()).bookings.roomStatus(eventId, roomEmail, options),
      inviteRoom: async (eventId, room, options) =>
        (await loaded()).bookings.inviteRoom(eventId, room, options),
    },
    exceptions: {
      occurrenceAt: async (seriesId, range) => (await loaded()).exceptions.occurrenceAt(seriesId, range),
      replaceRoom: async (occurrenceId, replaced, room) =>
        (await loaded()).exceptions.replaceRoom(occurrenceId, replaced, room),
    },
    checkIns: {
      checkIn: async (placeId, eventId) => (await loaded()).checkIns.checkIn(placeId, eventId),
      checkedIn: async (placeId, eventId) => (await loaded()).checkIns.checkedIn(placeId, eventId),
    },
  };
}
