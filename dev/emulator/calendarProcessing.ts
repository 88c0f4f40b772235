// A room mailbox's calendar processing (Exchange's resource booking assistant, AutomateProcessing
// AutoAccept) as Set-CalendarProcessing documents it
// (https://learn.microsoft.com/powershell/module/exchange/set-calendarprocessing):
// - AllowConflicts, default $false: "If the meeting request is for a single meeting that conflicts
//   with an existing booking, the meeting request is declined. If the meeting request is for a
//   recurring meeting: the series is declined if the number or percentage of conflicts is higher than
//   the ConflictPercentageAllowed or MaximumConflictInstances parameter values; if lower, the series
//   is accepted, but conflicting occurrences are declined." $true: conflicts are allowed.
// - ConflictPercentageAllowed, 0–100, default 0, and MaximumConflictInstances, default 0: a new
//   recurring meeting request that conflicts with existing bookings for more than that percentage or
//   number of instances is declined; 0 means no conflicts are permitted. Both only apply when
//   AllowConflicts is $false.
// - AllowRecurringMeetings, default $true: whether recurring meetings are allowed at all.
// - BookingWindowInDays, 0–1080, default 180: how many days in advance the resource can be reserved.
// - EnforceSchedulingHorizon, default $true: "A recurring meeting request is automatically declined
//   if the meetings start on or before the date specified by the BookingWindowInDays parameter, and
//   the meetings extend beyond the specified date"; $false accepts it, "but the number of meetings is
//   automatically reduced so meetings won't occur after the specified date".
// The emulator keeps its own copy of these rules (the pane's src/core/bookingDecision.ts predicts
// them), so that a mistake in one is caught by tests against the other.

export interface CalendarProcessing {
  readonly allowConflicts: boolean;
  readonly allowRecurringMeetings: boolean;
  readonly conflictPercentageAllowed: number;
  readonly maximumConflictInstances: number;
  readonly bookingWindowInDays: number;
  readonly enforceSchedulingHorizon: boolean;
}

/** Exchange Online's defaults for a new room mailbox. */
export const EXCHANGE_DEFAULTS: CalendarProcessing = {
  allowConflicts: false,
  allowRecurringMeetings: true,
  conflictPercentageAllowed: 0,
  maximumConflictInstances: 0,
  bookingWindowInDays: 180,
  enforceSchedulingHorizon: true,
};

/** One date of the meeting as the room sees it. */
export interface RequestedOccurrence {
  /** Index in the series, or null for a single meeting. */
  readonly index: number | null;
  readonly start: Date;
  /** Something else is booked in the room then. */
  readonly conflict: boolean;
}

export interface RoomAnswer {
  readonly response: 'accepted' | 'declined';
  /** Occurrences of an accepted series the room declined one by one (conflicts, or past its horizon). */
  readonly declinedOccurrences: ReadonlySet<number>;
}

const DAY_MS = 86_400_000;
const NONE: ReadonlySet<number> = new Set();

/** What the room answers to a meeting request (a single meeting has one occurrence, index null). */
export function answerRequest(
  settings: CalendarProcessing,
  occurrences: readonly RequestedOccurrence[],
  isSeries: boolean,
  now: Date,
): RoomAnswer {
  const declined = { response: 'declined', declinedOccurrences: NONE } as const;
  const horizon = now.getTime() + settings.bookingWindowInDays * DAY_MS;
  if (!isSeries) {
    const [only] = occurrences;
    if (!only || only.start.getTime() > horizon) return declined;
    return only.conflict && !settings.allowConflicts
      ? declined
      : { response: 'accepted', declinedOccurrences: NONE };
  }
  if (!settings.allowRecurringMeetings || occurrences.length === 0) return declined;
  const beyond = occurrences.filter((o) => o.start.getTime() > horizon);
  if (beyond.length > 0 && settings.enforceSchedulingHorizon) return declined;
  const within = occurrences.filter((o) => o.start.getTime() <= horizon);
  if (within.length === 0) return declined;
  const conflicts = settings.allowConflicts ? [] : within.filter((o) => o.conflict);
  const tooMany =
    conflicts.length > settings.maximumConflictInstances ||
    conflicts.length * 100 > settings.conflictPercentageAllowed * occurrences.length;
  if (tooMany) return declined;
  const indices = [...conflicts, ...beyond].flatMap((o) => (o.index === null ? [] : [o.index]));
  return { response: 'accepted', declinedOccurrences: new Set(indices) };
}

/** Set-CalendarProcessing for one room: the given settings change, the others stay. */
export function parseSettings(current: CalendarProcessing, body: unknown): CalendarProcessing {
  if (typeof body !== 'object' || body === null) throw new Error('The settings must be a JSON object.');
  const input = body as Record<string, unknown>;
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(input)) {
    if (!(key in EXCHANGE_DEFAULTS)) throw new Error(`Unknown calendar processing setting ${key}.`);
    if (typeof value !== typeof EXCHANGE_DEFAULTS[key as keyof CalendarProcessing])
      throw new Error(`${key} has the wrong type.`);
    next[key] = value;
  }
  const settings = next as unknown as CalendarProcessing;
  // The cmdlet's documented ranges.
  if (settings.conflictPercentageAllowed < 0 || settings.conflictPercentageAllowed > 100)
    throw new Error('ConflictPercentageAllowed must be 0 through 100.');
  if (settings.bookingWindowInDays < 0 || settings.bookingWindowInDays > 1080)
    throw new Error('BookingWindowInDays must be 0 through 1080.');
  if (settings.maximumConflictInstances < 0) throw new Error('MaximumConflictInstances must be 0 or more.');
  return settings;
}
