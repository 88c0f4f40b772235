// A room's day around the meeting, for the small timeline on its card: the busy blocks from the
// schedule already read for availability (no extra Graph call), clipped to a window a couple of hours
// either side of the meeting, so a person sees why a room is busy and when it frees up.
import type { BusyItem, TimeRange } from './model';

/** How far the timeline (and so the schedule read for it) reaches either side of the meeting. */
export const TIMELINE_MARGIN_MS = 2 * 60 * 60_000;

export type TimelineStatus = 'busy' | 'tentative' | 'unknown';

export interface TimelineBlock extends TimeRange {
  readonly status: TimelineStatus;
}

export interface Timeline {
  readonly window: TimeRange;
  readonly meeting: TimeRange;
  /** In time order, clipped to the window; overlapping blocks are kept as Exchange reports them. */
  readonly blocks: readonly TimelineBlock[];
}

/** A getSchedule window reaching the timeline's margin on both sides. */
export function widenForTimeline(window: TimeRange): TimeRange {
  return {
    start: new Date(window.start.getTime() - TIMELINE_MARGIN_MS),
    end: new Date(window.end.getTime() + TIMELINE_MARGIN_MS),
  };
}

const STATUS: Partial<Record<BusyItem['status'], TimelineStatus>> = {
  busy: 'busy',
  oof: 'busy',
  tentative: 'tentative',
  unknown: 'unknown',
};

export function timelineAround(items: readonly BusyItem[], meeting: TimeRange): Timeline {
  const window = widenForTimeline(meeting);
  const blocks: TimelineBlock[] = [];
  for (const item of items) {
    const status = STATUS[item.status];
    // Free and working-elsewhere time does not keep anyone out of a room.
    if (!status || item.end <= window.start || item.start >= window.end) continue;
    blocks.push({
      start: item.start < window.start ? window.start : item.start,
      end: item.end > window.end ? window.end : item.end,
      status,
    });
  }
  blocks.sort((a, b) => a.start.getTime() - b.start.getTime());
  return { window, meeting, blocks };
}

/** Where an instant falls in the window, from 0 to 100. */
export function percentOf(timeline: Timeline, at: Date): number {
  const { start, end } = timeline.window;
  const share = (at.getTime() - start.getTime()) / (end.getTime() - start.getTime());
  return Math.min(100, Math.max(0, share * 100));
}
