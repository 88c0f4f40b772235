// How an event looks in Graph's JSON, in the caller's preferred time zone, with $select applied and
// extended properties only where $expand asked for them.
import type { Occurrence } from './calendar';
import type { ExtendedProperty } from './extendedProperties';
import { iCalUIdOf } from './iCalUId';
import { applySelect } from './odata';
import type { StoredEvent, StoredLocation } from './store';
import { formatGraphDateTime } from './time';

export interface Zone {
  readonly iana: string;
  readonly name: string;
}

const locationJson = (l: StoredLocation) => ({
  displayName: l.displayName,
  locationType: l.locationType,
  ...(l.locationEmailAddress ? { locationEmailAddress: l.locationEmailAddress } : {}),
  uniqueId: l.uniqueId ?? l.displayName,
  uniqueIdType: l.uniqueIdType ?? 'private',
});

export function etagOf(event: StoredEvent): string {
  return `W/"${event.changeKey}"`;
}

export function occurrenceId(event: StoredEvent, index: number): string {
  return `${event.id}_OCC${index}`;
}

export function renderEvent(
  event: StoredEvent,
  options: { zone: Zone; select: string[] | null; expand: string[] | null; occurrence?: Occurrence },
): Record<string, unknown> {
  const { zone, occurrence } = options;
  const start = occurrence?.start ?? event.start;
  const end = occurrence?.end ?? event.end;
  const isOrganizer = event.owner === event.organizer.address;
  const full: Record<string, unknown> = {
    '@odata.etag': etagOf(event),
    id: occurrence?.index != null ? occurrenceId(event, occurrence.index) : event.id,
    createdDateTime: event.createdDateTime,
    lastModifiedDateTime: event.lastModifiedDateTime,
    changeKey: event.changeKey,
    categories: event.categories,
    transactionId: null,
    originalStartTimeZone: event.originalStartTimeZone,
    originalEndTimeZone: event.originalStartTimeZone,
    iCalUId: iCalUIdOf(event, occurrence),
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    subject: event.subject,
    bodyPreview: event.body?.content.slice(0, 255) ?? '',
    importance: 'normal',
    sensitivity: 'normal',
    isAllDay: event.isAllDay,
    isCancelled: event.isCancelled,
    isOrganizer,
    responseRequested: true,
    seriesMasterId: occurrence?.index != null ? event.id : (event.seriesMasterId ?? null),
    showAs: event.showAs,
    type: event.seriesMasterId
      ? 'exception'
      : event.recurrence
        ? occurrence?.index != null
          ? 'occurrence'
          : 'seriesMaster'
        : 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: false,
    allowNewTimeProposals: true,
    isDraft: event.isDraft,
    responseStatus: { response: isOrganizer ? 'organizer' : 'none', time: '0001-01-01T00:00:00Z' },
    body: event.body ?? { contentType: 'html', content: '' },
    start: { dateTime: formatGraphDateTime(start, zone.iana), timeZone: zone.name },
    end: { dateTime: formatGraphDateTime(end, zone.iana), timeZone: zone.name },
    location: locationJson(event.location),
    locations: event.locations.map(locationJson),
    recurrence: occurrence?.index != null ? null : event.recurrence,
    attendees: event.attendees.map((a) => ({
      type: a.type,
      // A room that accepted the series but declined this occurrence (rooms.ts) answers for it here.
      status: {
        response:
          occurrence?.index != null && event.declinedOccurrences?.get(a.address)?.has(occurrence.index)
            ? 'declined'
            : a.response,
        time: a.responseTime,
      },
      emailAddress: { name: a.name, address: a.address },
    })),
    organizer: { emailAddress: { name: event.organizer.name, address: event.organizer.address } },
  };
  const selected = applySelect(full, options.select, ['id', '@odata.etag']);
  if (options.expand) {
    const wanted = new Set(options.expand);
    const matches: ExtendedProperty[] = [...event.extendedProperties.entries()]
      .filter(([key]) => wanted.has(key))
      .map(([, property]) => ({ id: property.id, value: property.value }));
    // Graph leaves the navigation property out when nothing matches the $filter.
    if (matches.length > 0) selected.singleValueExtendedProperties = matches;
  }
  return selected;
}
