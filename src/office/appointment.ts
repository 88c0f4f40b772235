// The AppointmentPort over Office.js: reading the item, putting a room on it, saving it so Graph can
// see it, and Outlook's notification bar. Every Office.* call for the item lives here or in itemReader.
import { decodeMirror, MIRROR_KEY } from '../core/bookingProperties';
import { RoombookError } from '../core/errors';
import type { AppointmentPort } from '../core/ports';
import { officeAsync } from './async';
import { formatZonedDateTime, toIanaZone, wallClockOf } from '../core/timeZones';
import {
  currentItem,
  displayTimeZone,
  isOccurrence,
  itemMode,
  readAppointment,
  restIdOf,
} from './itemReader';

const NOTIFICATION_KEY = 'roombook';
/**
 * An informational notification must name an image resource of the manifest (manifest.xml's
 * <bt:Image id="Icon16">), or Outlook refuses it.
 * https://learn.microsoft.com/javascript/api/outlook/office.notificationmessagedetails#outlook-office-notificationmessagedetails-icon-member
 */
export const NOTIFICATION_ICON = 'Icon16';

function composeItem(action: string): Office.AppointmentCompose {
  // Read mode (an attendee's copy, or a sent meeting not opened for editing) cannot change the
  // location; the pane says so instead of failing inside Office.js.
  if (itemMode() !== 'compose') {
    throw new RoombookError('office', `${action} needs the meeting open for editing.`);
  }
  return currentItem() as Office.AppointmentCompose;
}

function roomLocation(email: string): Office.LocationIdentifier {
  return { id: email, type: Office.MailboxEnums.LocationType.Room };
}

async function itemId(item: Office.AppointmentCompose): Promise<string> {
  try {
    return await officeAsync<string>((cb) => item.getItemIdAsync(cb), 'Reading the item id');
  } catch {
    return '';
  }
}

/**
 * A series moves through its pattern, on every client: classic Outlook on Windows refuses Time.setAsync
 * on a series ("In the Windows client, you can't use this method to update the start or end of a
 * recurrence", https://learn.microsoft.com/javascript/api/outlook/office.time#outlook-office-time-setasync-member(1)).
 * The pattern keeps its dates and takes the usual time of day and length, in the series' own zone
 * (https://learn.microsoft.com/javascript/api/outlook/office.seriestime).
 */
async function moveSeries(
  item: Office.AppointmentCompose,
  recurrence: Office.Recurrence,
  start: Date,
  end: Date,
): Promise<void> {
  const zone = toIanaZone(recurrence.recurrenceTimeZone?.name ?? '') ?? toIanaZone(displayTimeZone());
  if (!zone)
    throw new RoombookError(
      'office',
      'Outlook named a time zone for the series that Roombook does not know.',
    );
  const wall = wallClockOf(start, zone);
  const date = formatZonedDateTime(start, zone).slice(0, 10);
  // Other times for a series are found on its first date: a time that lands on another day in the
  // series' zone would move every date, which the pane never offered.
  if (date !== recurrence.seriesTime.getStartDate()) {
    throw new RoombookError('office', 'That time falls on another day in the series’ time zone.');
  }
  recurrence.seriesTime.setStartTime(wall.hour, wall.minute);
  recurrence.seriesTime.setDuration(Math.round((end.getTime() - start.getTime()) / 60_000));
  await officeAsync((cb) => item.recurrence.setAsync(recurrence, cb), 'Moving the series');
}

/** The pane's listeners for changes of the item, behind one Office handler per event type. */
const changeListeners = new Set<() => void>();
const notifyChanged = () => {
  for (const listener of [...changeListeners]) listener();
};

export function createAppointmentPort(): AppointmentPort {
  return {
    read: readAppointment,

    async readBookingMirror() {
      const properties = await officeAsync<Office.CustomProperties>(
        (cb) => currentItem().loadCustomPropertiesAsync(cb),
        'Reading custom properties',
      );
      const value: unknown = properties.get(MIRROR_KEY);
      return decodeMirror(typeof value === 'string' ? value : null);
    },

    async addRoom(room) {
      const item = composeItem('Adding a room');
      await officeAsync(
        (cb) => item.enhancedLocation.addAsync([roomLocation(room.email)], cb),
        'Adding the room',
      );
    },

    async removeRoom(roomEmail) {
      const item = composeItem('Removing a room');
      await officeAsync(
        (cb) => item.enhancedLocation.removeAsync([roomLocation(roomEmail)], cb),
        'Removing the room',
      );
    },

    async setTime(start, end) {
      const item = composeItem('Moving the meeting');
      const recurrence = isOccurrence(item)
        ? null
        : await officeAsync<Office.Recurrence | null>(
            (cb) => item.recurrence.getAsync(cb),
            'Reading the recurrence',
          );
      if (recurrence?.recurrenceType) {
        await moveSeries(item, recurrence, start, end);
        return;
      }
      // The start first: Outlook keeps the meeting's length, so the end moves with it and never lies
      // before the start, which setting the end first could (InvalidEndTime). Then the end, exactly.
      // https://learn.microsoft.com/javascript/api/outlook/office.time#outlook-office-time-setasync-member(1)
      await officeAsync((cb) => item.start.setAsync(start, cb), 'Setting the start time');
      await officeAsync((cb) => item.end.setAsync(end, cb), 'Setting the end time');
    },

    async ensureSaved() {
      const mode = itemMode();
      let ewsId: string;
      if (mode === 'read') {
        ewsId = (currentItem() as Office.AppointmentRead).itemId;
      } else {
        const item = currentItem() as Office.AppointmentCompose;
        // saveAsync on an item that already has an id still saves pending edits (the new room),
        // which Graph must see before the properties are written next to it.
        try {
          await officeAsync<string>((cb) => item.saveAsync(cb), 'Saving the meeting');
        } catch (cause) {
          throw new RoombookError('notSaved', 'Outlook could not save the meeting.', { cause });
        }
        ewsId = (await itemId(item)) || '';
      }
      if (!ewsId) throw new RoombookError('notSaved', 'The meeting has no id yet.');
      return restIdOf(ewsId);
    },

    async notify(message) {
      const item = currentItem();
      await officeAsync(
        (cb) =>
          item.notificationMessages.replaceAsync(
            NOTIFICATION_KEY,
            {
              type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
              message: message.slice(0, 150),
              icon: NOTIFICATION_ICON,
              persistent: false,
            },
            cb,
          ),
        'Showing a notification',
      );
    },

    onChanged(listener) {
      // removeHandlerAsync removes every handler of an event type, not one
      // (https://learn.microsoft.com/javascript/api/outlook/office.appointmentcompose#outlook-office-appointmentcompose-removehandlerasync-member(1)):
      // one handler per type fans out to the pane's listeners, and comes off with the last of them.
      const item = currentItem();
      // A series' pattern changed in Outlook's recurrence dialog raises RecurrenceChanged, not a time change.
      const events = [
        Office.EventType.AppointmentTimeChanged,
        Office.EventType.RecipientsChanged,
        Office.EventType.RecurrenceChanged,
      ];
      if (changeListeners.size === 0) {
        for (const type of events) item.addHandlerAsync(type, notifyChanged, () => undefined);
      }
      changeListeners.add(listener);
      return () => {
        if (!changeListeners.delete(listener) || changeListeners.size > 0) return;
        for (const type of events) item.removeHandlerAsync(type, () => undefined);
      };
    },
  };
}
