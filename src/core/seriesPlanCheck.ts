// Reads what a series plan needs, right before asking the user: the other rooms' calendars on the
// dates the chosen room clashes (the chosen room's own were just read by bookingDecisionCheck.ts).
import { mergeSchedules } from './availability';
import { occurrenceAvailability, type BookingDecision } from './bookingDecision';
import type { Appointment, Room } from './model';
import { occurrencesToCheck, scheduleWindows } from './occurrences';
import type { ScheduleSource } from './ports';
import { planSeries, type SeriesPlan } from './seriesPlan';

export interface SeriesPlanRequest {
  readonly appointment: Appointment;
  readonly room: Room;
  /** The chosen room's decision (checkRoomBeforeBooking): which dates clash, and why. */
  readonly decision: BookingDecision;
  /** Rooms that match the search (those on screen), the candidates for the clashing dates. */
  readonly candidates: readonly Room[];
  readonly minCapacity: number;
}

export async function checkSeriesPlan(
  deps: { readonly schedules: ScheduleSource },
  request: SeriesPlanRequest,
): Promise<SeriesPlan> {
  const { decision, room } = request;
  const occurrences = occurrencesToCheck(request.appointment);
  const clashes = decision.clashes;
  const others = request.candidates.filter((c) => c.email.toLowerCase() !== room.email.toLowerCase());
  const schedules =
    clashes.length > 0 && others.length > 0
      ? mergeSchedules(
          await Promise.all(
            scheduleWindows(clashes).map((window) =>
              deps.schedules.getSchedules(
                others.map((c) => c.email),
                window,
              ),
            ),
          ),
        )
      : new Map();
  const clashAt = (start: Date) => clashes.find((c) => c.start.getTime() === start.getTime());
  return planSeries({
    chosen: {
      room,
      dates: occurrences.map((o) => ({ ...o, status: clashAt(o.start)?.status ?? 'free' })),
    },
    others: others.map((candidate) => ({
      room: candidate,
      dates: occurrenceAvailability(schedules.get(candidate.email.toLowerCase()), clashes),
    })),
    minCapacity: request.minCapacity,
  });
}
