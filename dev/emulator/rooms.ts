// Rooms behave like Exchange room mailboxes with automatic processing: when a meeting that invites
// them is sent or its time, recurrence or attendees change, each room accepts if it is free for every
// occurrence and declines otherwise; an accepted meeting is copied onto the room's calendar.
import { allOccurrences, isFree } from './calendar';
import { newChangeKey, newEventId, type EventStore, type StoredEvent } from './store';
import type { Tenant } from './tenant';

export function roomAttendees(event: StoredEvent, tenant: Tenant) {
  return event.attendees.filter((a) => a.type === 'resource' || tenant.roomsByEmail.has(a.address));
}

/** Lets every invited room respond to the event as it now stands, and drops rooms no longer invited. */
export function processRoomResponses(store: EventStore, tenant: Tenant, event: StoredEvent, now: Date): void {
  const invited = new Set<string>();
  for (const attendee of roomAttendees(event, tenant)) {
    const room = tenant.roomsByEmail.get(attendee.address);
    if (!room) continue;
    invited.add(attendee.address);
    const ranges = allOccurrences(event);
    const free = !event.isCancelled && isFree(store, tenant.seed, attendee.address, ranges, event.id);
    attendee.response = free ? 'accepted' : 'declined';
    attendee.responseTime = now.toISOString();
    const existing = store.copyOf(event.id, attendee.address);
    if (!free) {
      if (existing) store.delete(existing.id);
      continue;
    }
    store.put({
      ...event,
      id: existing?.id ?? newEventId(),
      owner: attendee.address,
      bookedFor: event.id,
      isDraft: false,
      showAs: 'busy',
      body: null,
      extendedProperties: new Map(),
      attendees: event.attendees.map((a) => ({ ...a })),
      locations: [...event.locations],
      categories: [],
      changeKey: newChangeKey(),
    });
  }
  for (const copy of store.copiesOf(event.id)) {
    if (!invited.has(copy.owner)) store.delete(copy.id);
  }
}

/** The organizer cancelled or deleted the meeting: rooms free the time. */
export function releaseRooms(store: EventStore, eventId: string): void {
  for (const copy of store.copiesOf(eventId)) store.delete(copy.id);
}
