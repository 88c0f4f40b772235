// The slice of Office.js that Roombook uses, backed by the simulated mailbox. Results come back
// asynchronously, as in Outlook, so timing bugs that would show in Outlook show here too.
import { restIdFromItemId } from '../emulator/itemIds';
import { atWallClock, dateIn, ianaZone, wallClockOf } from '../emulator/time';
import { SaveFailure, type ItemEvent, type SimulatedMailbox } from './mailbox';
import { displayDialogAsync } from './officeDialog';
import type { ManifestFacts } from './manifest';

type Callback<T> = (result: {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { code: number; name: string; message: string };
}) => void;

const later = (fn: () => void) => setTimeout(fn, 0);

function succeed<T>(callback: Callback<T> | undefined, value: T): void {
  later(() => callback?.({ status: 'succeeded', value }));
}

function fail(callback: Callback<unknown> | undefined, code: number, name: string, message: string): void {
  later(() => callback?.({ status: 'failed', value: undefined, error: { code, name, message } }));
}

/** Office passes options before the callback in some overloads; take the last function given. */
function callbackOf<T>(args: unknown[]): Callback<T> | undefined {
  return [...args].reverse().find((a): a is Callback<T> => typeof a === 'function');
}

/**
 * Office's own codes, names and messages. Common ones from
 * https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes;
 * ItemNotSaved's name and text from getItemIdAsync's reference
 * (https://learn.microsoft.com/javascript/api/outlook/office.appointmentcompose#outlook-office-appointmentcompose-getitemidasync-member(1)),
 * which documents no number: the simulator reports it as a Generic Response Error's 9020, and
 * Roombook must go by the name.
 */
const OFFICE_ERRORS = {
  itemNotSaved: [9020, 'ItemNotSaved', "The id can't be retrieved until the item is saved."],
  saveError: [9021, 'Save Error', 'Connection error occurred while trying to save the item on the server.'],
  genericResponseError: [9020, 'Generic Response Error', 'An internal error has occurred.'],
  // Time.setAsync's one documented error, by name only (no number): reported as a 9020 like ItemNotSaved.
  invalidEndTime: [9020, 'InvalidEndTime', 'The appointment end time is before the appointment start time.'],
} as const;

const getter = <T>(read: () => T) => ({
  getAsync: (...args: unknown[]) => succeed(callbackOf<T>(args), read()),
});

function recipients(list: () => readonly string[]) {
  return getter(() =>
    list().map((emailAddress) => ({
      emailAddress,
      displayName: emailAddress,
      recipientType: 'user',
      appointmentResponse: 'none',
    })),
  );
}

export interface ShimOptions {
  readonly displayLanguage: string;
  readonly theme: 'light' | 'dark';
  /** The Mailbox requirement set version this host claims; lower it to see the unsupported-host message. */
  readonly mailboxVersion: string;
  /** NestedAppAuth 1.1, with the broker's bridge (officeShim); off: the Office dialog signs in. */
  readonly nestedAppAuth?: boolean;
  /** False: NestedAppAuth 1.1 reported, but no bridge in the pane (Roombook falls back to the dialog). */
  readonly nestedAppAuthBridge?: boolean;
  /** What Outlook read from the installed manifest: the add-in id and its image resources. */
  readonly manifest: ManifestFacts;
  /**
   * Office.js's preview APIs (Mailbox preview: `isAllDayEvent`) exist only with the preview library;
   * off, they are absent, as in production. https://learn.microsoft.com/javascript/api/outlook/office.isalldayevent
   */
  readonly preview: boolean;
  /**
   * What `enhancedLocation.addAsync` does with a room. 'invite' (Outlook on the web and Windows): the
   * room goes on the location and becomes a resource attendee, so Exchange books it when the meeting
   * is sent (https://learn.microsoft.com/javascript/api/outlook/office.enhancedlocation#outlook-office-enhancedlocation-addasync-member(1)).
   * 'locationOnly' (reported for Outlook for Mac, https://github.com/OfficeDev/office-js/issues/2677):
   * the room's name shows on the location line, getAsync does not list it, and it is never invited.
   */
  readonly roomLocations: 'invite' | 'locationOnly';
  /**
   * Time.setAsync on a series. 'refused' (classic Outlook on Windows): "In the Windows client, you
   * can't use this method to update the start or end of a recurrence"
   * (https://learn.microsoft.com/javascript/api/outlook/office.time#outlook-office-time-setasync-member(1));
   * Microsoft documents no error for it, so the simulator answers with a Generic Response Error.
   * 'allowed' (the other clients): the series moves. recurrence.setAsync moves it on every client.
   */
  readonly seriesTimeSetAsync?: 'allowed' | 'refused';
}

