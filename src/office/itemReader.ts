// Reads the current appointment in either mode. Compose mode exposes async getters; read mode exposes
// plain values. Both end up in core's Appointment, so nothing outside this file knows the difference.
import type { Appointment, ItemMode } from '../core/model';
import { toIanaZone } from '../core/timeZones';
import { officeAsync } from './async';
import { fromOfficeRecurrence } from './recurrence';

type ComposeItem = Office.AppointmentCompose;
type ReadItem = Office.AppointmentRead;

/** Office.js gives EWS ids; Graph addresses the same event by its REST id. */
export function restIdOf(ewsId: string): string {
  return Office.context.mailbox.convertToRestId(ewsId, Office.MailboxEnums.RestVersion.v2_0);
}

/** What both modes report, before rooms and the organizer are taken out of the attendee count. */
interface ItemSnapshot {
  readonly mode: ItemMode;
  readonly itemId: string | null;
  readonly subject: string;
  readonly start: Date;
  readonly end: Date;
  readonly isAllDay: boolean;
  readonly recurrence: Office.Recurrence | null;
  readonly location: string;
  readonly attendees: readonly Office.EmailAddressDetails[];
  readonly organizerEmail: string;
}

export type AppointmentItem = Office.AppointmentCompose | Office.AppointmentRead;

export function currentItem(): AppointmentItem {
  return Office.context.mailbox.item as AppointmentItem;
}

/** Compose items have async getters: `subject` is an object with getAsync only in compose mode. */
export function itemMode(item: AppointmentItem = currentItem()): ItemMode {
  const subject = (item as { subject?: unknown }).subject;
  return typeof subject === 'object' && subject !== null && 'getAsync' in subject ? 'compose' : 'read';
}

export function displayTimeZone(): string {
  const windowsName = Office.context.mailbox.userProfile.timeZone;
  return toIanaZone(windowsName ?? '') ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export async function roomLocations(
  item: AppointmentItem = currentItem(),
): Promise<Office.LocationDetails[]> {
  const enhanced = (item as ComposeItem).enhancedLocation;
  const all = await officeAsync<Office.LocationDetails[]>(
    (cb) => enhanced.getAsync(cb),
    'Reading the location',
  );
  return all.filter((location) => String(location.locationIdentifier.type) === 'room');
}

/**
 * One occurrence of a series, opened on its own, names its series in `seriesId` (Mailbox 1.7; null for
 * single meetings and for the series itself) while `recurrence` still describes the whole series
 * (https://learn.microsoft.com/javascript/api/outlook/office.appointmentcompose#outlook-office-appointmentcompose-seriesid-member).
 * Such an item is booked and checked as the one meeting it is.
 */
export function isOccurrence(item: AppointmentItem): boolean {
  const seriesId = (item as { seriesId?: unknown }).seriesId;
  return typeof seriesId === 'string' && seriesId !== '';
}

type Getter<T> = { getAsync(callback: (result: Office.AsyncResult<T>) => void): void };
const get = <T>(getter: Getter<T>, what: string) =>
  officeAsync<T>((cb) => getter.getAsync(cb), `Reading ${what}`);

async function readCompose(item: ComposeItem): Promise<ItemSnapshot> {
  const [subject, start, end, location, required, optional, organizer, recurrence, itemId] =
    await Promise.all([
      get<string>(item.subject, 'the subject'),
      get<Date>(item.start, 'the start time'),
      get<Date>(item.end, 'the end time'),
      get<string>(item.location, 'the location'),
      get<Office.EmailAddressDetails[]>(item.requiredAttendees, 'the attendees'),
      get<Office.EmailAddressDetails[]>(item.optionalAttendees, 'the attendees'),
      get<Office.EmailAddressDetails>(item.organizer, 'the organizer'),
      get<Office.Recurrence | null>(item.recurrence, 'the recurrence'),
      // A new item has no id until it is saved; Outlook reports that as an error or an empty string.
      officeAsync<string>((cb) => item.getItemIdAsync(cb), 'Reading the item id').catch(() => ''),
    ]);
  // isAllDayEvent is a Mailbox preview API (https://learn.microsoft.com/javascript/api/outlook/office.isalldayevent):
  // there only with Office.js's preview library, and optional, so a missing or failing getter reads as
  // "not all day" instead of stopping the pane. All-day items still span midnight to midnight, which
  // search treats like any other time.
  const flag = (item as { isAllDayEvent?: Getter<boolean> }).isAllDayEvent;
  const isAllDay = flag ? await get<boolean>(flag, 'the all-day flag').catch(() => false) : false;
  return {
    mode: 'compose',
    itemId: itemId || null,
    subject,
    start,
    end,
    isAllDay,
    recurrence: isOccurrence(item) ? null : recurrence,
    location,
    attendees: [...required, ...optional],
    organizerEmail: organizer.emailAddress,
  };
}

function readRead(item: ReadItem): ItemSnapshot {
  return {
    mode: 'read',
    itemId: item.itemId || null,
    subject: item.subject,
    start: new Date(item.start),
    end: new Date(item.end),
    isAllDay: (item as { isAllDayEvent?: unknown }).isAllDayEvent === true,
    recurrence: isOccurrence(item) ? null : (item.recurrence ?? null),
    location: item.location,
    attendees: [...item.requiredAttendees, ...item.optionalAttendees],
    organizerEmail: item.organizer.emailAddress,
  };
}

export async function readAppointment(): Promise<Appointment> {
  const item = currentItem();
  const mode = itemMode(item);
  const [snapshot, rooms] = await Promise.all([
    mode === 'compose' ? readCompose(item as ComposeItem) : readRead(item as ReadItem),
    roomLocations(item),
  ]);
  const roomEmails = rooms.map((room) => room.emailAddress || room.locationIdentifier.id);
  // Rooms added as enhanced locations also show up as resource attendees on some hosts: counted
  // neither as people nor twice. The organizer is counted separately by the capacity default.
  const notPeople = new Set([...roomEmails, snapshot.organizerEmail].map((e) => e.toLowerCase()));
  const zone = displayTimeZone();
  return {
    mode,
    eventId: snapshot.itemId ? restIdOf(snapshot.itemId) : null,
    subject: snapshot.subject,
    start: snapshot.start,
    end: snapshot.end,
    isAllDay: snapshot.isAllDay,
    recurrence: fromOfficeRecurrence(snapshot.recurrence, zone),
    attendeeCount: snapshot.attendees.filter((a) => !notPeople.has(a.emailAddress.toLowerCase())).length,
    location: snapshot.location,
    roomEmails,
    organizerEmail: snapshot.organizerEmail,
    displayTimeZone: zone,
  };
}
