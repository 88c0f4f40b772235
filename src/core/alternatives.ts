// When nothing that fits is free: other times for the best-fitting rooms (findMeetingTimes), at the
// meeting's own length, each with the rooms free then. A single meeting looks on its day and the next
// working days; a series keeps its dates and looks for another time of day on the first one, and a
// time counts only with rooms free on every date of the series at that time.
import { checkRooms } from './availabilityCheck';
import type { Appointment, Room } from './model';
import { occurrencesToCheck, scheduleWindows } from './occurrences';
import type { CallOptions, MeetingTimeFinder, ScheduleSource } from './ports';

const DAY_MS = 86_400_000;
/** findMeetingTimes takes the rooms as locations; more than a handful makes it slow and vague. */
const MAX_ROOMS = 20;

export interface TimeOption {
  readonly start: Date;
  readonly end: Date;
  /** Rooms free then (for a series, on every date), best fit first. */
  readonly rooms: readonly Room[];
}

export async function findAlternativeTimes(
  deps: { readonly meetingTimes: MeetingTimeFinder; readonly schedules: ScheduleSource },
  input: {
    readonly appointment: Appointment;
    /** Candidate rooms, best fit first. */
    readonly rooms: readonly Room[];
    readonly now: Date;
    readonly days?: number;
    readonly max?: number;
  },
  options: CallOptions = {},
): Promise<TimeOption[]> {
  const { appointment } = input;
  const rooms = input.rooms.slice(0, MAX_ROOMS);
  if (rooms.length === 0) return [];
  const series = appointment.recurrence !== null;
  const dayStart = Math.floor(appointment.start.getTime() / DAY_MS) * DAY_MS;
  const window = {
    start: new Date(Math.max(dayStart, input.now.getTime())),
    // A series moved to another day would move its weekly pattern too: only its first day is searched.
    end: new Date(dayStart + (series ? 1 : (input.days ?? 3)) * DAY_MS),
  };
  const durationMinutes = Math.round((appointment.end.getTime() - appointment.start.getTime()) / 60_000);
  const max = input.max ?? 5;
  const suggestions = await deps.meetingTimes.suggest(
    {
      rooms: rooms.map((room) => room.email),
      window,
      durationMinutes,
      // A series drops times whose rooms are busy on a later date: ask for more to keep enough.
      maxCandidates: series ? max * 3 : max,
    },
    options,
  );
  const original = appointment.start.getTime();
  const candidates = suggestions
    .filter((s) => s.start.getTime() !== original)
    .map((s) => {
      const free = new Set(s.roomEmails.map((email) => email.toLowerCase()));
      return {
        start: s.start,
        end: s.end,
        rooms: rooms.filter((room) => free.has(room.email.toLowerCase())),
      };
    })
    .filter((s) => s.rooms.length > 0)
    // Closest to the time the organizer wanted first.
    .sort((a, b) => Math.abs(a.start.getTime() - original) - Math.abs(b.start.getTime() - original));
  if (!series) return candidates.slice(0, max);
  const checked: TimeOption[] = [];
  for (const option of candidates) {
    if (checked.length >= max) break;
    const occurrences = occurrencesToCheck({ ...appointment, start: option.start, end: option.end });
    const availability = await checkRooms(
      deps.schedules,
      option.rooms,
      { occurrences, windows: scheduleWindows(occurrences) },
      options,
    );
    const everyDate = availability.filter((r) => r.availability.status === 'free').map((r) => r.room);
    if (everyDate.length > 0) checked.push({ ...option, rooms: everyDate });
  }
  return checked;
}