/** Requirement-set versions compare by their parts: 1.13 is newer than 1.8. */
function atMost(version: string, supported: string): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number);
  const [c = 0, d = 0] = supported.split('.').map(Number);
  return a < c || (a === c && b <= d);
}

interface NotificationDetails {
  readonly type: string;
  readonly message: string;
  readonly icon?: string;
  readonly persistent?: boolean;
}

/**
 * Outlook checks a notification before showing it: an informational message names an icon that the
 * manifest's <bt:Images> defines, error messages take no icon, and the text is at most 150 characters;
 * otherwise the call throws. https://learn.microsoft.com/javascript/api/outlook/office.notificationmessagedetails
 */
function notificationRefusal(details: NotificationDetails, manifest: ManifestFacts): Error | null {
  if (details.message.length > 150)
    return new RangeError('ArgumentOutOfRange: message is longer than 150 characters.');
  const informational = details.type === 'informationalMessage' || details.type === 'insightMessage';
  if (informational && !(details.icon && manifest.imageIds.includes(details.icon))) {
    return new Error(
      `ArgumentException: icon '${details.icon ?? ''}' is not an image resource of the manifest.`,
    );
  }
  if (!informational && (details.icon !== undefined || details.persistent !== undefined)) {
    return new Error('ArgumentException: icon and persistent are only valid for informational messages.');
  }
  return null;
}

/**
 * The compose form's start or end (Office.Time). setAsync takes a Date (in UTC); on the start it keeps
 * the meeting's length, the end moving with it; on the end it changes the length, and an end before
 * the start fails with InvalidEndTime.
 * https://learn.microsoft.com/javascript/api/outlook/office.time#outlook-office-time-setasync-member(1)
 */
function timeProperty(mailbox: SimulatedMailbox, which: 'start' | 'end', options: ShimOptions) {
  return {
    ...getter(() => mailbox.item()[which]),
    setAsync: (dateTime: unknown, ...args: unknown[]) => {
      // Office.js checks its parameters' types before anything else and throws (Sys.ArgumentTypeException).
      if (!(dateTime instanceof Date) || Number.isNaN(dateTime.getTime()))
        throw new TypeError('Sys.ArgumentTypeException: dateTime must be a Date.');
      const callback = callbackOf<undefined>(args);
      if (options.seriesTimeSetAsync === 'refused' && isSeries(mailbox)) {
        fail(callback as Callback<unknown>, ...OFFICE_ERRORS.genericResponseError);
        return;
      }
      const { start, end } = mailbox.item();
      if (which === 'start') {
        mailbox.update({
          start: new Date(dateTime),
          end: new Date(dateTime.getTime() + end.getTime() - start.getTime()),
        });
      } else if (dateTime.getTime() < start.getTime()) {
        fail(callback as Callback<unknown>, ...OFFICE_ERRORS.invalidEndTime);
        return;
      } else {
        mailbox.update({ end: new Date(dateTime) });
      }
      succeed(callback, undefined);
    },
  };
}

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The form holds a series itself, not one occurrence opened on its own. */
const isSeries = (mailbox: SimulatedMailbox) =>
  mailbox.seriesPattern() === null && mailbox.item().repeat !== 'none';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Hours and minutes of SeriesTime's "THH:mm:ss:mmm" (the T optional, as setStartTime takes it). */
