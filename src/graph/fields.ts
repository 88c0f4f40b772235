// The only fields Roombook ever asks Graph for. Every $select is built from these lists; the client
// refuses any request that names body, bodyPreview, attachments or uniqueBody (selectGuard.ts).
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

/** For a room's status and for cancelling: only what must be checked or rewritten. */
export const EVENT_ROOM_FIELDS = ['isDraft', 'attendees', 'location', 'locations'] as const;

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

export const ROOM_LIST_FIELDS = ['id', 'emailAddress', 'displayName'] as const;

export const ROOM_IN_LIST_FIELDS = ['emailAddress'] as const;

export const select = (fields: readonly string[]): string => fields.join(',');
