// The Book tab's part in a series plan: reading the plan when a series' room clashes, and saying
// what booking it did, date by date. Kept beside useBookView so that the view's hook only calls it.
import type { BookingDecision } from '../../core/bookingDecision';
import type { Appointment, RankedRoom, Room } from '../../core/model';
import type { SeriesBookingOutcome } from '../../core/seriesBooking';
import type { SeriesPlan } from '../../core/seriesPlan';
import { checkSeriesPlan } from '../../core/seriesPlanCheck';
import type { ScheduleSource } from '../../core/ports';
import type { I18n } from '../i18n/I18nProvider';

/**
 * The rooms a plan considers: the best-ranked results (free on the most dates first). Two
 * getSchedule requests of 20 per window keep the extra wait short.
 */
const CANDIDATES = 40;

/** The plan for a series that clashes on some dates, or null when there is nothing to offer. */
export async function seriesPlanFor(
  deps: { readonly schedules: ScheduleSource },
  request: {
    readonly appointment: Appointment;
    readonly room: Room;
    readonly decision: BookingDecision;
    readonly results: readonly RankedRoom[];
    readonly minCapacity: number;
  },
): Promise<SeriesPlan | null> {
  const { appointment, decision } = request;
  if (!appointment.recurrence || decision.clashes.length === 0) return null;
  const candidates = request.results
    .filter((r) => r.room.email.toLowerCase() !== request.room.email.toLowerCase())
    .slice(0, CANDIDATES)
    .map((r) => r.room);
  const plan = await checkSeriesPlan(deps, { ...request, candidates });
  // Without a single other room the plan changes nothing: the plain "book anyway" question asks.
  return plan.dates.some((d) => d.room !== null) ? plan : null;
}

/** What the Book tab announces after a series was booked with its plan. */
export function seriesBookedMessage(
  i18n: Pick<I18n, 't' | 'dateTime'>,
  outcome: SeriesBookingOutcome,
  room: Room,
  timeZone: string,
): { readonly intent: 'success' | 'warning'; readonly text: string } {
  const moved = outcome.dates.filter((d) => d.result === 'moved').length;
  const stayed = outcome.dates.filter((d) => d.result !== 'moved');
  const booked = i18n.t('seriesPlanBooked', { count: moved, room: room.displayName });
  if (stayed.length === 0) return { intent: 'success', text: booked };
  const dates = stayed.map((d) => i18n.dateTime(d.start, timeZone)).join('; ');
  return {
    intent: 'warning',
    text: `${booked} ${i18n.t('seriesPlanNotMoved', { dates, room: room.displayName })}`,
  };
}
