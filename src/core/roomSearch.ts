// The search use case: filter the whole directory in memory, rank the matches by fit, and ask
// availability for the best-fitting round trip of them first; the rest stay listed as unchecked, for
// the background checks (backgroundCheck.ts), so no matching room is ever silently left out.
import { checkRooms, roomsPerRoundTrip } from './availabilityCheck';
import type { Appointment, RankedRoom, Room, SearchCriteria, TimeRange } from './model';
import { occurrencesToCheck, scheduleWindows } from './occurrences';
import type { CallOptions, RoomDirectory, ScheduleSource } from './ports';
import { capacityWaste, rankRooms } from './ranking';
import { filterRooms } from './search';
import { widenForTimeline } from './timeline';

export interface SearchResult {
  /** The rooms checked so far, ranked. */
  readonly results: RankedRoom[];
  /** Rooms matching the criteria, checked or not. */
  readonly totalMatches: number;
  readonly checkedOccurrences: number;
  /**
   * Rooms among the results whose availability is unknown (their getSchedule answer failed, or Exchange
   * reported their time as unknown):
   * shown as unknown, ranked after every room known to be free or tentative.
   */
  readonly unreadable: number;
  /** The occurrences and getSchedule windows the rooms were checked for (the rest use the same). */
  readonly occurrences: readonly TimeRange[];
  readonly windows: readonly TimeRange[];
  /** Matching rooms not checked yet, best fit first. */
  readonly unchecked: readonly Room[];
  /** The room already on the meeting as the directory has it (it ranks its building first), if any. */
  readonly currentRoom: Room | null;
  /** The room that accepted this meeting, as the search was given it: the background checks use it too. */
  readonly acceptedRoom: string | null;
}

/** Matching rooms, best capacity fit first: the order in which their availability is asked. */
export function candidatesByFit(matches: readonly Room[], minCapacity: number): Room[] {
  return [...matches].sort((a, b) => capacityWaste(a, minCapacity) - capacityWaste(b, minCapacity));
}

export async function searchRooms(
  deps: { readonly directory: RoomDirectory; readonly schedules: ScheduleSource },
  input: {
    readonly appointment: Appointment;
    readonly criteria: SearchCriteria;
    /**
     * The address of the room already on the meeting, looked up in the directory this search reads,
     * so a search started before the pane has the directory still ranks by it.
     */
    readonly bookedRoom?: string | null;
    /**
     * The address of the booked room once it accepted the meeting (the meeting was sent): its calendar
     * holds this meeting, which does not count against it. Not for a room only added, waiting or declined:
     * its calendar does not hold this meeting, and an item at the same time is someone else's.
     */
    readonly acceptedRoom?: string | null;
    /** Rooms checked before the first results (default: one round trip's worth). */
    readonly limit?: number;
  },
  options: CallOptions = {},
): Promise<SearchResult> {
  // Room lists matter only to a search for one building or for words (which match a room's city,
  // known from its room list); otherwise the rooms are enough, and the first results do not wait for
  // every room list's members.
  const rooms = await deps.directory.listRooms({
    withRoomLists: input.criteria.roomList !== null || input.criteria.text.trim() !== '',
    ...options,
  });
  const booked = input.bookedRoom?.toLowerCase();
  const currentRoom = rooms.find((room) => room.email.toLowerCase() === booked) ?? null;
  const candidates = candidatesByFit(filterRooms(rooms, input.criteria), input.criteria.minCapacity);
  const occurrences = occurrencesToCheck(input.appointment);
  // Wide enough for each card's timeline of the room's day around the meeting (the same requests).
  const windows = scheduleWindows(occurrences).map(widenForTimeline);
  const first = input.limit ?? roomsPerRoundTrip(windows.length);
  const acceptedRoom = input.acceptedRoom ?? null;
  const checked = await checkRooms(
    deps.schedules,
    candidates.slice(0, first),
    { occurrences, windows, acceptedRoom },
    options,
  );
  return {
    results: rankRooms(checked, input.criteria.minCapacity, currentRoom),
    totalMatches: candidates.length,
    checkedOccurrences: occurrences.length,
    unreadable: checked.filter((r) => r.availability.status === 'unknown').length,
    occurrences,
    windows,
    unchecked: candidates.slice(first),
    currentRoom,
    acceptedRoom,
  };
}
