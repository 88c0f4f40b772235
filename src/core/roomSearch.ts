// The search use case: filter the whole directory in memory, then ask availability only for the
// best-fitting candidates, so a search on a 10,000-room tenant costs a few getSchedule calls.
import { availabilityOf, mergeSchedules } from './availability';
import type { Appointment, RankedRoom, Room, SearchCriteria } from './model';
import { occurrencesToCheck, scheduleWindows } from './occurrences';
import type { RoomDirectory, ScheduleSource } from './ports';
import { capacityWaste, rankRooms } from './ranking';
import { filterRooms } from './search';

/** Rooms whose availability is asked per search: 3 getSchedule requests of 20, one $batch. */
export const DEFAULT_CANDIDATES = 60;

export interface SearchResult {
  readonly results: RankedRoom[];
  /** Rooms matching the criteria, checked or not. */
  readonly totalMatches: number;
  readonly checkedOccurrences: number;
}

export async function searchRooms(
  deps: { readonly directory: RoomDirectory; readonly schedules: ScheduleSource },
  input: {
    readonly appointment: Appointment;
    readonly criteria: SearchCriteria;
    readonly currentRoom?: Room | null;
    readonly limit?: number;
  },
): Promise<SearchResult> {
  // Room lists matter only to a search for one building or for words (which match a room's city,
  // known from its room list); otherwise the rooms are enough, and the first results do not wait for
  // every room list's members.
  const withRoomLists = input.criteria.roomList !== null || input.criteria.text.trim() !== '';
  const rooms = await deps.directory.listRooms({ withRoomLists });
  const matches = filterRooms(rooms, input.criteria);
  const limit = input.limit ?? DEFAULT_CANDIDATES;
  const candidates = [...matches]
    .sort(
      (a, b) => capacityWaste(a, input.criteria.minCapacity) - capacityWaste(b, input.criteria.minCapacity),
    )
    .slice(0, limit);
  const occurrences = occurrencesToCheck(input.appointment);
  const mailboxes = candidates.map((room) => room.email);
  const windows = mailboxes.length > 0 ? scheduleWindows(occurrences) : [];
  const schedules = mergeSchedules(
    await Promise.all(windows.map((window) => deps.schedules.getSchedules(mailboxes, window))),
  );
  const ranked = candidates.map((room) => ({
    room,
    availability: availabilityOf(schedules.get(room.email.toLowerCase()), occurrences),
  }));
  return {
    results: rankRooms(ranked, input.criteria.minCapacity, input.currentRoom ?? null),
    totalMatches: matches.length,
    checkedOccurrences: occurrences.length,
  };
}
