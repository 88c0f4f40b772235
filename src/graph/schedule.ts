// Free/busy of room mailboxes: getSchedule takes at most 20 schedules, so mailboxes go out in
// chunks of 20, and the chunks travel together in $batch requests.
import { SCHEDULES_PER_REQUEST } from '../core/availabilityCheck';
import type { BusyItem, MailboxSchedule, TimeRange } from '../core/model';
import type { ScheduleSource } from '../core/ports';
import { GRAPH_CALLS } from './calls';
import type { GraphClient } from './client/client';
import { refused } from './client/graphError';
import { scheduleInformationSchema, scheduleSchema } from './schemas';
import { utcDateTime } from './time';
export const MAX_SCHEDULES = SCHEDULES_PER_REQUEST;
const MAX_WINDOW_MS = 62 * 86_400_000;
/**
 * Roombook reads scheduleItems, never the availabilityView string, so it asks for the coarsest view
 * Graph allows (one digit a day): at 15 minutes a 60-day window of a series would bring 5,760 unread
 * digits per room, computed and sent for nothing.
 */
const VIEW_INTERVAL_MINUTES = 1440;
const STATUSES = new Set<BusyItem['status']>([
  'free',
  'tentative',
  'busy',
  'oof',
  'workingElsewhere',
  'unknown',
]);

function statusOf(status: string): BusyItem['status'] {
  return STATUSES.has(status as BusyItem['status']) ? (status as BusyItem['status']) : 'unknown';
}

/** One mailbox's answer; an unreadable one leaves that room unknown, not the whole search failed. */
function readSchedule(raw: unknown): [string, MailboxSchedule] | null {
  const parsed = scheduleInformationSchema.safeParse(raw);
  if (!parsed.success) {
    const id =
      typeof raw === 'object' && raw !== null && Object.hasOwn(raw, 'scheduleId')
        ? (raw as { scheduleId: unknown }).scheduleId
        : null;
    return typeof id === 'string' ? [id.toLowerCase(), { ok: false, error: 'unreadable' }] : null;
  }
  const info = parsed.data;
  if (info.error)
    return [info.scheduleId.toLowerCase(), { ok: false, error: info.error.responseCode ?? 'error' }];
  return [
    info.scheduleId.toLowerCase(),
    {
      ok: true,
      items: (info.scheduleItems ?? []).map((item) => ({
        start: item.start,
        end: item.end,
        status: statusOf(item.status),
      })),
    },
  ];
}

export function createScheduleSource(client: GraphClient): ScheduleSource {
  return {
    async getSchedules(mailboxes, window: TimeRange, options) {
      if (window.end.getTime() - window.start.getTime() >= MAX_WINDOW_MS) {
        throw refused('getSchedule windows must be shorter than 62 days.', GRAPH_CALLS.schedule.context);
      }
      const chunks: string[][] = [];
      for (let i = 0; i < mailboxes.length; i += MAX_SCHEDULES)
        chunks.push(mailboxes.slice(i, i + MAX_SCHEDULES));
      const results = await client.batch(
        chunks.map((schedules) => ({
          method: 'POST' as const,
          path: GRAPH_CALLS.schedule.path,
          scopes: [GRAPH_CALLS.schedule.scope],
          // getSchedule reads and changes nothing: sending it again after a lost answer is safe.
          idempotent: true,
          body: {
            schedules,
            startTime: utcDateTime(window.start),
            endTime: utcDateTime(window.end),
            availabilityViewInterval: VIEW_INTERVAL_MINUTES,
          },
        })),
        scheduleSchema,
        // A stopped check fails as a whole (Cancelled), never as rooms of unknown availability.
        options,
      );
      const answer = new Map<string, MailboxSchedule>();
      results.forEach((result, i) => {
        const asked = new Set((chunks[i] ?? []).map((mailbox) => mailbox.toLowerCase()));
        // A failed chunk leaves its rooms unknown; the others still answer.
        for (const mailbox of asked)
          answer.set(mailbox, { ok: false, error: result.ok ? 'unreadable' : result.error.kind });
        if (!result.ok) return;
        for (const raw of result.value.value) {
          const read = readSchedule(raw);
          // An answer for a mailbox that was not asked about is not believed.
          if (read && asked.has(read[0])) answer.set(read[0], read[1]);
        }
      });
      return answer;
    },
  };
}
