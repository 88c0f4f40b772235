// Whether booking a room needs the user's confirmation, and what the room's mailbox will do with the
// request. Exchange's resource booking assistant answers a room invitation by its calendar
// processing settings (Set-CalendarProcessing,
// https://learn.microsoft.com/powershell/module/exchange/set-calendarprocessing):
// - AutomateProcessing AutoAccept: "free = accept; busy = decline".
// - AllowConflicts $false (the default): a conflicting single meeting is declined; for a series, "the
//   series is declined if the number or percentage of conflicts is higher than the
//   ConflictPercentageAllowed or MaximumConflictInstances parameter values", otherwise "the series is
//   accepted, but conflicting occurrences are declined".
// - ConflictPercentageAllowed and MaximumConflictInstances both default to 0: "no conflicts are
//   permitted for new recurring meeting requests".
// Graph does not expose a room's calendar processing settings, so Roombook assumes the defaults
// unless told otherwise. A tentative hold or an unreadable calendar may or may not be a conflict, so
// those dates make the outcome uncertain rather than a decline.
import { occurrenceStatus } from './availability';
import type { FreeBusy, MailboxSchedule, TimeRange } from './model';

export interface ConflictPolicy {
  readonly allowConflicts: boolean;
  /** 0–100. */
  readonly conflictPercentageAllowed: number;
  readonly maximumConflictInstances: number;
}

/** Exchange's documented defaults for a room mailbox. */
export const EXCHANGE_DEFAULT_POLICY: ConflictPolicy = {
  allowConflicts: false,
  conflictPercentageAllowed: 0,
  maximumConflictInstances: 0,
};

export interface OccurrenceAvailability extends TimeRange {
  readonly status: FreeBusy;
}

export type ExchangeOutcome =
  /** Every date is free: the room accepts. */
  | 'accept'
  /** The room declines the meeting, every date of a series included. */
  | 'decline'
  /** The room may decline the whole meeting (tentative or unknown dates could be conflicts). */
  | 'mayDecline'
  /** The series is accepted, but the room declines the clashing dates. */
  | 'declineClashingDates'
  /** The room allows conflicts: it accepts and is double-booked on the clashing dates. */
  | 'acceptDoubleBooked';

export interface BookingDecision {
  readonly needsConfirmation: boolean;
  readonly outcome: ExchangeOutcome;
  /** Occurrences checked. */
  readonly total: number;
  /** The dates that are not free, in time order, with why. */
  readonly clashes: readonly OccurrenceAvailability[];
}

/** Each occurrence's status in the room's schedule; a schedule that could not be read is unknown. */
export function occurrenceAvailability(
  schedule: MailboxSchedule | undefined,
  occurrences: readonly TimeRange[],
): OccurrenceAvailability[] {
  return occurrences.map((range) => ({
    ...range,
    status: schedule?.ok ? occurrenceStatus(schedule.items, range) : 'unknown',
  }));
}

/** True when this many conflicts out of `total` stay within the policy's limits for a series. */
function withinLimits(conflicts: number, total: number, policy: ConflictPolicy): boolean {
  return (
    conflicts <= policy.maximumConflictInstances &&
    conflicts * 100 <= policy.conflictPercentageAllowed * total
  );
}

function outcomeOf(busy: number, uncertain: number, total: number, policy: ConflictPolicy): ExchangeOutcome {
  if (busy + uncertain === 0) return 'accept';
  if (policy.allowConflicts) return 'acceptDoubleBooked';
  // A single meeting has no allowance: any conflict declines it.
  if (total <= 1) return busy > 0 ? 'decline' : 'mayDecline';
  if (!withinLimits(busy, total, policy)) return 'decline';
  if (!withinLimits(busy + uncertain, total, policy)) return 'mayDecline';
  return 'declineClashingDates';
}

export function decideBooking(
  occurrences: readonly OccurrenceAvailability[],
  policy: ConflictPolicy = EXCHANGE_DEFAULT_POLICY,
): BookingDecision {
  const clashes = occurrences
    .filter((o) => o.status !== 'free')
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  const busy = clashes.filter((o) => o.status === 'busy').length;
  const outcome = outcomeOf(busy, clashes.length - busy, occurrences.length, policy);
  return { needsConfirmation: clashes.length > 0, outcome, total: occurrences.length, clashes };
}
