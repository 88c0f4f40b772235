// findMeetingTimes: candidate slots every 30 minutes inside the requested time slots (working hours
// for the "work" activity domain), scored by who is free, with free rooms as suggested locations.
import { isFree } from './calendar';
import { BadRequest, isRecord, json, type EmulatorContext } from './http';
import { parseDateTimeTimeZone } from './schedule';
import type { EventStore } from './store';
import type { Tenant, TenantUser } from './tenant';
import type { Zone } from './eventView';
import { formatGraphDateTime } from './time';

const STEP_MS = 30 * 60_000;

function durationMs(value: unknown): number {
  if (value === undefined) return 30 * 60_000;
  const m = typeof value === 'string' ? /^PT(?:(\d+)H)?(?:(\d+)M)?$/i.exec(value) : null;
  if (!m || (!m[1] && !m[2]))
    throw new BadRequest(
      'meetingDuration must be an ISO 8601 duration such as PT1H.',
      'ErrorInvalidParameter',
    );
  return (Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60_000;
}

// The docs' own example sends booleans and numbers as strings; Graph accepts both.
const bool = (value: unknown, fallback: boolean): boolean =>
  value === undefined ? fallback : value === true || value === 'true';

function inWorkingHours(start: number, end: number): boolean {
  const s = new Date(start);
  const day = s.getUTCDay();
  const dayStart = Date.UTC(s.getUTCFullYear(), s.getUTCMonth(), s.getUTCDate(), 8);
  return day !== 0 && day !== 6 && start >= dayStart && end <= dayStart + 10 * 3_600_000;
}

export function findMeetingTimes(
  ctx: EmulatorContext,
  body: unknown,
  deps: { store: EventStore; tenant: Tenant; user: TenantUser; zone: Zone },
): Response {
  if (!isRecord(body)) throw new BadRequest('The request body must be a JSON object.');
  const { store, tenant, user, zone } = deps;
  const attendees = (Array.isArray(body.attendees) ? body.attendees : []).flatMap((a) =>
    isRecord(a) && isRecord(a.emailAddress) && typeof a.emailAddress.address === 'string'
      ? [
          {
            address: a.emailAddress.address.toLowerCase(),
            type: typeof a.type === 'string' ? a.type : 'required',
          },
        ]
      : [],
  );
  const constraint = isRecord(body.locationConstraint) ? body.locationConstraint : {};
  const rooms = (Array.isArray(constraint.locations) ? constraint.locations : []).flatMap((l) =>
    isRecord(l) && typeof l.locationEmailAddress === 'string'
      ? [
          {
            email: l.locationEmailAddress.toLowerCase(),
            displayName: typeof l.displayName === 'string' ? l.displayName : l.locationEmailAddress,
          },
        ]
      : [],
  );
  const locationRequired = bool(constraint.isRequired, false);
  const suggestLocation = bool(constraint.suggestLocation, false);
  const timeConstraint = isRecord(body.timeConstraint) ? body.timeConstraint : {};
  const workOnly = (timeConstraint.activityDomain ?? 'work') === 'work';
  const slots = (Array.isArray(timeConstraint.timeSlots) ? timeConstraint.timeSlots : []).map((slot) => {
    if (!isRecord(slot)) throw new BadRequest('timeSlots must hold start and end.', 'ErrorInvalidParameter');
    return {
      start: parseDateTimeTimeZone(slot.start, 'timeSlot.start'),
      end: parseDateTimeTimeZone(slot.end, 'timeSlot.end'),
    };
  });
  if (slots.length === 0) {
    const start = Math.ceil(ctx.now.getTime() / STEP_MS) * STEP_MS;
    slots.push({ start: new Date(start), end: new Date(start + 2 * 86_400_000) });
  }
  const duration = durationMs(body.meetingDuration);
  const maxCandidates = Math.max(1, Number(body.maxCandidates ?? 20));
  const organizerOptional = bool(body.isOrganizerOptional, false);
  const minimumPercentage = Number(body.minimumAttendeePercentage ?? 50);
  const people = attendees.filter((a) => a.type !== 'resource' && !tenant.roomsByEmail.has(a.address));
  const roomAttendees = attendees.filter((a) => a.type === 'resource' || tenant.roomsByEmail.has(a.address));
  const candidateRooms = [
    ...rooms,
    ...roomAttendees.map((a) => ({
      email: a.address,
      displayName: tenant.roomsByEmail.get(a.address)?.displayName ?? a.address,
    })),
  ];

  const suggestions: Record<string, unknown>[] = [];
  let organizerBusyEverywhere = true;
  for (const slot of slots) {
    for (
      let start = Math.ceil(slot.start.getTime() / STEP_MS) * STEP_MS;
      start + duration <= slot.end.getTime();
      start += STEP_MS
    ) {
      const end = start + duration;
      if (workOnly && !inWorkingHours(start, end)) continue;
      const range = [{ start: new Date(start), end: new Date(end) }];
      const organizerFree = isFree(store, tenant.seed, user.mail, range);
      if (organizerFree) organizerBusyEverywhere = false;
      if (!organizerFree && !organizerOptional) continue;
      const availability = people.map((a) => ({
        a,
        free: tenant.usersByEmail.has(a.address) ? isFree(store, tenant.seed, a.address, range) : false,
      }));
      const freeRooms = candidateRooms.filter((room) => isFree(store, tenant.seed, room.email, range));
      if (
        (locationRequired || roomAttendees.length > 0) &&
        candidateRooms.length > 0 &&
        freeRooms.length === 0
      )
        continue;
      const confidence =
        people.length === 0 ? 100 : (100 * availability.filter((x) => x.free).length) / people.length;
      if (confidence < minimumPercentage) continue;
      suggestions.push({
        confidence,
        organizerAvailability: organizerFree ? 'free' : 'busy',
        suggestionReason:
          confidence === 100
            ? 'Suggested because it is one of the nearest times when all attendees are available.'
            : 'Suggested because most attendees are available.',
        meetingTimeSlot: {
          start: { dateTime: formatGraphDateTime(new Date(start), zone.iana), timeZone: zone.name },
          end: { dateTime: formatGraphDateTime(new Date(end), zone.iana), timeZone: zone.name },
        },
        attendeeAvailability: [
          ...availability.map(({ a, free }) => ({
            attendee: { type: a.type, emailAddress: { address: a.address } },
            availability: free ? 'free' : 'busy',
          })),
          ...roomAttendees.map((a) => ({
            attendee: { type: 'resource', emailAddress: { address: a.address } },
            availability: freeRooms.some((r) => r.email === a.address) ? 'free' : 'busy',
          })),
        ],
        locations: (suggestLocation || rooms.length > 0 ? freeRooms : []).map((room) => ({
          displayName: room.displayName,
          locationEmailAddress: room.email,
        })),
      });
    }
  }
  const ordered = suggestions
    .sort((a, b) => Number(b.confidence) - Number(a.confidence))
    .slice(0, maxCandidates)
    .map((suggestion, order) => ({ ...suggestion, order }));
  const emptySuggestionsReason =
    ordered.length > 0
      ? ''
      : organizerBusyEverywhere && !organizerOptional
        ? 'OrganizerUnavailable'
        : candidateRooms.length > 0
          ? 'LocationsUnavailable'
          : 'AttendeesUnavailable';
  return json(
    ctx,
    200,
    {
      '@odata.context':
        'https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.meetingTimeSuggestionsResult',
      emptySuggestionsReason,
      meetingTimeSuggestions: ordered,
    },
    { 'Preference-Applied': `outlook.timezone="${zone.name}"` },
  );
}