const timeOfDay = (text: string): number[] | undefined =>
  /^T?(\d{2}):(\d{2})/.exec(text)?.slice(1).map(Number);

/**
 * Office.SeriesTime: the series' dates, and the usual time of day and length of its occurrences in
 * the series' zone, not UTC. The setters change only this object; recurrence.setAsync applies it.
 * https://learn.microsoft.com/javascript/api/outlook/office.seriestime
 */
function seriesTimeOf(start: Date, minutes: number, last: Date, zone: string) {
  let time = wallClockOf(start, zone);
  let duration = minutes;
  return {
    getStartDate: () => dateIn(start, zone).toISODate(),
    getEndDate: () => dateIn(last, zone).toISODate(),
    getStartTime: () =>
      `T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}:${pad(time.millisecond, 3)}`,
    getDuration: () => duration,
    setStartTime: (hoursOrTime: number | string, minutes?: number) => {
      const [hour, minute] =
        typeof hoursOrTime === 'string'
          ? (timeOfDay(hoursOrTime) ?? [])
          : [hoursOrTime, minutes ?? Number.NaN];
      if (
        hour === undefined ||
        minute === undefined ||
        !(hour >= 0 && hour <= 24 && minute >= 0 && minute <= 59)
      )
        throw new TypeError('Sys.ArgumentOutOfRangeException: the start time is not a time of day.');
      time = { hour, minute, second: 0, millisecond: 0 };
    },
    setDuration: (value: number) => {
      if (!Number.isInteger(value) || value <= 0)
        throw new TypeError('Sys.ArgumentOutOfRangeException: the duration must be a number of minutes.');
      duration = value;
    },
  };
}

function recurrenceOf(mailbox: SimulatedMailbox) {
  // An occurrence reports its series' recurrence (https://learn.microsoft.com/javascript/api/outlook/office.appointmentcompose#outlook-office-appointmentcompose-recurrence-member).
  const d = mailbox.seriesPattern() ?? mailbox.item();
  if (d.repeat === 'none') return null;
  const last = new Date(
    d.start.getTime() + (d.occurrences - 1) * (d.repeat === 'daily' ? 1 : 7) * 86_400_000,
  );
  const { start, end } = mailbox.item();
  return {
    recurrenceType: d.repeat,
    recurrenceProperties:
      d.repeat === 'weekly' ? { interval: 1, days: [DAY_NAMES[d.start.getUTCDay()]] } : { interval: 1 },
    // The series' zone, as a Windows name (https://learn.microsoft.com/javascript/api/outlook/office.mailboxenums.recurrencetimezone).
    recurrenceTimeZone: { name: mailbox.user.timeZone },
    seriesTime: seriesTimeOf(
      d.start,
      (end.getTime() - start.getTime()) / 60_000,
      last,
      ianaZone(mailbox.user.timeZone) ?? 'UTC',
    ),
  };
}

type SeriesTime = ReturnType<typeof seriesTimeOf>;

/**
 * recurrence.setAsync: the organizer's series takes the pattern's usual time and length (the
 * simulator composes daily and weekly series only); an occurrence opened on its own refuses it
 * ("Compose Instance: setAsync returns error", https://learn.microsoft.com/javascript/api/outlook/office.recurrence).
 * Outlook raises RecurrenceChanged (https://learn.microsoft.com/javascript/api/office/office.eventtype).
 */
