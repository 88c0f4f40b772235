// Rooms behave like Exchange room mailboxes with automatic processing: when a meeting that invites
// them is sent or its time, recurrence or attendees change, each room answers by its calendar
// processing settings (calendarProcessing.ts): a single meeting is accepted when free; a series is
// accepted when its conflicts stay within the room's limits (those occurrences declined one by one)
// and declined as a whole otherwise. An accepted meeting is copied onto the room's calendar without
// the occurrences it declined; an exception of a series is a meeting of its own, answered by its own
// rooms, and the series' rooms do not hold its date.
import { answerRequest, EXCHANGE_DEFAULTS } from './calendarProcessing';
import { allOccurrences, isFree } from './calendar';
import { newChangeKey, newEventId, type EventStore, type StoredEvent } from './store';
import type { Tenant } from './tenant';

export function roomAttendees(event: StoredEvent, tenant: Tenant) {
  return event.attendees.filter((a) => a.type === 'resource' || tenant.roomsByEmail.has(a.address));
}

/** Lets every invited room respond to the event as it now stands, and drops rooms no longer invited. */
export function processRoomResponses(store: EventStore, tenant: Tenant, event: StoredEvent, now: Date): void {
  const invited = new Set<string>();
  const declinedOccurrences = new Map<string, ReadonlySet<number>>();
  for (const attendee of roomAttendees(event, tenant)) {
    const room = tenant.roomsByEmail.get(attendee.address);
    if (!room) continue;
    invited.add(attendee.address);
    const settings = tenant.calendarProcessing.get(attendee.address) ?? EXCHANGE_DEFAULTS;
    const requested = allOccurrences(event).map((o) => ({
      index: o.index,
      start: o.start,
      conflict: !isFree(store, tenant.seed, attendee.address, [o], event.id),
    }));
    const answer = event.isCancelled
      ? { response: 'declined' as const, declinedOccurrences: new Set<number>() }
      : answerRequest(settings, requested, event.recurrence !== null, now);
    attendee.response = answer.response;
    attendee.responseTime = now.toISOString();
    const existing = store.copyOf(event.id, attendee.address);
    if (answer.response === 'declined') {
      if (existing) store.delete(existing.id);
      continue;
    }
    if (answer.declinedOccurrences.size > 0)
      declinedOccurrences.set(attendee.address, answer.declinedOccurrences);
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
      // The room holds neither the dates it declined nor the series' exceptions.
      exceptions: new Set([...(event.exceptions ?? []), ...answer.declinedOccurrences]),
      declinedOccurrences: undefined,
    });
  }
  event.declinedOccurrences = declinedOccurrences.size > 0 ? declinedOccurrences : undefined;
  for (const copy of store.copiesOf(event.id)) {
    if (!invited.has(copy.owner)) store.delete(copy.id);
  }
}

/** The organizer cancelled or deleted the meeting: rooms free the time. */
export function releaseRooms(store: EventStore, eventId: string): void {
  for (const copy of store.copiesOf(eventId)) store.delete(copy.id);
}
