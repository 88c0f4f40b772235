// Roombook's record on the organizer's event: written in one PATCH, read back with $expand, and
// found again in the user's calendarView with the properties expanded and the booked events kept in
// the client (docs/security-and-data-access.md, "My bookings", says why this query).
import {
  clearedBooking,
  decodeBooking,
  encodeBooking,
  propertyId,
  PROPERTY_NAMES,
} from '../core/bookingProperties';
import type { BookedEvent, RoomResponse } from '../core/model';
import type { BookingStore, CallOptions, SeriesExceptions } from '../core/ports';
import { GRAPH_CALLS } from './calls';
import type { GraphClient } from './client/client';
import { readCollection } from './client/paging';
import { select } from './fields';
import { eventSchema, noContentSchema, type GraphEvent } from './schemas';

const q = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** $expand for Roombook's seven properties (the mirror is for Office.js, not read back here). */
const EXPAND = `singleValueExtendedProperties($filter=${PROPERTY_NAMES.map((name) => `id eq ${q(propertyId(name))}`).join(' or ')})`;
/** A month of calendarView is a few hundred occurrences; far more means an answer not to believe. */
const MAX_VIEW_ITEMS = 5_000;
const VIEW_PAGE = 100;

const RESPONSES = new Set<RoomResponse>(['accepted', 'declined', 'tentativelyAccepted', 'none']);

function roomResponse(event: GraphEvent, mailbox: string): RoomResponse {
  const attendee = event.attendees?.find(
    (a) => a.emailAddress.address?.toLowerCase() === mailbox.toLowerCase(),
  );
  const response = attendee?.status?.response ?? 'none';
  return RESPONSES.has(response as RoomResponse) ? (response as RoomResponse) : 'none';
}

const eventPath = (id: string) => GRAPH_CALLS.event.path.replace('{id}', encodeURIComponent(id));

export function createBookingStore(client: GraphClient, addinId: string): BookingStore {
  async function readEvent(id: string, options?: CallOptions): Promise<GraphEvent> {
    return client.send(
      {
        method: 'GET',
        path: `${eventPath(id)}?$select=${select(GRAPH_CALLS.event.select)}&$expand=${encodeURIComponent(EXPAND)}`,
        scopes: [GRAPH_CALLS.event.scope],
      },
      eventSchema,
      options,
    );
  }

  const readRooms = (id: string, options?: CallOptions) =>
    client.send(
      {
        method: 'GET',
        path: `${eventPath(id)}?$select=${select(GRAPH_CALLS.eventRooms.select)}`,
        scopes: [GRAPH_CALLS.eventRooms.scope],
      },
      eventSchema,
      options,
    );

  const patch = (id: string, body: unknown, options?: CallOptions) =>
    client.send(
      {
        method: 'PATCH',
        path: GRAPH_CALLS.updateEvent.path.replace('{id}', encodeURIComponent(id)),
        scopes: [GRAPH_CALLS.updateEvent.scope],
        body,
      },
      noContentSchema,
      options,
    );

  return {
    async read(id, options) {
      return decodeBooking((await readEvent(id, options)).singleValueExtendedProperties ?? []);
    },

    async write(id, record, options) {
      await patch(id, { singleValueExtendedProperties: encodeBooking(record, addinId) }, options);
    },

    async clear(id, options) {
      await patch(id, { singleValueExtendedProperties: clearedBooking(addinId) }, options);
    },

    async roomStatus(id, roomEmail, options) {
      const event = await readRooms(id, options);
      const room = event.attendees?.find(
        (a) => a.emailAddress.address?.toLowerCase() === roomEmail.toLowerCase(),
      );
      return {
        // isDraft: "the user has updated the meeting in Outlook but has not sent the updates to
        // attendees" (https://learn.microsoft.com/graph/api/resources/event#properties).
        sent: event.isDraft !== true,
        invited: room?.type === 'resource',
        response: room ? roomResponse(event, roomEmail) : 'none',
      };
    },

    async inviteRoom(id, room, options) {
      const current = await readRooms(id, options);
      const others = (current.attendees ?? []).filter(
        (a) => a.emailAddress.address?.toLowerCase() !== room.email.toLowerCase(),
      );
      // Attendees is replaced as a whole; a room is a resource attendee, which Exchange's resource
      // booking processes (https://learn.microsoft.com/graph/api/resources/attendee).
      await patch(
        id,
        {
          attendees: [
            ...others,
            { type: 'resource', emailAddress: { address: room.email, name: room.displayName } },
          ],
        },
        options,
      );
    },

    async cancel(id, options) {
      const record = decodeBooking((await readEvent(id, options)).singleValueExtendedProperties ?? []);
      const current = await readRooms(id, options);
      const room = record?.resourceMailbox.toLowerCase();
      const isRoom = (address: string | null | undefined) => Boolean(room) && address?.toLowerCase() === room;
      const locations = (current.locations ?? []).filter((l) => !isRoom(l.locationEmailAddress));
      await patch(
        id,
        {
          // Removing the room from the attendees sends it the cancellation, which frees its calendar.
          attendees: (current.attendees ?? []).filter((a) => !isRoom(a.emailAddress.address)),
          locations,
          ...(isRoom(current.location?.locationEmailAddress) || locations.length === 0
            ? { location: locations[0] ?? { displayName: '' } }
            : {}),
          singleValueExtendedProperties: clearedBooking(addinId),
        },
        options,
      );
    },

    async listMine(window, options) {
      const params = [
        `startDateTime=${window.start.toISOString()}`,
        `endDateTime=${window.end.toISOString()}`,
        `$select=${select(GRAPH_CALLS.myBookings.select)}`,
        `$expand=${encodeURIComponent(EXPAND)}`,
        `$top=${VIEW_PAGE}`,
      ].join('&');
      const events = await readCollection(
        client,
        {
          method: 'GET',
          path: `${GRAPH_CALLS.myBookings.path}?${params}`,
          scopes: [GRAPH_CALLS.myBookings.scope],
        },
        eventSchema,
        { maxItems: MAX_VIEW_ITEMS, maxPages: Math.ceil(MAX_VIEW_ITEMS / VIEW_PAGE) + 1, ...options },
      );
      // calendarView lists every occurrence of a series; a booked series is one booking (cancelling
      // acts on its master), shown once at its next occurrence with the count of its dates read.
      const dates = new Map<string, number>();
      for (const event of events) {
        if (event.seriesMasterId) dates.set(event.seriesMasterId, (dates.get(event.seriesMasterId) ?? 0) + 1);
      }
      const seen = new Set<string>();
      return events.flatMap((event): BookedEvent[] => {
        const record = decodeBooking(event.singleValueExtendedProperties ?? []);
        if (!record || !event.start || !event.end) return [];
        const eventId = event.seriesMasterId ?? event.id;
        if (seen.has(eventId)) return [];
        seen.add(eventId);
        return [
          {
            eventId,
            subject: event.subject ?? '',
            start: event.start,
            end: event.end,
            isRecurring: Boolean(event.seriesMasterId),
            record,
            roomResponse: roomResponse(event, record.resourceMailbox),
            iCalUId: event.iCalUId ?? null,
            datesInView: dates.get(eventId) ?? 1,
          },
        ];
      });
    },
  };
}

