// When nothing that fits is free: other times for the best-fitting rooms (findMeetingTimes), on the
// meeting's day and the next working days, at the meeting's own length.
import type { Appointment, Room, TimeSuggestion } from './model';
import type { CallOptions, MeetingTimeFinder } from './ports';

const DAY_MS = 86_400_000;

export async function findAlternativeTimes(
  deps: { readonly meetingTimes: MeetingTimeFinder },
  input: {
    readonly appointment: Appointment;
    readonly rooms: readonly Room[];
    readonly now: Date;
    readonly days?: number;
    readonly max?: number;
  },
  options: CallOptions = {},
): Promise<TimeSuggestion[]> {
  const { appointment } = input;
  if (input.rooms.length === 0) return [];
  const dayStart = Math.floor(appointment.start.getTime() / DAY_MS) * DAY_MS;
  const window = {
    start: new Date(Math.max(dayStart, input.now.getTime())),
    end: new Date(dayStart + (input.days ?? 3) * DAY_MS),
  };
  const durationMinutes = Math.round((appointment.end.getTime() - appointment.start.getTime()) / 60_000);
  const suggestions = await deps.meetingTimes.suggest(
    {
      rooms: input.rooms.slice(0, 20).map((room) => room.email),
      window,
      durationMinutes,
      maxCandidates: input.max ?? 5,
    },
    options,
  );
  const original = appointment.start.getTime();
  // Closest to the time the organizer wanted first.
  return suggestions
    .filter((s) => s.roomEmails.length > 0 && s.start.getTime() !== original)
    .sort((a, b) => Math.abs(a.start.getTime() - original) - Math.abs(b.start.getTime() - original));
}
