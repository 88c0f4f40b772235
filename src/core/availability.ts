// A room's availability for the appointment, from its schedule: each occurrence is free, tentative
// or busy; the room is "free" only when every occurrence checked is.
import type { BusyItem, FreeBusy, MailboxSchedule, RoomAvailability, TimeRange } from './model';

const RANK: Record<FreeBusy, number> = { free: 0, tentative: 1, unknown: 2, busy: 3 };

/** The room's status for one occurrence: the worst of the items that overlap it. */
export function occurrenceStatus(items: readonly BusyItem[], range: TimeRange): FreeBusy {
  let status: FreeBusy = 'free';
  for (const item of items) {
    // Meetings that only touch the edges do not conflict.
    if (item.start >= range.end || item.end <= range.start || item.status === 'free') continue;
    const s: FreeBusy =
      item.status === 'tentative' ? 'tentative' : item.status === 'unknown' ? 'unknown' : 'busy';
    if (RANK[s] > RANK[status]) status = s;
  }
  return status;
}

export function availabilityOf(
  schedule: MailboxSchedule | undefined,
  occurrences: readonly TimeRange[],
): RoomAvailability {
  const total = occurrences.length;
  if (!schedule || !schedule.ok) return { status: 'unknown', total, freeCount: 0 };
  const statuses = occurrences.map((range) => occurrenceStatus(schedule.items, range));
  const freeCount = statuses.filter((s) => s === 'free').length;
  const status = statuses.reduce<FreeBusy>((worst, s) => (RANK[s] > RANK[worst] ? s : worst), 'free');
  return { status, total, freeCount };
}

/**
 * A room that accepted this meeting holds it on its own calendar, and getSchedule reports it busy
 * there: no clash with itself. For each of the meeting's times, exactly one item at exactly that
 * start and end is left out (the room's copy); a second item at the same time is someone else's
 * meeting and still counts. Only for the room that accepted: any other room's item at the same time
 * is someone else's. `held` counts the times at which the copy was found.
 */
export function withoutOwnMeeting(
  schedule: MailboxSchedule,
  times: readonly TimeRange[],
): { readonly schedule: MailboxSchedule; readonly held: number } {
  if (!schedule.ok || times.length === 0) return { schedule, held: 0 };
  const items = [...schedule.items];
  let held = 0;
  for (const time of times) {
    const at = items.findIndex(
      (item) => item.start.getTime() === time.start.getTime() && item.end.getTime() === time.end.getTime(),
    );
    if (at < 0) continue;
    items.splice(at, 1);
    held += 1;
  }
  return { schedule: held === 0 ? schedule : { ok: true, items }, held };
}

/** Merges the schedules of several windows of the same mailboxes. */
export function mergeSchedules(parts: readonly Map<string, MailboxSchedule>[]): Map<string, MailboxSchedule> {
  const merged = new Map<string, MailboxSchedule>();
  for (const part of parts) {
    for (const [mailbox, schedule] of part) {
      const key = mailbox.toLowerCase();
      const before = merged.get(key);
      // A window that failed makes the whole answer unknown.
      if (before && !before.ok) continue;
      if (!schedule.ok) merged.set(key, schedule);
      else merged.set(key, { ok: true, items: [...(before?.ok ? before.items : []), ...schedule.items] });
    }
  }
  return merged;
}
