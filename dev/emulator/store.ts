// The emulator's mutable state: events of every mailbox (organizers' events and the rooms' copies of
// the meetings they accepted). Everything else is derived from the seed.
import { randomBytes } from 'node:crypto';
import type { ExtendedProperty } from './extendedProperties';
import type { PatternedRecurrence } from './recurrence';

export type AttendeeType = 'required' | 'optional' | 'resource';
export type ResponseType =
  'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';

export interface StoredAttendee {
  readonly address: string;
  readonly name: string;
  readonly type: AttendeeType;
  response: ResponseType;
  responseTime: string;
}

export interface StoredLocation {
  readonly displayName: string;
  readonly locationEmailAddress?: string;
  readonly locationType: string;
  readonly uniqueId?: string;
  readonly uniqueIdType?: string;
}

export interface StoredEvent {
  readonly id: string;
  readonly iCalUId: string;
  /** The mailbox whose calendar holds the event. */
  readonly owner: string;
  readonly organizer: { readonly address: string; readonly name: string };
  subject: string;
  start: Date;
  end: Date;
  /** Zone the organizer created the event in (Graph's originalStartTimeZone). */
  originalStartTimeZone: string;
  isAllDay: boolean;
  isDraft: boolean;
  isCancelled: boolean;
  showAs: string;
  recurrence: PatternedRecurrence | null;
  location: StoredLocation;
  locations: StoredLocation[];
  attendees: StoredAttendee[];
  categories: string[];
  body: { contentType: string; content: string } | null;
  readonly extendedProperties: Map<string, ExtendedProperty>;
  readonly createdDateTime: string;
  lastModifiedDateTime: string;
  changeKey: string;
  /** For a room's copy: the organizer event it mirrors. */
  readonly bookedFor: string | null;
  /** Saved by Outlook in cached mode: Graph cannot see the item before this instant. */
  syncedAt?: Date;
  /** The client's own key for an item Outlook created (the simulator's save): a second save finds it. */
  outlookKey?: string;
  /** A series: the occurrences (by index) that became exceptions, stored as events of their own. */
  exceptions?: Set<number>;
  /** An exception: its series. */
  seriesMasterId?: string;
  /**
   * A series: occurrences a room declined one by one while accepting the series (room address →
   * indices), as Exchange's resource booking does within its conflict limits.
   */
  declinedOccurrences?: Map<string, ReadonlySet<number>>;
}

/** Whether Graph can see the event yet (an item Outlook saved in cached mode may not have synced). */
export function visibleToGraph(event: StoredEvent, now: Date): boolean {
  return !event.syncedAt || event.syncedAt <= now;
}

export function newChangeKey(): string {
  return randomBytes(12).toString('base64');
}

/** Graph-looking opaque ids (base64 of the mailbox item), URL-safe like Exchange's REST ids. */
export function newEventId(): string {
  return `AAMkAD${randomBytes(30).toString('base64url')}`;
}

export class EventStore {
  private readonly events = new Map<string, StoredEvent>();

  get(id: string): StoredEvent | undefined {
    return this.events.get(id);
  }

  put(event: StoredEvent): void {
    this.events.set(event.id, event);
  }

  delete(id: string): void {
    this.events.delete(id);
  }

  ownedBy(mailbox: string): StoredEvent[] {
    const owner = mailbox.toLowerCase();
    return [...this.events.values()].filter((event) => event.owner === owner);
  }

  copyOf(organizerEventId: string, room: string): StoredEvent | undefined {
    return [...this.events.values()].find(
      (event) => event.bookedFor === organizerEventId && event.owner === room,
    );
  }

  copiesOf(organizerEventId: string): StoredEvent[] {
    return [...this.events.values()].filter((event) => event.bookedFor === organizerEventId);
  }

  clear(): void {
    this.events.clear();
  }
}
