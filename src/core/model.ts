// The domain model shared by every layer. Plain data only: adapters translate Graph JSON and
// Office.js values into these shapes at their boundary, so nothing here knows where data came from.
// All instants are UTC `Date`s; conversion to the user's zone happens only for display.
import type { Timeline } from './timeline';

export interface TimeRange {
  readonly start: Date;
  readonly end: Date;
}

/** A room list ("building") from the Places directory. */
export interface RoomList {
  readonly id: string;
  /** SMTP address of the room list: Graph addresses room lists by it. */
  readonly email: string;
  readonly displayName: string;
  /** The city of the room list's address in Places, when the directory has one. */
  readonly city: string | null;
}

export interface RoomFeatures {
  readonly display: boolean;
  readonly video: boolean;
  readonly audio: boolean;
  readonly wheelchairAccessible: boolean;
  readonly tags: readonly string[];
}

/** A bookable room from the Places directory. */
export interface Room {
  /** Places id. Not immutable in Exchange, which is why `email` is always kept beside it. */
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  /** Null when the directory does not say. */
  readonly capacity: number | null;
  readonly building: string | null;
  readonly floorNumber: number | null;
  readonly floorLabel: string | null;
  /** SMTP address of the room list the room was found in, when listed through one. */
  readonly roomListEmail: string | null;
  /** Its room list's city: known once the room lists' members are (null until then, or if none). */
  readonly city: string | null;
  readonly features: RoomFeatures;
}

export type FeatureName = 'display' | 'video' | 'audio' | 'wheelchairAccessible';

/** What the user asked for in the search form. Serialised compactly into `SearchAttributes`. */
export interface SearchCriteria {
  /** Room list SMTP address, or null for all buildings. */
  readonly roomList: string | null;
  readonly floor: string | null;
  readonly minCapacity: number;
  readonly features: readonly FeatureName[];
  readonly tags: readonly string[];
  readonly text: string;
}

export type FreeBusy = 'free' | 'tentative' | 'busy' | 'unknown';

/** Availability of one room for the appointment: one slot, or every occurrence of a series. */
export interface RoomAvailability {
  /** The overall verdict: free only if every checked occurrence is free. */
  readonly status: FreeBusy;
  /** Occurrences checked (1 for a single appointment). */
  readonly total: number;
  /** Occurrences in which the room is free. */
  readonly freeCount: number;
}

export interface RankedRoom {
  readonly room: Room;
  readonly availability: RoomAvailability;
  /**
   * The room accepted this meeting and its calendar holds it at every occurrence checked: that copy
   * is not counted in `availability` nor drawn in `timeline`. Absent for every other room.
   */
  readonly heldForMeeting?: true;
  /** The room's day around the (first) meeting, from the same schedule; absent when not read. */
  readonly timeline?: Timeline;
}

/** A busy block from a mailbox's schedule (getSchedule's scheduleItems, normalised to UTC). */
export interface BusyItem {
  readonly start: Date;
  readonly end: Date;
  readonly status: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';
}

export type MailboxSchedule =
  { readonly ok: true; readonly items: readonly BusyItem[] } | { readonly ok: false; readonly error: string };

export type RecurrencePatternType =
  'daily' | 'weekly' | 'absoluteMonthly' | 'relativeMonthly' | 'absoluteYearly' | 'relativeYearly';

export type DayOfWeek = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';

/** A recurrence as Office.js and Graph describe it; core expands it into occurrences. */
export interface Recurrence {
  readonly type: RecurrencePatternType;
  readonly interval: number;
  readonly daysOfWeek: readonly DayOfWeek[];
  readonly dayOfMonth: number | null;
  readonly month: number | null;
  /** first | second | third | fourth | last, for relative patterns. */
  readonly weekIndex: 'first' | 'second' | 'third' | 'fourth' | 'last' | null;
  /**
   * The day weekly series count their weeks from: with an interval over 1 it decides which weeks are
   * skipped. Absent means Graph's default, Sunday
   * (https://learn.microsoft.com/en-us/graph/api/resources/recurrencepattern).
   */
  readonly firstDayOfWeek?: DayOfWeek;
  /** First day of the series, `YYYY-MM-DD` in the series' time zone. */
  readonly startDate: string;
  /** Last day, `YYYY-MM-DD`, or null when bounded by a count or not at all. */
  readonly endDate: string | null;
  readonly numberOfOccurrences: number | null;
  /** IANA zone the series is defined in; occurrences keep their wall-clock time across DST. */
  readonly timeZone: string;
}

