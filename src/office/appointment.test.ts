// Compose mode runs on the Outlook simulator's Office.js facade, the project's one Office fake (over
// the in-process emulator). Read mode is what the simulator does not model (its form is always the
// organizer's compose form), so those two cases keep a small office-addin-mock set-up.
import { OfficeApp } from 'office-addin-manifest';
import { OfficeMockObject } from 'office-addin-mock';
import { RoombookError } from '../core/errors';
import { createConsentStore } from './consentStore';
import { restIdFromItemId } from '../../dev/emulator/itemIds';
import { graphSetup, installOutlook, uninstallOutlook, type OutlookSetup } from '../../test/kit/harness';
import { createOfficeAdapters } from './index';

/** An attendee's view of a meeting: Office.js gives plain properties instead of async getters. */
function installReadItem(itemId: string): void {
  const item = {
    subject: 'Planning',
    start: new Date('2026-03-04T09:00:00Z'),
    end: new Date('2026-03-04T10:00:00Z'),
    location: '',
    requiredAttendees: [
      { emailAddress: 'adele.vance@contoso.com', displayName: 'Adele' },
      { emailAddress: 'megan.bowen@contoso.com', displayName: 'Megan' },
      { emailAddress: 'lee.gu@contoso.com', displayName: 'Lee' },
    ],
    optionalAttendees: [],
    organizer: { emailAddress: 'megan.bowen@contoso.com' },
    itemId,
    enhancedLocation: {
      getAsync: (cb: (r: unknown) => void) => cb({ status: 'succeeded', value: [] }),
    },
  };
  const mock = new OfficeMockObject(
    {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      MailboxEnums: { RestVersion: { v2_0: 'v2.0' } },
      context: {
        requirements: { isSetSupported: () => true },
        mailbox: {
          userProfile: { timeZone: 'W. Europe Standard Time', emailAddress: 'megan.bowen@contoso.com' },
          convertToRestId: restIdFromItemId,
          item,
        },
      },
    },
    OfficeApp.Outlook,
  );
  (globalThis as { Office?: unknown }).Office = mock;
}

let outlook: OutlookSetup;

beforeEach(() => {
  outlook = installOutlook(graphSetup().emulator);
  outlook.mailbox.update({
    subject: 'Planning',
    start: new Date('2026-03-04T09:00:00Z'),
    end: new Date('2026-03-04T10:00:00Z'),
    required: ['adele.vance@contoso.com'],
    rooms: [{ email: 'room-a-101@contoso.com', displayName: 'Room A 101' }],
  });
});

afterEach(uninstallOutlook);

describe('Office appointment adapter', () => {
  it('reads a compose item: times, zone, rooms, and attendees without the organizer or rooms', async () => {
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
    installReadItem('AAMk/read+1');
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
    const { appointment } = createOfficeAdapters();
    await appointment.addRoom({ email: 'room-b-201@contoso.com', displayName: 'Room B 201' });
    expect(outlook.mailbox.item().rooms.map((r) => r.email)).toEqual([
      'room-a-101@contoso.com',
      'room-b-201@contoso.com',
    ]);
    await appointment.removeRoom('room-b-201@contoso.com');
    expect(outlook.mailbox.item().rooms.map((r) => r.email)).toEqual(['room-a-101@contoso.com']);
  });

  it('refuses to change the room of a read-mode item with a clear error', async () => {
    installReadItem('x');
    await expect(
      createOfficeAdapters().appointment.addRoom({ email: 'r@contoso.com', displayName: 'R' }),
    ).rejects.toThrow('needs the meeting open for editing');
  });

  it("saves a new item and returns Graph's id for it", async () => {
    const id = await createOfficeAdapters().appointment.ensureSaved();
    const saved = outlook.mailbox.savedState();
    expect(saved).not.toBeNull();
    expect(id).toBe(saved?.restId);
    expect(id).toBe(restIdFromItemId(saved?.itemId ?? ''));
  });

  it('reports a failed save as notSaved', async () => {
    outlook.failSaves = true;
    const failure = createOfficeAdapters().appointment.ensureSaved();
    await expect(failure).rejects.toBeInstanceOf(RoombookError);
    await expect(failure).rejects.toMatchObject({ kind: 'notSaved' });
    expect(outlook.mailbox.savedState()).toBeNull();
  });

  it('keeps consent in roaming settings and forgets it on withdrawal', async () => {
    const store = createConsentStore();
    await expect(store.get()).resolves.toBeNull();
    await store.save({ version: 1, acceptedAt: '2026-03-04T09:00:00.000Z' });
    await expect(store.get()).resolves.toEqual({ version: 1, acceptedAt: '2026-03-04T09:00:00.000Z' });
    await store.clear();
    await expect(store.get()).resolves.toBeNull();
  });
});