function setRecurrence(mailbox: SimulatedMailbox, pattern: unknown, args: unknown[]): void {
  const callback = callbackOf<undefined>(args) as Callback<unknown> | undefined;
  const wanted = pattern as { recurrenceType?: unknown; seriesTime?: Partial<SeriesTime> } | null;
  const type = wanted?.recurrenceType;
  const seriesTime = wanted?.seriesTime;
  if (typeof seriesTime?.getStartTime !== 'function' || typeof seriesTime.getDuration !== 'function')
    throw new TypeError('Sys.ArgumentException: recurrence needs a seriesTime.');
  if (!isSeries(mailbox) || (type !== 'daily' && type !== 'weekly')) {
    fail(callback, ...OFFICE_ERRORS.genericResponseError);
    return;
  }
  const zone = ianaZone(mailbox.user.timeZone) ?? 'UTC';
  const [hour = 0, minute = 0] = timeOfDay(seriesTime.getStartTime()) ?? [];
  const start = atWallClock(
    dateIn(mailbox.item().start, zone),
    { hour, minute, second: 0, millisecond: 0 },
    zone,
  );
  mailbox.update(
    { repeat: type, start, end: new Date(start.getTime() + seriesTime.getDuration() * 60_000) },
    'recurrence',
  );
  succeed(callback, undefined);
}

