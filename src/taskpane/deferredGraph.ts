// The Graph adapters (the request pipeline, the zod schemas) as a chunk of their own: the pane paints
// without them, they download side by side with Office's start-up, and the first Graph call (never
// before consent) waits for them only if they are not there yet.
import type { GraphAdapters } from '../graph';

export function deferredGraphAdapters(load: () => Promise<GraphAdapters>): GraphAdapters & {
  readonly preload: () => Promise<unknown>;
} {
  let adapters: Promise<GraphAdapters> | null = null;
  const loaded = (): Promise<GraphAdapters> => {
    // A chunk that failed to load (offline for a moment) is fetched again with the next call.
    adapters ??= load().catch((error: unknown) => {
      adapters = null;
      throw error;
    });
    return adapters;
  };
  return {
    preload: () => loaded().catch(() => undefined),
    directory: {
      listRoomLists: async () => (await loaded()).directory.listRoomLists(),
      listRooms: async (options) => (await loaded()).directory.listRooms(options),
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
    },
  };
}
