// Places check-ins (https://learn.microsoft.com/graph/api/place-post-checkins and
// https://learn.microsoft.com/graph/api/checkinclaim-get): delegated Calendars.ReadWrite, the room's
// Places id in the path and the event's iCalUId as `calendarEventId`. Roombook checks in as
// `manual`, the method Microsoft names for a person checking in from a reminder
// (https://learn.microsoft.com/graph/api/resources/checkinclaim), and keeps only which event and when.
import * as z from 'zod/mini';
import { RoombookError } from '../core/errors';
import type { CheckIns } from '../core/ports';
import { GRAPH_CALLS } from './calls';
import type { GraphClient } from './client/client';

const claimSchema = z.object({
  calendarEventId: z.string().check(z.maxLength(1_000)),
  createdDateTime: z.string().check(z.maxLength(64)),
});

/**
 * The documented GET answer wraps the claim in `value`, unlike every other Graph entity read; the
 * create answer does not. Either shape is read, so a correction of the sample breaks nothing.
 */
const readSchema = z.union([
  z.pipe(
    z.object({ value: claimSchema }),
    z.transform((answer) => answer.value),
  ),
  claimSchema,
]);

type Claim = z.infer<typeof claimSchema>;

const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$/;

function checkedInAt(claim: Claim, calendarEventId: string): Date {
  // The answer must be about the event asked for, with a readable time, or it proves nothing.
  // createdDateTime is an ISO 8601 instant "always in UTC", e.g. 2014-01-01T00:00:00Z.
  const at = UTC_INSTANT.test(claim.createdDateTime) ? new Date(claim.createdDateTime) : null;
  if (claim.calendarEventId !== calendarEventId || !at || Number.isNaN(at.getTime()))
    throw new RoombookError('invalidResponse', 'The check-in answer names another event or no time.');
  return at;
}

const pathOf = (template: string, placeId: string, calendarEventId = '') =>
  template
    .replace('{id}', encodeURIComponent(placeId))
    .replace('{calendarEventId}', encodeURIComponent(calendarEventId));

export function createCheckIns(client: GraphClient): CheckIns {
  return {
    async checkIn(placeId, calendarEventId) {
      const claim = await client.send(
        {
          method: 'POST',
          path: pathOf(GRAPH_CALLS.checkIn.path, placeId),
          scopes: [GRAPH_CALLS.checkIn.scope],
          body: { calendarEventId, checkInMethod: 'manual' },
        },
        claimSchema,
      );
      return checkedInAt(claim, calendarEventId);
    },

    async checkedIn(placeId, calendarEventId) {
      try {
        const claim = await client.send(
          {
            method: 'GET',
            path: pathOf(GRAPH_CALLS.checkInStatus.path, placeId, calendarEventId),
            scopes: [GRAPH_CALLS.checkInStatus.scope],
          },
          readSchema,
        );
        return checkedInAt(claim, calendarEventId);
      } catch (error) {
        // No claim for this date: nobody has checked in.
        if (error instanceof RoombookError && error.kind === 'notFound') return null;
        throw error;
      }
    },
  };
}
