// Asking rooms' availability in round trips: the first search and the background checks share this,
// so a room checked early and one checked later are judged the same way.
import { availabilityOf, mergeSchedules, withoutOwnMeeting } from './availability';
import type { RankedRoom, Room, TimeRange } from './model';
import type { ScheduleSource } from './ports';
import { timelineAround } from './timeline';

/** getSchedule takes at most 20 mailboxes a request (https://learn.microsoft.com/graph/api/calendar-getschedule). */
export const SCHEDULES_PER_REQUEST = 20;
/**
 * Outlook runs four requests per app and mailbox at once (the Graph client's limiter holds to it), and
 * getSchedule runs against the user's mailbox: four requests cost one round trip, a fifth waits.
 */
export const REQUESTS_PER_ROUND_TRIP = 4;

/**
 * Rooms one round trip can check: every schedule window (a series longer than 60 days has several)
 * is a request of its own for the same rooms, so longer series check fewer rooms a trip (never none).
 */
export function roomsPerRoundTrip(windowCount: number): number {
  return SCHEDULES_PER_REQUEST * Math.max(1, Math.floor(REQUESTS_PER_ROUND_TRIP / Math.max(1, windowCount)));
}

/** What the rooms are checked for. */
export interface MeetingTimes {
  readonly occurrences: readonly TimeRange[];
  /** The getSchedule windows that cover the occurrences. */
  readonly windows: readonly TimeRange[];
  /**
   * The room that accepted this meeting, if any: its calendar holds the meeting, which is left out
   * of its availability and timeline (availability.ts, `withoutOwnMeeting`).
   */
  readonly acceptedRoom?: string | null;
}

/** Each room's availability for every occurrence; unranked, in the order given. */
export async function checkRooms(
  schedules: ScheduleSource,
  rooms: readonly Room[],
  meeting: MeetingTimes,
  options?: { readonly signal?: AbortSignal },
): Promise<RankedRoom[]> {
  const { occurrences, windows } = meeting;
  if (rooms.length === 0) return [];
  const mailboxes = rooms.map((room) => room.email);
  const answers = mergeSchedules(
    await Promise.all(windows.map((window) => schedules.getSchedules(mailboxes, window, options))),
  );
  const first = occurrences[0];
  const accepted = meeting.acceptedRoom?.toLowerCase();
  return rooms.map((room) => {
    const read = answers.get(room.email.toLowerCase());
    const own = read && room.email.toLowerCase() === accepted ? withoutOwnMeeting(read, occurrences) : null;
    const answer = own?.schedule ?? read;
    return {
      room,
      availability: availabilityOf(answer, occurrences),
      ...(own && own.held === occurrences.length && occurrences.length > 0 ? { heldForMeeting: true } : {}),
      ...(answer?.ok && first ? { timeline: timelineAround(answer.items, first) } : {}),
    };
  });
}
