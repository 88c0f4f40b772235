// Free/busy of room mailboxes: getSchedule takes at most 20 schedules, so mailboxes go out in
// chunks of 20, and the chunks travel together in $batch requests.
import type { BusyItem, MailboxSchedule, TimeRange } from '../core/model';
import type { ScheduleSource } from '../core/ports';
import { RoombookError } from '../core/errors';
import { GRAPH_CALLS } from './calls';
import { batch } from './client/batch';
import type { GraphClient } from './client/client';
import { scheduleSchema } from './schemas';
import { instantOf, utcDateTime } from './time';

export const MAX_SCHEDULES = 20;
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

export function createScheduleSource(client: GraphClient): ScheduleSource {
  return {
    async getSchedules(mailboxes, window: TimeRange) {
      if (window.end.getTime() - window.start.getTime() >= MAX_WINDOW_MS) {
        throw new RoombookError('refused', 'getSchedule windows must be shorter than 62 days.');
      }
      const chunks: string[][] = [];
      for (let i = 0; i < mailboxes.length; i += MAX_SCHEDULES)
        chunks.push(mailboxes.slice(i, i + MAX_SCHEDULES));
      const results = await batch(
        client,
        chunks.map((schedules) => ({
          method: 'POST' as const,
          path: GRAPH_CALLS.schedule.path,
          scopes: [GRAPH_CALLS.schedule.scope],
          body: {
            schedules,
            startTime: utcDateTime(window.start),
            endTime: utcDateTime(window.end),
            availabilityViewInterval: VIEW_INTERVAL_MINUTES,
          },
        })),
      );
      const answer = new Map<string, MailboxSchedule>();
      results.forEach((result, i) => {
        const parsed = result.ok ? scheduleSchema.safeParse(result.body) : null;
        for (const mailbox of chunks[i] ?? []) {
          // A failed chunk leaves its rooms unknown; the others still answer.
          answer.set(mailbox.toLowerCase(), {
            ok: false,
            error: result.ok ? 'unreadable' : result.error.kind,
          });
        }
        if (!parsed?.success) return;
        for (const info of parsed.data.value) {
          answer.set(
            info.scheduleId.toLowerCase(),
            info.error
              ? { ok: false, error: info.error.responseCode ?? 'error' }
              : {
                  ok: true,
                  items: (info.scheduleItems ?? []).map((item) => ({
                    start: instantOf(item.start),
                    end: instantOf(item.end),
                    status: STATUSES.has(item.status as BusyItem['status'])
                      ? (item.status as BusyItem['status'])
                      : 'unknown',
                  })),
                },
          );
        }
      });
      return answer;
    },
  };
}
