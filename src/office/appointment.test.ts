import { OfficeApp } from 'office-addin-manifest';
import { OfficeMockObject } from 'office-addin-mock';
import { encodeMirror, MIRROR_KEY } from '../core/bookingProperties';
import { RoombookError } from '../core/errors';
import { createConsentStore } from './consentStore';
import { restIdFromItemId } from '../../dev/emulator/itemIds';
import { createOfficeAdapters } from './index';

interface FakeItemState {
  subject: string;
  start: Date;
  end: Date;
  required: { emailAddress: string; displayName: string }[];
  locations: { id: string; type: string }[];
  itemId: string;
  saves: number;
  notifications: string[];
  custom: Record<string, unknown>;
  failSave: boolean;
}

const ok = <T>(value: T) => ({ status: 'succeeded', value });
const getter = <T>(read: () => T) => ({ getAsync: (cb: (r: unknown) => void) => cb(ok(read())) });

function installOffice(
  state: FakeItemState,
  mode: 'compose' | 'read' = 'compose',
  mailboxVersion = '1.8',
): void {
  const roamed = new Map<string, unknown>();
  const item =
    mode === 'compose'
      ? {
          subject: getter(() => state.subject),
          start: getter(() => state.start),
          end: getter(() => state.end),
          location: getter(() => state.locations.map((l) => l.id).join('; ')),
          requiredAttendees: getter(() => state.required),
          optionalAttendees: getter(() => []),
          organizer: getter(() => ({ emailAddress: 'megan.bowen@contoso.com', displayName: 'Megan' })),
          recurrence: getter(() => null),
          getItemIdAsync: (cb: (r: unknown) => void) =>
            cb(
              state.itemId
                ? ok(state.itemId)
                : { status: 'failed', error: { code: 9051, name: 'ItemNotSaved' } },
            ),
          saveAsync: (cb: (r: unknown) => void) => {
            if (state.failSave)
              return cb({ status: 'failed', error: { code: 9002, name: 'InternalServerError' } });
            state.saves += 1;
            state.itemId ||= 'AAMk/ews+id';
            cb(ok(state.itemId));
          },
          enhancedLocation: {
            getAsync: (cb: (r: unknown) => void) =>
              cb(
                ok(
                  state.locations.map((l) => ({
                    locationIdentifier: l,
                    displayName: l.id,
                    emailAddress: l.id,
                  })),
                ),
              ),
            addAsync: (ids: { id: string; type: string }[], cb: (r: unknown) => void) => {
              state.locations.push(...ids);
              cb(ok(undefined));
            },
            removeAsync: (ids: { id: string }[], cb: (r: unknown) => void) => {
              state.locations = state.locations.filter((l) => !ids.some((i) => i.id === l.id));
              cb(ok(undefined));
            },
          },
        }
      : {
          subject: state.subject,
          start: state.start,
          end: state.end,
          location: '',
          requiredAttendees: state.required,
          optionalAttendees: [],
          organizer: { emailAddress: 'megan.bowen@contoso.com' },
          itemId: state.itemId,
          enhancedLocation: { getAsync: (cb: (r: unknown) => void) => cb(ok([])) },
        };
  const mock = new OfficeMockObject(
    {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      EventType: {
        AppointmentTimeChanged: 'olkAppointmentTimeChanged',
        RecipientsChanged: 'olkRecipientsChanged',
      },
      MailboxEnums: {
        LocationType: { Room: 'room', Custom: 'custom' },
        RestVersion: { v2_0: 'v2.0' },
        ItemNotificationMessageType: { InformationalMessage: 'informationalMessage' },
      },
      context: {
        requirements: {
          isSetSupported: (_name: string, version: string) => Number(version) <= Number(mailboxVersion),
        },
        roamingSettings: {
          get: (key: string) => roamed.get(key),
          set: (key: string, value: unknown) => roamed.set(key, value),
          remove: (key: string) => roamed.delete(key),
          saveAsync: (cb: (r: unknown) => void) => cb(ok(undefined)),
        },
        mailbox: {
          userProfile: { timeZone: 'W. Europe Standard Time', emailAddress: 'megan.bowen@contoso.com' },
          convertToRestId: restIdFromItemId,
          item: {
            ...item,
            notificationMessages: {
              replaceAsync: (_key: string, details: { message: string }, cb: (r: unknown) => void) => {
                state.notifications.push(details.message);
                cb(ok(undefined));
              },
            },
            loadCustomPropertiesAsync: (cb: (r: unknown) => void) =>
              cb(ok({ get: (key: string) => state.custom[key] })),
          },
        },
      },
    },
    OfficeApp.Outlook,
  );
  (globalThis as { Office?: unknown }).Office = mock;
}

