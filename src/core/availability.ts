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
