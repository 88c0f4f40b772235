// The Graph adapters for the composition root.
import type {
  BookingStore,
  CheckIns,
  MeetingTimeFinder,
  RoomDirectory,
  ScheduleSource,
  SeriesExceptions,
} from '../core/ports';
import { createCheckIns } from './checkIns';
import type { GraphClient } from './client/client';
import { createBookingStore, createSeriesExceptions } from './events';
import { createMeetingTimeFinder } from './meetingTimes';
import { createRoomDirectory } from './places';
import { createScheduleSource } from './schedule';

export { createGraphClient, type GraphClient, type FetchLike } from './client/client';
export { indexedDbSnapshots } from './directoryIdb';
export { keptDirectory, NOTHING_KEPT } from './directoryStore';
export { createRoomDirectory } from './places';
export { GraphError } from './client/graphError';

export interface GraphAdapters {
  readonly directory: RoomDirectory;
  readonly schedules: ScheduleSource;
  readonly meetingTimes: MeetingTimeFinder;
  readonly bookings: BookingStore;
  readonly exceptions: SeriesExceptions;
  readonly checkIns: CheckIns;
}

export function createGraphAdapters(options: { client: GraphClient; addinId: string }): GraphAdapters {
  return {
    directory: createRoomDirectory(options.client),
    schedules: createScheduleSource(options.client),
    meetingTimes: createMeetingTimeFinder(options.client),
    bookings: createBookingStore(options.client, options.addinId),
    exceptions: createSeriesExceptions(options.client),
    checkIns: createCheckIns(options.client),
  };
}
