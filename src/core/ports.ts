// The ports core needs (DESIGN.md §2). Adapters in src/graph, src/office and src/auth implement
// them; the composition root picks production or emulator adapters; core and the UI see only these.
import type {
  Appointment,
  AuditEntry,
  BookedEvent,
  BookingRecord,
  ConsentRecord,
  MailboxSchedule,
  Room,
  RoomList,
  RoomStatus,
  TimeRange,
  TimeSuggestion,
} from './model';
import type { Preferences } from './preferences';

/** Access tokens for Graph. Scopes are asked for when a feature first needs them. */
export interface TokenOptions {
  /** A 401 claims challenge to satisfy (continuous access evaluation, Conditional Access). */
  readonly claims?: string;
  /** Graph refused the cached token (a plain 401): do not hand it out again, get a new one. */
  readonly forceRefresh?: boolean;
}

export interface TokenProvider {
  /** A token for these scopes that has not expired. */
  getToken(scopes: readonly string[], options?: TokenOptions): Promise<string>;
  signOut(): Promise<void>;
}

/**
 * Lets the user stop a call. A stopped call fails (as a RoombookError of kind `network`); what it
 * had not yet done is left undone. A read shared with other callers (the cached directory) is only
 * no longer waited for.
 */
export interface CallOptions {
  readonly signal?: AbortSignal;
}

/** The room directory (Graph Places). Implementations fetch the whole directory and may cache it. */
export interface RoomDirectory {
  listRoomLists(options?: CallOptions): Promise<RoomList[]>;
  /**
   * Every room. Which room list (building) a room is in is read separately and later; with
   * `withRoomLists: false` the rooms come as soon as they are read, `roomListEmail` null until then.
   */
  listRooms(options?: { readonly withRoomLists?: boolean } & CallOptions): Promise<Room[]>;
}

/**
 * The room directory kept on the device across pane openings: shown at once, read again in the
 * background when it is old, or when the user asks.
 */
export interface KeptDirectory extends RoomDirectory {
  /** When the directory in use was read from Graph; null while nothing has been read yet. */
  readAt(): Promise<Date | null>;
  /** Reads the directory from Graph again now (the user's refresh). */
  refresh(): Promise<void>;
  /** `listener` runs whenever a newer directory is in use; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Forgets the kept directory, on the device too (consent withdrawn, signed out). */
  forget(): Promise<void>;
}

/** Free/busy of room mailboxes (Graph getSchedule). */
export interface ScheduleSource {
  /**
   * Schedules of these mailboxes within `window` (shorter than 62 days). Implementations split
   * into requests of at most 20 schedules, batch them, and respect the per-mailbox concurrency.
   * An aborted `signal` stops the requests not yet answered.
   */
  getSchedules(
    mailboxes: readonly string[],
    window: TimeRange,
    options?: CallOptions,
  ): Promise<Map<string, MailboxSchedule>>;
}

/** Alternative times when nothing fits (Graph findMeetingTimes). */
export interface MeetingTimeFinder {
  suggest(
    request: {
      readonly rooms: readonly string[];
      readonly window: TimeRange;
      readonly durationMinutes: number;
      readonly maxCandidates: number;
    },
    options?: CallOptions,
  ): Promise<TimeSuggestion[]>;
}

/** Roombook's extended properties on the organizer's event, and the user's booked events. */
export interface BookingStore {
  /** Roombook's properties on the event, or null when it carries none. */
  read(eventId: string, options?: CallOptions): Promise<BookingRecord | null>;
  /** Writes all properties (and the custom-properties mirror) in one PATCH. */
  write(eventId: string, record: BookingRecord, options?: CallOptions): Promise<void>;
  /** Clears Roombook's properties (and the mirror) in one PATCH that needs no prior read (undo). */
  clear(eventId: string, options?: CallOptions): Promise<void>;
  /** Removes the room attendee/location and Roombook's properties from the event. */
  cancel(eventId: string, options?: CallOptions): Promise<void>;
  /** The user's events in `window` that carry Roombook's properties. */
  listMine(window: TimeRange, options?: CallOptions): Promise<BookedEvent[]>;
  /** Whether the meeting was sent, and the room's place on it, as Exchange holds the event. */
  roomStatus(eventId: string, roomEmail: string, options?: CallOptions): Promise<RoomStatus>;
  /** Adds the room to the event as a resource attendee (on a sent meeting, Exchange invites it). */
  inviteRoom(
    eventId: string,
    room: { readonly email: string; readonly displayName: string },
    options?: CallOptions,
  ): Promise<void>;
}

/** The Outlook item the pane is open on (Office.js). */
export interface AppointmentPort {
  read(): Promise<Appointment>;
  /** Roombook's record from the item's custom properties (the mirror), readable without Graph. */
  readBookingMirror(): Promise<BookingRecord | null>;
  /** Puts the room on the item: enhanced location of type Room (location + resource attendee). */
  addRoom(room: Pick<Room, 'email' | 'displayName'>): Promise<void>;
  removeRoom(roomEmail: string): Promise<void>;
  /** Moves the meeting (a series: every occurrence, to this time of day from its first date on). */
  setTime(start: Date, end: Date): Promise<void>;
  /** Saves the item if needed and returns its Graph (REST) id. */
  ensureSaved(): Promise<string>;
  /** An informational message in the item's notification bar. */
  notify(message: string): Promise<void>;
  /** Called when the user changes the time or the attendees; returns an unsubscribe function. */
  onChanged(listener: () => void): () => void;
}

/** Where the user's consent is kept (Office roaming settings). */
export interface ConsentStore {
  get(): Promise<ConsentRecord | null>;
  save(record: ConsentRecord): Promise<void>;
  clear(): Promise<void>;
}

/** Favourite rooms and the last filters, kept for the user between meetings. */
export interface PreferencesStore {
  get(): Promise<Preferences>;
  save(preferences: Preferences): Promise<void>;
  clear(): Promise<void>;
}

/** Receives one entry per Graph call; the Privacy view reads it. */
export interface AuditSink {
  record(entry: AuditEntry): void;
}

/** One occurrence of a booked series given another room: an exception of that occurrence (Graph). */
export interface SeriesExceptions {
  /** The Graph id of the series' occurrence (or exception) that starts at `range.start`; null if none. */
  occurrenceAt(seriesId: string, range: TimeRange): Promise<string | null>;
  /**
   * Puts `room` in place of the room `replaced` on that occurrence alone (its attendees and
   * location): Exchange keeps it as an exception of the series.
   */
  replaceRoom(
    occurrenceId: string,
    replaced: string,
    room: { readonly email: string; readonly displayName: string; readonly location: string },
  ): Promise<void>;
}

/** Places check-ins: telling a booked room that the meeting uses it, so auto-release keeps it. */
export interface CheckIns {
  /** Checks in to the room (Places id) for one date of a meeting (its iCalUId); when it was recorded. */
  checkIn(placeId: string, calendarEventId: string): Promise<Date>;
  /** When someone checked in to the room for that date, or null when nobody has. */
  checkedIn(placeId: string, calendarEventId: string): Promise<Date | null>;
}
