// The plan for booking a series in a room that clashes on some dates: each clashing date gets the
// best room free then, as an exception of that occurrence, so the chosen room is asked only for the
// dates it is free and Exchange accepts the series (bookingDecision.ts says what it does otherwise).
// Pure: the caller reads the calendars (seriesPlanCheck.ts) and applies the plan (seriesBooking.ts).
import {
  decideBooking,
  EXCHANGE_DEFAULT_POLICY,
  type ConflictPolicy,
  type ExchangeOutcome,
  type OccurrenceAvailability,
} from './bookingDecision';
import type { RankedRoom, Room, TimeRange } from './model';
import { rankRooms } from './ranking';

export interface RoomDates {
  readonly room: Room;
  /** The room's status on the series' occurrences (the other rooms': at least the clashing dates). */
  readonly dates: readonly OccurrenceAvailability[];
}

export interface SeriesPlanInput {
  /** The room chosen for the series, with its status on each of the series' occurrences. */
  readonly chosen: RoomDates;
  /** Other rooms that match the search, with their status on each occurrence. */
  readonly others: readonly RoomDates[];
  /** The seats the meeting needs (the search's minimum capacity), for the ranking's fit. */
  readonly minCapacity: number;
  readonly policy?: ConflictPolicy;
}

export interface PlannedDate extends TimeRange {
  /** Why the chosen room cannot have this date. */
  readonly status: OccurrenceAvailability['status'];
  /** The room that takes this date instead, or null when no other room is free then. */
  readonly room: Room | null;
}

export interface SeriesPlan {
  readonly room: Room;
  /** Occurrences checked. */
  readonly total: number;
  /** The dates the chosen room clashes on, in time order, each with its replacement. */
  readonly dates: readonly PlannedDate[];
  /** What Exchange does with the series booked in the chosen room as it is. */
  readonly asIs: ExchangeOutcome;
  /** What Exchange does with the series once the dates with a replacement are exceptions. */
  readonly withPlan: ExchangeOutcome;
}

const sameInstant = (a: TimeRange, b: TimeRange) => a.start.getTime() === b.start.getTime();

/** The chosen room's clashing dates, each with the best other room free then. */
export function planSeries(input: SeriesPlanInput): SeriesPlan {
  const { chosen, policy = EXCHANGE_DEFAULT_POLICY } = input;
  const asIs = decideBooking(chosen.dates, policy);
  const { clashes } = asIs;
  const others = input.others.filter((o) => o.room.email.toLowerCase() !== chosen.room.email.toLowerCase());
  const freeOn = (candidate: RoomDates, date: TimeRange) =>
    candidate.dates.some((d) => sameInstant(d, date) && d.status === 'free');
  // The search's ranking among the rooms free on the date; a room free on more of the clashing dates
  // ranks first among equals of status, so one room tends to take them all, and the chosen room's
  // building counts as "the building already chosen".
  const ranked = (date: TimeRange): RankedRoom[] =>
    rankRooms(
      others
        .filter((candidate) => freeOn(candidate, date))
        .map((candidate) => ({
          room: candidate.room,
          availability: {
            status: 'free',
            total: clashes.length,
            freeCount: clashes.filter((clash) => freeOn(candidate, clash)).length,
          },
        })),
      input.minCapacity,
      chosen.room,
    );
  const dates = clashes.map((clash): PlannedDate => ({
    start: clash.start,
    end: clash.end,
    status: clash.status,
    room: ranked(clash)[0]?.room ?? null,
  }));
  // With the plan applied, the series' room is asked only for the dates not moved to another room.
  const moved = dates.filter((d) => d.room !== null);
  const remaining = chosen.dates.filter((d) => !moved.some((m) => sameInstant(m, d)));
  return {
    room: chosen.room,
    total: chosen.dates.length,
    dates,
    asIs: asIs.outcome,
    withPlan: decideBooking(remaining, policy).outcome,
  };
}
