// Every Graph call Roombook makes, in one registry: the resource modules build their requests from
// it, and docs/security-and-data-access.md lists exactly these (a test compares the two).
import {
  CHECK_IN_FIELDS,
  EVENT_FIELDS,
  EVENT_WRITE_FIELDS,
  MEETING_TIMES_REQUEST_FIELDS,
  MY_BOOKINGS_FIELDS,
  OCCURRENCE_FIELDS,
  SCHEDULE_REQUEST_FIELDS,
  EVENT_ROOM_FIELDS,
  ROOM_FIELDS,
  ROOM_IN_LIST_FIELDS,
  ROOM_LIST_FIELDS,
} from './fields';
import type { ErrorContext } from '../core/errors';
import { SCOPES, type Scope } from './scopes';

export interface GraphCall {
  readonly method: 'GET' | 'POST' | 'PATCH';
  /** Path template below the service root. */
  readonly path: string;
  readonly select: readonly string[];
  /** The only top-level fields the request body may carry (the guard refuses any other). */
  readonly body: readonly string[];
  readonly scope: Scope;
  readonly purpose: string;
  /** What a failure of this call leaves the user without, named in the pane's message. */
  readonly context: ErrorContext | null;
}

export const GRAPH_CALLS = {
  roomLists: {
    method: 'GET',
    path: '/places/microsoft.graph.roomlist',
    select: ROOM_LIST_FIELDS,
    body: [],
    scope: SCOPES.places,
    purpose: 'Buildings (room lists) for the search form.',
    context: 'directory',
  },
  rooms: {
    method: 'GET',
    path: '/places/microsoft.graph.room',
    select: ROOM_FIELDS,
    body: [],
    scope: SCOPES.places,
    purpose: 'The room directory, 100 rooms a page ($top/$skip/$count).',
    context: 'directory',
  },
  roomsInList: {
    method: 'GET',
    path: '/places/{roomlist}/microsoft.graph.roomlist/rooms',
    select: ROOM_IN_LIST_FIELDS,
    body: [],
    scope: SCOPES.places,
    purpose: 'Which building each room belongs to.',
    context: 'directory',
  },
  schedule: {
    method: 'POST',
    path: '/me/calendar/getSchedule',
    select: [],
    body: SCHEDULE_REQUEST_FIELDS,
    scope: SCOPES.calendars,
    purpose: 'Free/busy of up to 20 rooms for the meeting’s time.',
    context: 'availability',
  },
  meetingTimes: {
    method: 'POST',
    path: '/me/findMeetingTimes',
    select: [],
    body: MEETING_TIMES_REQUEST_FIELDS,
    scope: SCOPES.sharedCalendars,
    purpose: 'Other times when rooms are free.',
    context: 'suggestions',
  },
  event: {
    method: 'GET',
    path: '/me/events/{id}',
    select: EVENT_FIELDS,
    body: [],
    scope: SCOPES.calendars,
    purpose: 'The booked event and Roombook’s properties ($expand), to confirm a booking.',
    context: 'meeting',
  },
  eventRooms: {
    method: 'GET',
    path: '/me/events/{id}',
    select: EVENT_ROOM_FIELDS,
    body: [],
    scope: SCOPES.calendars,
    purpose:
      'Whether the event was sent and the room’s response, to replace a room safely and check it after Send; its attendees and locations, to take the room off when cancelling.',
    context: 'meeting',
  },
  updateEvent: {
    method: 'PATCH',
    path: '/me/events/{id}',
    select: [],
    body: EVENT_WRITE_FIELDS,
    scope: SCOPES.calendars,
    purpose:
      'Write Roombook’s properties; on cancel, remove the room and clear them; on an occurrence, put another room in place of the series’ room.',
    context: 'meeting',
  },
  myBookings: {
    method: 'GET',
    path: '/me/calendarView',
    select: MY_BOOKINGS_FIELDS,
    body: [],
    scope: SCOPES.calendars,
    purpose:
      'My bookings: the window’s events with Roombook’s properties expanded; only booked ones are kept.',
    context: 'bookings',
  },
  seriesInstances: {
    method: 'GET',
    path: '/me/events/{id}/instances',
    select: OCCURRENCE_FIELDS,
    body: [],
    scope: SCOPES.calendars,
    purpose: 'A booked series’ occurrence on a date its room clashes, to give that date another room.',
    context: 'meeting',
  },
  checkIn: {
    method: 'POST',
    path: '/places/{id}/checkIns',
    select: [],
    body: CHECK_IN_FIELDS,
    scope: SCOPES.calendars,
    purpose: 'Check in: tells the booked room that the meeting is using it, so auto-release keeps it.',
    context: 'bookings',
  },
  checkInStatus: {
    method: 'GET',
    path: '/places/{id}/checkIns/{calendarEventId}',
    select: [],
    body: [],
    scope: SCOPES.calendars,
    purpose: 'Whether someone checked in to the booked room for this date (read back after checking in).',
    context: 'bookings',
  },
  batch: {
    method: 'POST',
    path: '/$batch',
    select: [],
    body: ['requests'],
    scope: SCOPES.calendars,
    purpose: 'Up to 20 of the calls above in one request (availability of many rooms).',
    // An envelope only: each item's own call names what failed.
    context: null,
  },
} as const satisfies Record<string, GraphCall>;