function freshState(): FakeItemState {
  return {
    subject: 'Planning',
    start: new Date('2026-03-04T09:00:00Z'),
    end: new Date('2026-03-04T10:00:00Z'),
    required: [
      { emailAddress: 'adele.vance@contoso.com', displayName: 'Adele' },
      { emailAddress: 'megan.bowen@contoso.com', displayName: 'Megan' },
      { emailAddress: 'room-a-101@contoso.com', displayName: 'Room A 101' },
    ],
    locations: [{ id: 'room-a-101@contoso.com', type: 'room' }],
    itemId: '',
    saves: 0,
    notifications: [],
    custom: {},
    failSave: false,
  };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('Office appointment adapter', () => {
  it('reads a compose item: times, zone, rooms, and attendees without the organizer or rooms', async () => {
    const state = freshState();
    installOffice(state);
    const appointment = await createOfficeAdapters().appointment.read();
    expect(appointment).toMatchObject({
      mode: 'compose',
      eventId: null,
      subject: 'Planning',
      attendeeCount: 1,
      roomEmails: ['room-a-101@contoso.com'],
      displayTimeZone: 'Europe/Berlin',
      isAllDay: false,
      recurrence: null,
    });
    expect(appointment.start.toISOString()).toBe('2026-03-04T09:00:00.000Z');
  });

  it('reads a read-mode item from plain properties', async () => {
    const state = { ...freshState(), itemId: 'AAMk/read+1' };
    installOffice(state, 'read');
    const appointment = await createOfficeAdapters().appointment.read();
    expect(appointment).toMatchObject({
      mode: 'read',
      // Graph's REST id for the EWS id Office.js reports.
      eventId: 'AAMk-read_1',
      attendeeCount: 2,
      roomEmails: [],
    });
  });

  it('adds and removes a room as an enhanced location of type Room', async () => {
    const state = { ...freshState(), locations: [] };
    installOffice(state);
    const { appointment } = createOfficeAdapters();
    await appointment.addRoom({ email: 'room-b-201@contoso.com', displayName: 'Room B 201' });
    expect(state.locations).toEqual([{ id: 'room-b-201@contoso.com', type: 'room' }]);
    await appointment.removeRoom('room-b-201@contoso.com');
    expect(state.locations).toEqual([]);
  });

  it('refuses to change the room of a read-mode item with a clear error', async () => {
    installOffice({ ...freshState(), itemId: 'x' }, 'read');
    await expect(
      createOfficeAdapters().appointment.addRoom({ email: 'r@contoso.com', displayName: 'R' }),
    ).rejects.toThrow('needs the meeting open for editing');
  });

  it('saves a new item and returns its REST id', async () => {
    const state = freshState();
    installOffice(state);
    const id = await createOfficeAdapters().appointment.ensureSaved();
    expect(id).toBe('AAMk-ews_id');
    expect(state.saves).toBe(1);
  });

  it('reports a failed save as notSaved', async () => {
    installOffice({ ...freshState(), failSave: true });
    const failure = createOfficeAdapters().appointment.ensureSaved();
    await expect(failure).rejects.toBeInstanceOf(RoombookError);
    await expect(failure).rejects.toMatchObject({ kind: 'notSaved' });
  });

  it('reads the booking mirror from the custom properties and notifies in the info bar', async () => {
    const state = freshState();
    state.custom[MIRROR_KEY] = encodeMirror({
      resourceId: 'id-1',
      resourceMailbox: 'room-a-101@contoso.com',
      resourceLocation: 'Room A 101, Floor 1, Building A',
      capacity: 6,
      searchAttributes: { roomList: null, floor: null, minCapacity: 2, features: [], tags: [], text: '' },
      addinVersion: '1.0.0.0',
      ownerEmail: 'megan.bowen@contoso.com',
    });
    installOffice(state);
    const { appointment } = createOfficeAdapters();
    await expect(appointment.readBookingMirror()).resolves.toMatchObject({
      resourceMailbox: 'room-a-101@contoso.com',
      capacity: 6,
    });
    await appointment.notify('Room A 101 is booked.');
    expect(state.notifications).toEqual(['Room A 101 is booked.']);
  });

  it('keeps consent in roaming settings and forgets it on withdrawal', async () => {
    installOffice(freshState());
    const store = createConsentStore();
    await expect(store.get()).resolves.toBeNull();
    await store.save({ version: 1, acceptedAt: '2026-03-04T09:00:00.000Z' });
    await expect(store.get()).resolves.toEqual({ version: 1, acceptedAt: '2026-03-04T09:00:00.000Z' });
    await store.clear();
    await expect(store.get()).resolves.toBeNull();
  });
});
