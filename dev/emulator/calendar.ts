// What a mailbox's calendar says about time: occurrences of stored events (series expanded) plus the
// seeded meetings. getSchedule, findMeetingTimes and the rooms' accept/decline all ask this one place.
import { expandRecurrence } from './recurrence';
import type { EventStore, StoredEvent } from './store';
import { seededBusy } from './tenant';
import { ianaZone, plusLocalDays } from './time';

export interface Occurrence {
  readonly event: StoredEvent;
  readonly start: Date;
  readonly end: Date;
  /** Index in the series, or null for a single event. */
  readonly index: number | null;
}

export interface Block {
  readonly start: Date;
  readonly end: Date;
  readonly status: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere';
  readonly subject: string;
  readonly location: string;
  /** The stored event behind the block, when there is one. */
  readonly eventId: string | null;
}

export interface Window {
  readonly start: Date;
  readonly end: Date;
}

/** The occurrences of an event that overlap the window (the event itself when not recurring). */
export function occurrencesOf(event: StoredEvent, window: Window): Occurrence[] {
  if (!event.recurrence) {
    return event.start < window.end && event.end > window.start
      ? [{ event, start: event.start, end: event.end, index: null }]
      : [];
  }
  const length = event.end.getTime() - event.start.getTime();
  const zone = ianaZone(event.originalStartTimeZone) ?? 'UTC';
  // An all-day occurrence runs midnight to midnight in the event's zone: 23 or 25 hours on a DST day.
  const endOf = (start: Date) =>
    event.isAllDay
      ? plusLocalDays(start, Math.max(1, Math.round(length / 86_400_000)), zone)
      : new Date(start.getTime() + length);
  return (
    expandRecurrence(event.recurrence, event.start, event.originalStartTimeZone, window.end)
      .map((start, index) => ({ event, start, end: endOf(start), index }))
      // A changed occurrence is an exception, an event of its own (Outlook's exception items).
      .filter((occurrence) => occurrence.end > window.start && !event.exceptions?.has(occurrence.index))
  );
}

/** Every occurrence of the event within a long horizon (rooms decide on the whole series). */
export function allOccurrences(event: StoredEvent): Occurrence[] {
  const horizon = { start: event.start, end: new Date(event.start.getTime() + 2 * 366 * 86_400_000) };
  return occurrencesOf(event, horizon);
}

const STATUS_OF_SHOW_AS: Record<string, Block['status']> = {
  free: 'free',
  tentative: 'tentative',
  busy: 'busy',
  oof: 'oof',
  workingElsewhere: 'workingElsewhere',
};

export function blocksOf(
  store: EventStore,
  seed: number,
  mailbox: string,
  window: Window,
  exceptEventId?: string,
): Block[] {
  const stored = store
    .ownedBy(mailbox)
    .filter((event) => !event.isCancelled && event.id !== exceptEventId && event.bookedFor !== exceptEventId)
    .flatMap((event) => occurrencesOf(event, window))
    .map((occurrence): Block => ({
      start: occurrence.start,
      end: occurrence.end,
      status: STATUS_OF_SHOW_AS[occurrence.event.showAs] ?? 'busy',
      subject: occurrence.event.subject,
      location: occurrence.event.location.displayName,
      eventId: occurrence.event.id,
    }));
  const seeded = seededBusy(seed, mailbox.toLowerCase(), window).map((block): Block => ({
    ...block,
    location: '',
    eventId: null,
  }));
  return [...seeded, ...stored].sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** True when the mailbox has nothing but free time over all of these ranges. */
export function isFree(
  store: EventStore,
  seed: number,
  mailbox: string,
  ranges: readonly Window[],
  exceptEventId?: string,
): boolean {
  if (ranges.length === 0) return true;
  const window = {
    start: new Date(Math.min(...ranges.map((r) => r.start.getTime()))),
    end: new Date(Math.max(...ranges.map((r) => r.end.getTime()))),
  };
  const blocks = blocksOf(store, seed, mailbox, window, exceptEventId).filter(
    (block) => block.status !== 'free',
  );
  return ranges.every((range) => !blocks.some((block) => block.start < range.end && block.end > range.start));
}
