// The only fields Roombook ever asks Graph for, or writes. Every $select is built from these lists,
// and the client's guard (selectGuard.ts) refuses a request that asks for or writes anything else.
export const EVENT_FIELDS = [
  'subject',
  'start',
  'end',
  'isAllDay',
  'type',
  'seriesMasterId',
  'attendees',
  'location',
  'locations',
  'organizer',
] as const;

/**
 * For My bookings, which reads every event of the window to keep Roombook's: only what the list
 * shows (subject, time, series) and the room's response (attendees).
 */
export const MY_BOOKINGS_FIELDS = [
  'subject',
  'start',
  'end',
  'seriesMasterId',
  'attendees',
  // The date's own id, which a Places check-in names (different for each date of a series).
  'iCalUId',
] as const;

/** For a room's status and for cancelling: only what must be checked or rewritten. */
export const EVENT_ROOM_FIELDS = ['isDraft', 'attendees', 'location', 'locations'] as const;

/** To find one occurrence of a series (its id) by its time, to make it an exception. */
export const OCCURRENCE_FIELDS = ['start', 'end', 'type'] as const;

export const ROOM_FIELDS = [
  'id',
  'emailAddress',
  'displayName',
  'capacity',
  'building',
  'floorNumber',
  'floorLabel',
  'audioDeviceName',
  'videoDeviceName',
  'displayDeviceName',
  'isWheelChairAccessible',
  'tags',
] as const;

export const ROOM_LIST_FIELDS = ['id', 'emailAddress', 'displayName', 'address'] as const;

export const ROOM_IN_LIST_FIELDS = ['emailAddress'] as const;

/** What a PATCH of the event may write: Roombook's properties; on cancel, the room's removal. */
export const EVENT_WRITE_FIELDS = [
  'singleValueExtendedProperties',
  'attendees',
  'locations',
  'location',
] as const;

export const SCHEDULE_REQUEST_FIELDS = [
  'schedules',
  'startTime',
  'endTime',
  'availabilityViewInterval',
] as const;

export const MEETING_TIMES_REQUEST_FIELDS = [
  'attendees',
  'locationConstraint',
  'timeConstraint',
  'meetingDuration',
  'maxCandidates',
  'isOrganizerOptional',
  'returnSuggestionReasons',
] as const;

/** A Places check-in writes which event (its iCalUId) and how the user checked in, nothing else. */
export const CHECK_IN_FIELDS = ['calendarEventId', 'checkInMethod'] as const;

export const select = (fields: readonly string[]): string => fields.join(',');