export type ItemMode = 'compose' | 'read';

/** The current Outlook appointment, as Office.js reports it right now. */
export interface Appointment {
  readonly mode: ItemMode;
  /**
   * The event's Graph (REST) id when the item has been saved, else null. Known without saving, so
   * opening the pane on an item never saves the user's pending edits.
   */
  readonly eventId: string | null;
  readonly subject: string;
  readonly start: Date;
  readonly end: Date;
  readonly isAllDay: boolean;
  readonly recurrence: Recurrence | null;
  /** Required + optional attendees, rooms and the organizer excluded. Counted, never copied. */
  readonly attendeeCount: number;
  /** The location line as Outlook shows it. */
  readonly location: string;
  /** SMTP addresses of rooms already on the item (resource attendees / enhanced locations). */
  readonly roomEmails: readonly string[];
  readonly organizerEmail: string;
  /** IANA zone used to display times to the user. */
  readonly displayTimeZone: string;
}

/** What Roombook records on the event (DESIGN.md §4). */
export interface BookingRecord {
  readonly resourceId: string;
  readonly resourceMailbox: string;
  readonly resourceLocation: string;
  readonly capacity: number | null;
  readonly searchAttributes: SearchCriteria;
  readonly addinVersion: string;
  readonly ownerEmail: string;
}

export type RoomResponse = 'accepted' | 'declined' | 'tentativelyAccepted' | 'none';

/** A room's place on the organizer's event. */
export interface RoomStatus {
  /** False while the meeting is a never-sent draft: nobody has been invited yet. */
  readonly sent: boolean;
  /** The room is a resource attendee, so Exchange's resource booking gets the invitation. */
  readonly invited: boolean;
  readonly response: RoomResponse;
}

/** One of the user's own events that carries Roombook's properties (My bookings). */
export interface BookedEvent {
  /** Graph (REST) event id. */
  readonly eventId: string;
  readonly subject: string;
  readonly start: Date;
  readonly end: Date;
  readonly isRecurring: boolean;
  readonly record: BookingRecord;
  readonly roomResponse: RoomResponse;
  /** This date's iCalUId, which a Places check-in names (each date of a series has its own). */
  readonly iCalUId: string | null;
  /** A series' dates in the window read, from this one on (1 for a single meeting). */
  readonly datesInView: number;
}

export interface TimeSuggestion {
  readonly start: Date;
  readonly end: Date;
  /** Rooms free at that time, by SMTP address. */
  readonly roomEmails: readonly string[];
  readonly confidence: number;
}

export interface ConsentRecord {
  readonly version: number;
  /** ISO 8601 instant. */
  readonly acceptedAt: string;
}

/** One Graph call as the Privacy view shows it: never a header, a token or response data. */
export interface AuditEntry {
  readonly method: string;
  /**
   * The declared call (a key of src/graph/calls.ts, e.g. `schedule`): what the Privacy view puts in
   * plain words.
   */
  readonly call: string;
  /**
   * The call's path template and its query options' names, never their values (no ids, no dates):
   * `/me/events/{id}?$select&$expand`.
   */
  readonly path: string;
  /** The page a paged read asked for, from 1 ($skip / $top + 1). */
  readonly page?: number;
  /** How many items the request named: the mailboxes of a getSchedule, the requests of a $batch. */
  readonly items?: number;
  readonly status: number;
  readonly at: string;
  readonly durationMs: number;
  /** Requests inside a `$batch` are audited one by one with the batch's id. */
  readonly batchId?: string;
}
