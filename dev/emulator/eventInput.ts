// Reads an event body as Graph accepts it (POST/PATCH /me/events) into stored fields. Unknown
// properties are ignored like Graph's lenient JSON reader; malformed known ones are 400s.
import { parseDateTimeTimeZone } from './schedule';
import { BadRequest, isRecord } from './http';
import type { ExtendedProperty } from './extendedProperties';
import { propertyKey } from './extendedProperties';
import type { PatternedRecurrence } from './recurrence';
import type { AttendeeType, StoredAttendee, StoredLocation } from './store';

export interface EventInput {
  subject?: string;
  start?: Date;
  end?: Date;
  startZone?: string;
  isAllDay?: boolean;
  showAs?: string;
  categories?: string[];
  attendees?: StoredAttendee[];
  location?: StoredLocation;
  locations?: StoredLocation[];
  recurrence?: PatternedRecurrence | null;
  body?: { contentType: string; content: string };
  extendedProperties?: ExtendedProperty[];
}

const NO_RESPONSE_TIME = '0001-01-01T00:00:00Z';

function attendee(value: unknown): StoredAttendee {
  if (!isRecord(value) || !isRecord(value.emailAddress) || typeof value.emailAddress.address !== 'string') {
    throw new BadRequest('An attendee needs emailAddress.address.', 'ErrorInvalidRecipients');
  }
  const type = value.type === 'optional' || value.type === 'resource' ? value.type : 'required';
  return {
    address: value.emailAddress.address.toLowerCase(),
    name: typeof value.emailAddress.name === 'string' ? value.emailAddress.name : value.emailAddress.address,
    type: type as AttendeeType,
    response: 'none',
    responseTime: NO_RESPONSE_TIME,
  };
}

export function location(value: unknown): StoredLocation {
  if (!isRecord(value)) throw new BadRequest('location must be an object.');
  const email =
    typeof value.locationEmailAddress === 'string' ? value.locationEmailAddress.toLowerCase() : undefined;
  return {
    displayName: typeof value.displayName === 'string' ? value.displayName : '',
    locationType: typeof value.locationType === 'string' ? value.locationType : 'default',
    ...(email ? { locationEmailAddress: email, uniqueId: email, uniqueIdType: 'directory' } : {}),
  };
}

function recurrence(value: unknown): PatternedRecurrence | null {
  if (value === null) return null;
  if (
    !isRecord(value) ||
    !isRecord(value.pattern) ||
    !isRecord(value.range) ||
    typeof value.pattern.type !== 'string'
  ) {
    throw new BadRequest('recurrence needs a pattern and a range.', 'ErrorInvalidRecurrence');
  }
  if (typeof value.range.startDate !== 'string')
    throw new BadRequest('recurrence.range.startDate is required.', 'ErrorInvalidRecurrence');
  return value as unknown as PatternedRecurrence;
}

function extendedProperties(value: unknown): ExtendedProperty[] {
  if (!Array.isArray(value)) throw new BadRequest('singleValueExtendedProperties must be an array.');
  return value.map((item) => {
    if (!isRecord(item) || typeof item.id !== 'string' || !propertyKey(item.id)) {
      throw new BadRequest('The extended property id is not valid.', 'ErrorInvalidExtendedPropertyValue');
    }
    if (typeof item.value !== 'string') {
      throw new BadRequest(
        'The value of a single-value extended property must be a string.',
        'ErrorInvalidExtendedPropertyValue',
      );
    }
    if (/^Integer\s/i.test(item.id) && !/^-?\d+$/.test(item.value)) {
      throw new BadRequest(
        `The value '${item.value}' is not valid for an Integer extended property.`,
        'ErrorInvalidExtendedPropertyValue',
      );
    }
    return { id: item.id, value: item.value };
  });
}

export function readEventInput(body: unknown): EventInput {
  if (!isRecord(body)) throw new BadRequest('The request body must be a JSON object.');
  const input: EventInput = {};
  if (body.subject !== undefined) input.subject = String(body.subject);
  if (body.start !== undefined) {
    input.start = parseDateTimeTimeZone(body.start, 'start');
    input.startZone =
      isRecord(body.start) && typeof body.start.timeZone === 'string' ? body.start.timeZone : 'UTC';
  }
  if (body.end !== undefined) input.end = parseDateTimeTimeZone(body.end, 'end');
  if (body.isAllDay !== undefined) input.isAllDay = body.isAllDay === true || body.isAllDay === 'true';
  if (typeof body.showAs === 'string') input.showAs = body.showAs;
  if (Array.isArray(body.categories)) input.categories = body.categories.map(String);
  if (body.attendees !== undefined) {
    if (!Array.isArray(body.attendees)) throw new BadRequest('attendees must be an array.');
    input.attendees = body.attendees.map(attendee);
  }
  if (body.location !== undefined) input.location = location(body.location);
  if (body.locations !== undefined) {
    if (!Array.isArray(body.locations)) throw new BadRequest('locations must be an array.');
    input.locations = body.locations.map(location);
  }
  if (body.recurrence !== undefined) input.recurrence = recurrence(body.recurrence);
  if (isRecord(body.body)) {
    input.body = {
      contentType: String(body.body.contentType ?? 'text'),
      content: String(body.body.content ?? ''),
    };
  }
  if (body.singleValueExtendedProperties !== undefined)
    input.extendedProperties = extendedProperties(body.singleValueExtendedProperties);
  return input;
}