/**
 * Exceptions of a booked series: the occurrence is found through the series' instances
 * (https://learn.microsoft.com/graph/api/event-list-instances: occurrences and exceptions in a
 * window) and PATCHed by its own id, which makes it an exception
 * (https://learn.microsoft.com/graph/api/event-update). Attendees are replaced as a whole, so the
 * occurrence's current list is read first and only the room changes.
 */
export function createSeriesExceptions(client: GraphClient): SeriesExceptions {
  return {
    async occurrenceAt(seriesId, range) {
      const params = [
        `startDateTime=${range.start.toISOString()}`,
        `endDateTime=${range.end.toISOString()}`,
        `$select=${select(GRAPH_CALLS.seriesInstances.select)}`,
      ].join('&');
      const path = GRAPH_CALLS.seriesInstances.path.replace('{id}', encodeURIComponent(seriesId));
      const instances = await readCollection(
        client,
        { method: 'GET', path: `${path}?${params}`, scopes: [GRAPH_CALLS.seriesInstances.scope] },
        eventSchema,
        // A window of one occurrence holds one, or a few where occurrences overlap.
        { maxItems: 50, maxPages: 5 },
      );
      const found = instances.find((i) => i.start?.getTime() === range.start.getTime());
      return found?.id ?? null;
    },

    async replaceRoom(occurrenceId, replaced, room) {
      const path = GRAPH_CALLS.eventRooms.path.replace('{id}', encodeURIComponent(occurrenceId));
      const current = await client.send(
        {
          method: 'GET',
          path: `${path}?$select=${select(GRAPH_CALLS.eventRooms.select)}`,
          scopes: [GRAPH_CALLS.eventRooms.scope],
        },
        eventSchema,
      );
      const gone = replaced.toLowerCase();
      const isGone = (address: string | null | undefined) => address?.toLowerCase() === gone;
      const isNew = (address: string | null | undefined) =>
        address?.toLowerCase() === room.email.toLowerCase();
      const place = {
        displayName: room.location,
        locationEmailAddress: room.email,
        locationType: 'conferenceRoom',
      };
      const locations = [
        ...(current.locations ?? []).filter(
          (l) => !isGone(l.locationEmailAddress) && !isNew(l.locationEmailAddress),
        ),
        place,
      ];
      await client.send(
        {
          method: 'PATCH',
          path: GRAPH_CALLS.updateEvent.path.replace('{id}', encodeURIComponent(occurrenceId)),
          scopes: [GRAPH_CALLS.updateEvent.scope],
          body: {
            // The other attendees stay as they are; the replaced room is uninvited for this date
            // only and the new room invited as a resource, which Exchange's resource booking answers.
            attendees: [
              ...(current.attendees ?? []).filter(
                (a) => !isGone(a.emailAddress.address) && !isNew(a.emailAddress.address),
              ),
              { type: 'resource', emailAddress: { address: room.email, name: room.displayName } },
            ],
            locations,
            location: place,
          },
        },
        noContentSchema,
      );
    },
  };
}