export function createOfficeFacade(mailbox: SimulatedMailbox, options: ShimOptions) {
  const item = {
    itemType: 'appointment',
    // An occurrence opened on its own names its series; single meetings and series have none.
    // https://learn.microsoft.com/javascript/api/outlook/office.appointmentcompose#outlook-office-appointmentcompose-seriesid-member
    get seriesId(): string | null {
      return mailbox.savedState()?.seriesItemId ?? null;
    },
    subject: getter(() => mailbox.item().subject),
    start: timeProperty(mailbox, 'start', options),
    end: timeProperty(mailbox, 'end', options),
    location: getter(() => mailbox.locationText()),
    requiredAttendees: recipients(() => [
      ...mailbox.item().required,
      ...mailbox.item().rooms.map((r) => r.email),
    ]),
    optionalAttendees: recipients(() => []),
    organizer: getter(() => ({ emailAddress: mailbox.user.email, displayName: mailbox.user.displayName })),
    recurrence: {
      ...getter(() => recurrenceOf(mailbox)),
      setAsync: (pattern: unknown, ...args: unknown[]) => setRecurrence(mailbox, pattern, args),
    },
    enhancedLocation: {
      getAsync: (...args: unknown[]) =>
        succeed(callbackOf(args), [
          ...mailbox.item().rooms.map((r) => ({
            locationIdentifier: { id: r.email, type: 'room' },
            displayName: r.displayName || r.email,
            emailAddress: r.email,
          })),
          ...(mailbox.item().customLocation
            ? [
                {
                  locationIdentifier: { id: mailbox.item().customLocation, type: 'custom' },
                  displayName: mailbox.item().customLocation,
                  emailAddress: '',
                },
              ]
            : []),
        ]),
      addAsync: (ids: { id: string; type: string }[], ...args: unknown[]) => {
        const rooms = ids.filter((i) => i.type === 'room').map((i) => i.id.toLowerCase());
        if (options.roomLocations === 'invite') {
          mailbox.addRooms(rooms.map((email) => ({ email, displayName: '' })));
        } else {
          const shown = mailbox.item().locationOnlyRooms;
          mailbox.update({ locationOnlyRooms: [...shown, ...rooms.filter((r) => !shown.includes(r))] });
        }
        succeed(callbackOf(args), undefined);
      },
      removeAsync: (ids: { id: string }[], ...args: unknown[]) => {
        const gone = new Set(ids.map((i) => i.id.toLowerCase()));
        mailbox.removeRooms([...gone]);
        const shown = mailbox.item().locationOnlyRooms;
        if (shown.some((r) => gone.has(r)))
          mailbox.update({ locationOnlyRooms: shown.filter((r) => !gone.has(r)) });
        succeed(callbackOf(args), undefined);
      },
    },
    getItemIdAsync: (...args: unknown[]) => {
      const saved = mailbox.savedState();
      if (saved) succeed(callbackOf(args), saved.itemId);
      else fail(callbackOf(args), ...OFFICE_ERRORS.itemNotSaved);
    },
    saveAsync: (...args: unknown[]) => {
      const callback = callbackOf<string>(args);
      mailbox.save().then(
        (id) => succeed(callback, id),
        (error: unknown) => {
          const [code, name, message] =
            error instanceof SaveFailure && error.code === 9020
              ? OFFICE_ERRORS.genericResponseError
              : OFFICE_ERRORS.saveError;
          fail(callback as Callback<unknown>, code, name, message);
        },
      );
    },
    loadCustomPropertiesAsync: (...args: unknown[]) => {
      const callback = callbackOf<unknown>(args);
      const read = async () => {
        // The item's own copy, under this add-in's exact name: another add-in's (or a differently
        // spelled) `cecp-` property is not this add-in's custom properties.
        const saved = await mailbox.refresh();
        const json = saved?.customProperties[options.manifest.addinId];
        const values = (json ? JSON.parse(json) : {}) as Record<string, unknown>;
        return {
          get: (key: string) => values[key],
          set: () => undefined,
          remove: () => undefined,
          getAll: () => values,
        };
      };
      read().then(
        (props) => succeed(callback, props),
        () => fail(callback, ...OFFICE_ERRORS.genericResponseError),
      );
    },
    notificationMessages: {
      replaceAsync: (_key: string, details: NotificationDetails, ...args: unknown[]) => {
        const refused = notificationRefusal(details, options.manifest);
        if (refused) throw refused;
        mailbox.notify(details.message);
        succeed(callbackOf(args), undefined);
      },
    },
    addHandlerAsync: (type: string, handler: () => void, ...args: unknown[]) => {
      mailbox.addHandler(type as ItemEvent, handler);
      succeed(callbackOf(args), undefined);
    },
    removeHandlerAsync: (type: string, ...args: unknown[]) => {
      mailbox.removeHandlers(type as ItemEvent);
      succeed(callbackOf(args), undefined);
    },
  };

  if (options.preview) Object.assign(item, { isAllDayEvent: getter(() => mailbox.item().isAllDay) });

  const context = {
    displayLanguage: options.displayLanguage,
    officeTheme:
      options.theme === 'dark'
        ? { bodyBackgroundColor: '#1f1f1f', bodyForegroundColor: '#ffffff' }
        : { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#242424' },
    requirements: {
      isSetSupported: (name: string, version = '1.1') =>
        (name === 'Mailbox' && atMost(version, options.mailboxVersion)) ||
        (name === 'NestedAppAuth' && options.nestedAppAuth === true && atMost(version, '1.1')),
    },
    roamingSettings: {
      get: (key: string) => {
        if (mailbox.roamingFailure !== null) throw new Error(mailbox.roamingFailure);
        return mailbox.getSetting(key);
      },
      set: (key: string, value: unknown) => mailbox.setSetting(key, value),
      remove: (key: string) => mailbox.removeSetting(key),
      saveAsync: (...args: unknown[]) => {
        if (mailbox.roamingFailure !== null) {
          fail(callbackOf(args), ...OFFICE_ERRORS.genericResponseError);
          return;
        }
        mailbox.saveSettings();
        succeed(callbackOf(args), undefined);
      },
    },
    mailbox: {
      item,
      userProfile: {
        emailAddress: mailbox.user.email,
        displayName: mailbox.user.displayName,
        timeZone: mailbox.user.timeZone,
      },
      convertToRestId: (id: string) => restIdFromItemId(id),
    },
    ui: { displayDialogAsync: (url: string, ...args: unknown[]) => displayDialogAsync(url, args) },
  };

  return {
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Outlook', platform: 'OfficeOnline' };
      callback?.(info);
      return Promise.resolve(info);
    },
    context,
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: {
      AppointmentTimeChanged: 'olkAppointmentTimeChanged',
      RecipientsChanged: 'olkRecipientsChanged',
      RecurrenceChanged: 'olkRecurrenceChanged',
      DialogMessageReceived: 'dialogMessageReceived',
      DialogEventReceived: 'dialogEventReceived',
    },
    HostType: { Outlook: 'Outlook' },
    MailboxEnums: {
      LocationType: { Room: 'room', Custom: 'custom' },
      RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' },
      ItemNotificationMessageType: {
        InformationalMessage: 'informationalMessage',
        ErrorMessage: 'errorMessage',
      },
    },
  };
}
