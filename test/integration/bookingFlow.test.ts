// Whole booking flows through the real layers: core's workflows, the Graph adapters over the
// in-process emulator, and the Office adapter over the Outlook simulator's Office.js facade (whose
// item Outlook saves and sends through the same emulator). Faults come from the emulator's fault
// injection; nothing in between is faked.
import { seededBusy } from '../../dev/emulator/tenant';
import { client as emulatorClient } from '../../dev/emulator/testClient';
import { findAlternativeTimes } from '../../src/core/alternatives';
import { availabilityOf } from '../../src/core/availability';
import { bookRoom, inviteBookedRoom, isRoomInvited, loadExistingBooking } from '../../src/core/booking';
import {
  customPropertiesId,
  decodeMirror,
  encodeBooking,
  propertyId,
  PROPERTY_NAMES,
} from '../../src/core/bookingProperties';
import { RoombookError } from '../../src/core/errors';
import { releaseRoom } from '../../src/core/release';
import { capacityWaste } from '../../src/core/ranking';
import { searchRooms } from '../../src/core/roomSearch';
import type { Room, TimeRange } from '../../src/core/model';
import { itemIdFromRestId as itemIdOf } from '../../dev/emulator/itemIds';
import {
  ADDIN_ID,
  anyRoom,
  bookingInput,
  fault,
  flowSetup,
  MANIFEST,
  graphCalls,
  NOW,
  occupy,
  outlookItem,
  uninstallOutlook,
  type FlowSetup,
} from '../kit/harness';

afterEach(uninstallOutlook);

/** Thursday after the fixed clock, inside the seeded working day. */
const SLOT: TimeRange = { start: new Date('2026-03-05T10:00:00Z'), end: new Date('2026-03-05T11:00:00Z') };
const MONTH: TimeRange = { start: new Date('2026-03-04T00:00:00Z'), end: new Date('2026-04-03T00:00:00Z') };

/** Rooms from the directory (the real Places adapter) that are free, or busy, during `range`. */
async function roomsWhere(flow: FlowSetup, busy: boolean, count: number, range = SLOT): Promise<Room[]> {
  const rooms = (await flow.directory.listRooms()).filter(
    (room) => seededBusy(flow.emulator.tenant.seed, room.email, range).length > 0 === busy,
  );
  if (rooms.length < count) throw new Error('not enough rooms');
  return rooms.slice(0, count);
}

/** The organizer fills in the Outlook form: a one-hour meeting with one attendee. */
function compose(flow: FlowSetup, range: TimeRange = SLOT): void {
  flow.outlook.mailbox.update({
    subject: 'Planning',
    start: range.start,
    end: range.end,
    required: ['adele.vance@contoso.com'],
  });
}

const roomsOnItem = (flow: FlowSetup) => flow.outlook.mailbox.item().rooms.map((r) => r.email);
const resourcesSaved = async (flow: FlowSetup, id: string) => {
  const item = await outlookItem(flow.emulator, id);
  return {
    attendees: item.attendees.filter((a) => a.type === 'resource').map((a) => a.address),
    locations: item.locations.flatMap((l) => (l.locationEmailAddress ? [l.locationEmailAddress] : [])),
    mirror: decodeMirror(item.customProperties[MANIFEST.addinId]),
  };
};
const patches = (flow: FlowSetup) => graphCalls(flow.emulator, 'PATCH', /^\/v1\.0\/me\/events\//);

async function bookedFlow(busy = false) {
  const flow = flowSetup();
  const [room, other] = await roomsWhere(flow, busy, 2);
  if (!room || !other) throw new Error('no rooms');
  compose(flow);
  const first = await bookRoom(flow, bookingInput(room));
  return { flow, room, other, first };
}

describe('booking puts the room on the item and Roombook’s record on the event', () => {
  it('adds the room, saves the new item, writes all properties in one PATCH and reads them back', async () => {
    const { flow, room, first } = await bookedFlow();
    const saved = flow.outlook.mailbox.savedState();
    expect(saved).not.toBeNull();
    expect(first).toMatchObject({
      eventId: saved?.restId,
      roomAdded: true,
      replaced: null,
      notified: true,
      roomInvited: true,
    });
    expect(roomsOnItem(flow)).toEqual([room.email]);
    expect((await flow.appointment.read()).roomEmails).toEqual([room.email]);

    const [patch, ...more] = patches(flow);
    expect(more).toEqual([]);
    expect(patch?.url).toBe(`/v1.0/me/events/${first.eventId}`);
    const written = (patch?.body as { singleValueExtendedProperties: { id: string }[] })
      .singleValueExtendedProperties;
    expect(written.map((p) => p.id)).toEqual([
      ...PROPERTY_NAMES.map(propertyId),
      customPropertiesId(ADDIN_ID),
    ]);
    // Read back with $expand after the PATCH, on the same event.
    const log = flow.emulator.requestLog();
    const patchAt = patch ? log.indexOf(patch) : -1;
    const readBack = log.findIndex(
      (e, i) =>
        i > patchAt &&
        e.method === 'GET' &&
        e.url.startsWith(`/v1.0/me/events/${first.eventId}?`) &&
        decodeURIComponent(e.url).includes('$expand=singleValueExtendedProperties($filter='),
    );
    expect(patchAt).toBeGreaterThan(0);
    expect(readBack).toBeGreaterThan(patchAt);

    expect(await resourcesSaved(flow, first.eventId)).toEqual({
      attendees: [room.email],
      locations: [room.email],
      mirror: first.record,
    });
    expect(await flow.bookings.read(first.eventId)).toEqual(first.record);
    expect(flow.outlook.mailbox.notification()).toBe(`${room.displayName} is booked.`);
  });

  it('booking the same room again adds no second room and no second set of properties', async () => {
    const { flow, room, first } = await bookedFlow();
    const again = await bookRoom(flow, bookingInput(room, first.record));
    expect(again).toMatchObject({ eventId: first.eventId, roomAdded: false, replaced: null });
    expect(roomsOnItem(flow)).toEqual([room.email]);
    expect(await resourcesSaved(flow, first.eventId)).toMatchObject({
      attendees: [room.email],
      locations: [room.email],
    });
    const ids = encodeBooking(first.record, ADDIN_ID).map((p) => p.id);
    const expand = `singleValueExtendedProperties($filter=${ids.map((id) => `id eq '${id}'`).join(' or ')})`;
    const event = await emulatorClient(flow.emulator)(
      'GET',
      `/v1.0/me/events/${first.eventId}?$select=subject&$expand=${encodeURIComponent(expand)}`,
    );
    expect(event.json.singleValueExtendedProperties).toHaveLength(ids.length);
  });

  it('booking another room replaces the record and takes the old room off the item', async () => {
    const { flow, room, other, first } = await bookedFlow();
    const second = await bookRoom(flow, bookingInput(other, first.record));
    expect(second).toMatchObject({ eventId: first.eventId, roomAdded: true, replaced: room.email });
    expect(roomsOnItem(flow)).toEqual([other.email]);
    expect(await resourcesSaved(flow, first.eventId)).toEqual({
      attendees: [other.email],
      locations: [other.email],
      mirror: second.record,
    });
    expect(await flow.bookings.read(first.eventId)).toEqual(second.record);
  });
});

describe('Outlook in cached mode', () => {
  it('waits with a bounded back-off until Graph sees the saved item, says so once, then writes', async () => {
    const flow = flowSetup({}, {}, { syncDelayMs: 3000 });
    const [room] = await roomsWhere(flow, false, 1);
    if (!room) throw new Error('no room');
    compose(flow);
    const progress: string[] = [];
    const outcome = await bookRoom(flow, { ...bookingInput(room), onProgress: (p) => progress.push(p) });
    expect(progress).toEqual(['waitingForSync']);
    const misses = graphCalls(flow.emulator, 'GET', /^\/v1\.0\/me\/events\//).filter((e) => e.status === 404);
    expect(misses.length).toBeGreaterThan(0);
    expect(flow.sleeps.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3000);
    expect(patches(flow).map((p) => p.status)).toEqual([200]);
    expect(await flow.bookings.read(outcome.eventId)).toEqual(outcome.record);
  });

  it('gives up after the bound when the item never syncs, and takes the room off again', async () => {
    const flow = flowSetup({}, {}, { syncDelayMs: 600_000 });
    const [room] = await roomsWhere(flow, false, 1);
    if (!room) throw new Error('no room');
    compose(flow);
    await expect(bookRoom(flow, bookingInput(room))).rejects.toMatchObject({ kind: 'notFound' });
    expect(flow.sleeps.reduce((a, b) => a + b, 0)).toBeLessThan(20_000);
    expect(patches(flow)).toEqual([]);
    expect(roomsOnItem(flow)).toEqual([]);
  });
});

describe('a meeting that was already sent', () => {
  /** Booked and sent with `room`; `other` is free, or busy when `otherBusy`. */
  async function sentFlow(otherBusy: boolean) {
    const flow = flowSetup();
    const [room, free] = await roomsWhere(flow, false, 2);
    const [busy] = await roomsWhere(flow, true, 1);
    if (!room || !free || !busy) throw new Error('no rooms');
    compose(flow);
    const first = await bookRoom(flow, bookingInput(room));
    await flow.outlook.mailbox.send();
    return { flow, room, other: otherBusy ? busy : free, first };
  }
  const responses = async (flow: FlowSetup, id: string) =>
    Object.fromEntries(
      (await outlookItem(flow.emulator, id)).attendees
        .filter((a) => a.type === 'resource')
        .map((a) => [a.address, a.response]),
    );

  it('saving it sends the update at once: an added room answers, a removed room is released', async () => {
    const { flow, room, other, first } = await sentFlow(false);
    flow.outlook.mailbox.addRooms([{ email: other.email, displayName: '' }]);
    await flow.outlook.mailbox.save();
    expect(await outlookItem(flow.emulator, first.eventId)).toMatchObject({ isDraft: false });
    expect(await responses(flow, first.eventId)).toEqual({
      [room.email]: 'accepted',
      [other.email]: 'accepted',
    });
    flow.outlook.mailbox.removeRooms([room.email]);
    await flow.outlook.mailbox.save();
    const free = await flow.schedules.getSchedules([room.email], SLOT);
    expect(free.get(room.email)).toEqual({ ok: true, items: [] });
  });

  it('replacing its room with one that declines keeps the room it had, and its record', async () => {
    const { flow, room, other, first } = await sentFlow(true);
    await expect(bookRoom(flow, bookingInput(other, first.record))).rejects.toMatchObject({
      kind: 'roomDeclined',
    });
    expect(roomsOnItem(flow)).toEqual([room.email]);
    expect(await responses(flow, first.eventId)).toEqual({ [room.email]: 'accepted' });
    expect(await flow.bookings.read(first.eventId)).toEqual(first.record);
    const held = await flow.schedules.getSchedules([room.email], SLOT);
    expect(held.get(room.email)).toMatchObject({ ok: true, items: [expect.anything()] });
  });

  it('replacing its room books the new one before releasing the old one', async () => {
    const { flow, room, other, first } = await sentFlow(false);
    const second = await bookRoom(flow, bookingInput(other, first.record));
    expect(second).toMatchObject({ eventId: first.eventId, replaced: room.email, roomAdded: true });
    expect(roomsOnItem(flow)).toEqual([other.email]);
    expect(await responses(flow, first.eventId)).toEqual({ [other.email]: 'accepted' });
    expect(await flow.bookings.read(first.eventId)).toEqual(second.record);
    const released = await flow.schedules.getSchedules([room.email], SLOT);
    expect(released.get(room.email)).toEqual({ ok: true, items: [] });
  });

  it('a failed write while replacing its room cancels only the new room, never the old one', async () => {
    const { flow, room, other, first } = await sentFlow(false);
    // Lasting: a PATCH verified not applied after a 500 is sent once more (faultMatrix.test.ts).
    await fault(flow.emulator, { method: 'PATCH', pathPattern: '/me/events/', status: 500 });
    await expect(bookRoom(flow, bookingInput(other, first.record))).rejects.toMatchObject({
      kind: 'unavailable',
    });
    expect(roomsOnItem(flow)).toEqual([room.email]);
    expect(await responses(flow, first.eventId)).toEqual({ [room.email]: 'accepted' });
    expect(await flow.bookings.read(first.eventId)).toEqual(first.record);
  });
});

describe('a room added as an enhanced location', () => {
  it('where the client only shows it as the location (Outlook for Mac), Roombook reports it and can invite it', async () => {
    const flow = flowSetup({}, { roomLocations: 'locationOnly' });
    const [room] = await roomsWhere(flow, false, 1);
    if (!room) throw new Error('no room');
    compose(flow);
    const outcome = await bookRoom(flow, bookingInput(room));
    expect(outcome.roomInvited).toBe(false);
    expect(flow.outlook.mailbox.locationText()).toContain(room.email);
    await flow.outlook.mailbox.send();
    expect(await resourcesSaved(flow, outcome.eventId)).toMatchObject({ attendees: [] });
    expect(await isRoomInvited(flow, outcome.eventId, outcome.record)).toBe(false);

    await inviteBookedRoom(flow, outcome.eventId, outcome.record);
    expect(await isRoomInvited(flow, outcome.eventId, outcome.record)).toBe(true);
    const item = await outlookItem(flow.emulator, outcome.eventId);
    expect(item.attendees).toEqual([
      expect.objectContaining({ address: 'adele.vance@contoso.com' }),
      { address: room.email, type: 'resource', response: 'accepted' },
    ]);
  });

  it('where the client invites it (Outlook on the web and Windows), it is a resource attendee after Send', async () => {
    const { flow, room, first } = await bookedFlow();
    await flow.outlook.mailbox.send();
    expect(await isRoomInvited(flow, first.eventId, first.record)).toBe(true);
    expect(flow.outlook.mailbox.savedState()?.roomResponses).toEqual({ [room.email]: 'accepted' });
  });
});

describe('one occurrence of a series', () => {
  it('is checked and booked as the one meeting it is; the series keeps no room', async () => {
    const flow = flowSetup();
    compose(flow, at('2026-03-05T06:00:00Z'));
    flow.outlook.mailbox.update({ repeat: 'weekly', occurrences: 4 });
    await flow.outlook.mailbox.send();
    const seriesId = flow.outlook.mailbox.savedState()?.restId ?? '';
    await flow.outlook.mailbox.openOccurrence(seriesId, 1);
    expect(flow.outlook.office.context.mailbox.item.seriesId).toBe(itemIdOf(seriesId));

    const appointment = await flow.appointment.read();
    expect(appointment).toMatchObject({ recurrence: null, start: new Date('2026-03-12T06:00:00Z') });
    const [room] = await roomsWhere(flow, false, 1, at('2026-03-12T06:00:00Z'));
    if (!room) throw new Error('no room');
    await searchRooms(flow, { appointment, criteria: { ...anyRoom, text: room.email }, limit: 5 });
    expect(searchedWindows(flow).map((r) => [r.start, r.end])).toEqual([
      ['2026-03-12T06:00:00Z', '2026-03-12T07:00:00Z'],
    ]);

    const outcome = await bookRoom(flow, bookingInput(room));
    expect(outcome.eventId).toBe(`${seriesId}_OCC1`);
    expect(await flow.bookings.read(outcome.eventId)).toEqual(outcome.record);
    expect(await flow.bookings.read(seriesId)).toBeNull();
    // The room holds that occurrence only: at the series' hour it is busy on 12 March and no other week.
    const month = await flow.schedules.getSchedules([room.email], at('2026-03-05T00:00:00Z', 24 * 28));
    const schedule = month.get(room.email);
    const atSeriesHour = schedule?.ok ? schedule.items.filter((i) => i.start.getUTCHours() === 6) : [];
    expect(atSeriesHour.map((i) => i.start.toISOString())).toEqual(['2026-03-12T06:00:00.000Z']);
  });
});

describe('Outlook’s notification bar', () => {
  it('a notification Outlook refuses (its icon is not in the manifest) does not undo the booking', async () => {
    const flow = flowSetup({}, { manifest: { ...MANIFEST, imageIds: ['SomethingElse'] } });
    const [room] = await roomsWhere(flow, false, 1);
    if (!room) throw new Error('no room');
    compose(flow);
    const outcome = await bookRoom(flow, bookingInput(room));
    expect(outcome).toMatchObject({ notified: false, roomAdded: true });
    expect(flow.outlook.mailbox.notification()).toBeNull();
    expect(roomsOnItem(flow)).toEqual([room.email]);
    expect(await flow.bookings.read(outcome.eventId)).toEqual(outcome.record);
  });
});

describe('never a half-written booking', () => {
  it.each([
    ['answers 500', { status: 500 }, 'unavailable'],
    ['drops the connection', { drop: true }, 'network'],
  ])('rolls the item back when the PATCH %s', async (_what, spec, kind) => {
    const flow = flowSetup();
    const [room] = await roomsWhere(flow, false, 1);
    if (!room) throw new Error('no room');
    compose(flow);
    await fault(flow.emulator, { method: 'PATCH', pathPattern: '/me/events/', ...spec });
    const failure = bookRoom(flow, bookingInput(room));
    await expect(failure).rejects.toBeInstanceOf(RoombookError);
    await expect(failure).rejects.toMatchObject({ kind });
    expect(roomsOnItem(flow)).toEqual([]);
    // The item was saved with the room before the PATCH; the rollback saves it again without.
    const id = flow.outlook.mailbox.savedState()?.restId ?? '';
    expect(await resourcesSaved(flow, id)).toEqual({ attendees: [], locations: [], mirror: null });
    expect(await flow.bookings.read(id)).toBeNull();
    expect(flow.outlook.mailbox.notification()).toBeNull();
  });

  it('keeps the previous room and its record when replacing it fails', async () => {
    const { flow, room, other, first } = await bookedFlow();
    // Lasting: a PATCH verified not applied after a 500 is sent once more (faultMatrix.test.ts).
    await fault(flow.emulator, { method: 'PATCH', pathPattern: '/me/events/', status: 500 });
    await expect(bookRoom(flow, bookingInput(other, first.record))).rejects.toMatchObject({
      kind: 'unavailable',
    });
    expect(roomsOnItem(flow)).toEqual([room.email]);
    expect(await resourcesSaved(flow, first.eventId)).toMatchObject({
      attendees: [room.email],
      locations: [room.email],
    });
    expect(await flow.bookings.read(first.eventId)).toEqual(first.record);
  });

  it('rolls back the item and the written record when the read-back differs', async () => {
    const flow = flowSetup();
    const [room] = await roomsWhere(flow, false, 1);
    if (!room) throw new Error('no room');
    compose(flow);
    // Someone else changes the event between Roombook's PATCH and its read-back.
    const other = emulatorClient(flow.emulator);
    flow.hooks.after = async (url, init, status) => {
      if (init?.method !== 'PATCH' || status !== 200) return;
      flow.hooks.after = null;
      await other('PATCH', new URL(url).pathname, {
        singleValueExtendedProperties: [{ id: propertyId('Capacity'), value: '99' }],
      });
    };
    await expect(bookRoom(flow, bookingInput(room))).rejects.toMatchObject({ kind: 'verificationFailed' });
    const id = flow.outlook.mailbox.savedState()?.restId ?? '';
    expect(roomsOnItem(flow)).toEqual([]);
    expect(await resourcesSaved(flow, id)).toEqual({ attendees: [], locations: [], mirror: null });
    expect(await flow.bookings.read(id)).toBeNull();
    expect(await flow.bookings.listMine(MONTH)).toEqual([]);
  });

  it('retries a throttled PATCH after its Retry-After and books', async () => {
    const flow = flowSetup();
    const [room] = await roomsWhere(flow, false, 1);
    if (!room) throw new Error('no room');
    compose(flow);
    await fault(flow.emulator, {
      method: 'PATCH',
      pathPattern: '/me/events/',
      status: 429,
      retryAfterSeconds: 3,
      count: 1,
    });
    const outcome = await bookRoom(flow, bookingInput(room));
    expect(patches(flow).map((p) => p.status)).toEqual([429, 200]);
    expect(flow.sleeps).toHaveLength(1);
    expect(flow.sleeps[0]).toBeGreaterThanOrEqual(3000);
    expect(flow.sleeps[0]).toBeLessThan(3250);
    expect(await flow.bookings.read(outcome.eventId)).toEqual(outcome.record);
  });
});

describe('an item that already carries a booking', () => {
  it('shows its room from the mirror through Office.js, even when Graph cannot be reached', async () => {
    const { flow, first } = await bookedFlow();
    await fault(flow.emulator, { method: 'GET', pathPattern: '/me/events/', drop: true });
    const item = await flow.appointment.read();
    expect(item.eventId).not.toBeNull();
    expect(await loadExistingBooking(flow, item)).toEqual(first.record);
    expect(graphCalls(flow.emulator, 'GET', /^\/v1\.0\/me\/events\//).length).toBeGreaterThan(0);
  });

  it('reads the mirror only under this add-in’s lower-case id, never another add-in’s cecp- property', async () => {
    const { flow, room, first } = await bookedFlow();
    expect(Object.keys((await outlookItem(flow.emulator, first.eventId)).customProperties)).toEqual([
      MANIFEST.addinId,
    ]);
    // Another add-in (or an upper-case spelling of Roombook's id) carries a record of another room.
    const foreign = encodeBooking({ ...first.record, resourceMailbox: 'other@contoso.com' }, ADDIN_ID).at(-1);
    const other = (name: string) => ({
      id: `String {00020329-0000-0000-C000-000000000046} Name cecp-${name}`,
      value: foreign?.value ?? '',
    });
    await emulatorClient(flow.emulator)('PATCH', `/v1.0/me/events/${first.eventId}`, {
      singleValueExtendedProperties: [other('0000-another-addin'), other(ADDIN_ID)],
    });
    expect(await flow.appointment.readBookingMirror()).toEqual(first.record);
    expect(first.record.resourceMailbox).toBe(room.email);
  });

  it('shows its room from Graph when the mirror is missing', async () => {
    const flow = flowSetup();
    const [room] = await roomsWhere(flow, false, 1);
    if (!room) throw new Error('no room');
    compose(flow);
    flow.outlook.mailbox.addRooms([{ email: room.email, displayName: room.displayName }]);
    await flow.outlook.mailbox.save();
    const id = flow.outlook.mailbox.savedState()?.restId ?? '';
    const record = {
      resourceId: room.id,
      resourceMailbox: room.email,
      resourceLocation: room.displayName,
      capacity: room.capacity,
      searchAttributes: bookingInput(room).criteria,
      addinVersion: '0.9.0.0',
      ownerEmail: 'megan.bowen@contoso.com',
    };
    // An older Roombook wrote the seven properties without the Office.js mirror.
    const withoutMirror = encodeBooking(record, ADDIN_ID).slice(0, PROPERTY_NAMES.length);
    await emulatorClient(flow.emulator)('PATCH', `/v1.0/me/events/${id}`, {
      singleValueExtendedProperties: withoutMirror,
    });
    expect(await flow.appointment.readBookingMirror()).toBeNull();
    // The user has an unsaved edit when opening the pane: loading the booking must not save it.
    flow.outlook.mailbox.update({ subject: 'Edited, not saved' });
    expect(await loadExistingBooking(flow, await flow.appointment.read())).toEqual(record);
    const stored = await emulatorClient(flow.emulator)('GET', `/v1.0/me/events/${id}?$select=subject`);
    expect(stored.json.subject).not.toBe('Edited, not saved');
  });
});

describe('My bookings and cancelling', () => {
  it('reports a room that declined at Send as declined', async () => {
    const { flow, room, first } = await bookedFlow(true);
    await flow.outlook.mailbox.send();
    expect(flow.outlook.mailbox.savedState()?.roomResponses).toEqual({ [room.email]: 'declined' });
    expect(await flow.bookings.listMine(MONTH)).toEqual([
      expect.objectContaining({ eventId: first.eventId, roomResponse: 'declined', record: first.record }),
    ]);
  });

  it('cancel takes the room off the event, frees it and clears Roombook’s properties', async () => {
    const { flow, room, first } = await bookedFlow();
    await flow.outlook.mailbox.send();
    const busy = await flow.schedules.getSchedules([room.email], SLOT);
    expect(busy.get(room.email)).toMatchObject({ ok: true, items: [expect.anything()] });
    const [booking] = await flow.bookings.listMine(MONTH);
    expect(booking).toMatchObject({ eventId: first.eventId, roomResponse: 'accepted' });

    if (!booking) throw new Error('not listed');
    await releaseRoom(flow, booking);
    // Only the attendees, the locations and Roombook's properties change: nothing else is resent.
    const cancel = patches(flow).at(-1)?.body as Record<string, unknown>;
    expect(Object.keys(cancel).sort()).toEqual([
      'attendees',
      'location',
      'locations',
      'singleValueExtendedProperties',
    ]);
    expect(cancel.attendees).toEqual([
      expect.objectContaining({
        emailAddress: expect.objectContaining({ address: 'adele.vance@contoso.com' }),
      }),
    ]);
    expect(await resourcesSaved(flow, first.eventId)).toEqual({ attendees: [], locations: [], mirror: null });
    expect(await flow.bookings.read(first.eventId)).toBeNull();
    expect(await flow.bookings.listMine(MONTH)).toEqual([]);
    const free = await flow.schedules.getSchedules([room.email], SLOT);
    expect(free.get(room.email)).toEqual({ ok: true, items: [] });
  });
  it('lists a booked series once, at its next occurrence, and cancels the whole series', async () => {
    const flow = flowSetup();
    const [room] = await roomsWhere(flow, false, 1, at('2026-03-05T06:00:00Z'));
    if (!room) throw new Error('no room');
    compose(flow, at('2026-03-05T06:00:00Z'));
    flow.outlook.mailbox.update({ repeat: 'weekly', occurrences: 4 });
    const { eventId } = await bookRoom(flow, bookingInput(room));
    await flow.outlook.mailbox.send();
    const mine = await flow.bookings.listMine(MONTH);
    expect(mine.map((b) => [b.eventId, b.start.toISOString(), b.isRecurring, b.roomResponse])).toEqual([
      [eventId, '2026-03-05T06:00:00.000Z', true, 'accepted'],
    ]);
    const [series] = mine;
    if (!series) throw new Error('not listed');
    await releaseRoom(flow, series);
    expect(await flow.bookings.listMine(MONTH)).toEqual([]);
    expect(await resourcesSaved(flow, eventId)).toEqual({ attendees: [], locations: [], mirror: null });
  });
});

describe('items Roombook cannot book', () => {
  it('a new item: nothing to load without Graph, and booking saves it first', async () => {
    const flow = flowSetup();
    compose(flow);
    const item = await flow.appointment.read();
    expect(item.eventId).toBeNull();
    const itemId = await new Promise((resolve) =>
      flow.outlook.office.context.mailbox.item.getItemIdAsync((r: unknown) => resolve(r)),
    );
    expect(itemId).toMatchObject({ status: 'failed', error: { name: 'ItemNotSaved' } });
    expect(await loadExistingBooking(flow, item)).toBeNull();
    expect(flow.emulator.requestLog()).toEqual([]);
  });

  it('fails with notSaved, and changes nothing, when Outlook cannot save the item', async () => {
    const flow = flowSetup();
    const [room] = await roomsWhere(flow, false, 1);
    if (!room) throw new Error('no room');
    compose(flow);
    flow.outlook.failSaves = true;
    // Office's documented code and name for a save that could not reach the server.
    await expect(bookRoom(flow, bookingInput(room))).rejects.toMatchObject({
      kind: 'notSaved',
      cause: { message: expect.stringContaining('(9021: Save Error)') },
    });
    expect(roomsOnItem(flow)).toEqual([]);
    expect(flow.outlook.mailbox.savedState()).toBeNull();
    expect(patches(flow)).toEqual([]);
  });

  it('a read-mode item (an attendee’s copy) refuses with a typed error and changes nothing', async () => {
    const flow = flowSetup();
    const [room] = await roomsWhere(flow, false, 1);
    if (!room) throw new Error('no room');
    const succeeded = (value: unknown) => ({ status: 'succeeded', value });
    (flow.outlook.office.context.mailbox as { item: unknown }).item = {
      itemId: 'AAMk/attendee+copy',
      subject: 'Their meeting',
      start: SLOT.start,
      end: SLOT.end,
      location: '',
      requiredAttendees: [{ emailAddress: 'megan.bowen@contoso.com' }],
      optionalAttendees: [],
      organizer: { emailAddress: 'adele.vance@contoso.com' },
      enhancedLocation: { getAsync: (cb: (r: unknown) => void) => cb(succeeded([])) },
      loadCustomPropertiesAsync: (cb: (r: unknown) => void) => cb(succeeded({ get: () => undefined })),
    };
    const item = await flow.appointment.read();
    expect(item).toMatchObject({ mode: 'read', organizerEmail: 'adele.vance@contoso.com' });
    const failure = bookRoom(flow, bookingInput(room));
    await expect(failure).rejects.toBeInstanceOf(RoombookError);
    await expect(failure).rejects.toMatchObject({ kind: 'office' });
    expect(patches(flow)).toEqual([]);
  });
});

type Facade = FlowSetup['outlook']['office'];

/** Outlook reports a series defined in Berlin (the simulator's own form only makes UTC series). */
function setSeries(office: Facade, type: 'daily' | 'weekly', startDate: string, endDate: string): void {
  const series = {
    recurrenceType: type,
    recurrenceProperties: type === 'weekly' ? { interval: 1, days: ['wed'] } : { interval: 1 },
    recurrenceTimeZone: { name: 'W. Europe Standard Time' },
    seriesTime: { getStartDate: () => startDate, getEndDate: () => endDate },
  };
  office.context.mailbox.item.recurrence = {
    ...office.context.mailbox.item.recurrence,
    getAsync: (...args: unknown[]) => {
      const callback = args.at(-1) as (result: unknown) => void;
      callback({ status: 'succeeded', value: series });
    },
  };
}

interface ScheduleBody {
  schedules: string[];
  startTime: { dateTime: string; timeZone: string };
  endTime: { dateTime: string; timeZone: string };
}

/** The getSchedule requests the emulator answered (inside $batch), as UTC windows. */
function scheduleRequests(flow: FlowSetup) {
  return graphCalls(flow.emulator, 'POST', /\/me\/calendar\/getSchedule$/)
    .filter((e) => e.status === 200)
    .map((e) => {
      const body = e.body as ScheduleBody;
      expect([body.startTime.timeZone, body.endTime.timeZone]).toEqual(['UTC', 'UTC']);
      return {
        schedules: body.schedules,
        start: `${body.startTime.dateTime}Z`,
        end: `${body.endTime.dateTime}Z`,
      };
    });
}

const HOUR = 3_600_000;

/**
 * The meeting's windows a search asked getSchedule for: the search reads each window two hours wider
 * on both sides, for the rooms' timelines (src/core/timeline.ts), which is taken off here.
 */
function searchedWindows(flow: FlowSetup) {
  const margin = 2 * HOUR;
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  return scheduleRequests(flow).map((r) => ({
    ...r,
    start: iso(Date.parse(r.start) + margin),
    end: iso(Date.parse(r.end) - margin),
  }));
}
const at = (iso: string, hours = 1): TimeRange => {
  const start = new Date(iso);
  return { start, end: new Date(start.getTime() + hours * HOUR) };
};

describe('availability for the appointment’s time', () => {
  it('a weekly series across the DST change is free for k of n, in windows under 62 days of at most 20 rooms', async () => {
    const flow = flowSetup();
    // Wednesdays 08:00 Berlin, 20 times: 07:00Z until 29 March, 06:00Z after (before seeded hours).
    compose(flow, at('2026-03-04T07:00:00Z'));
    setSeries(flow.outlook.office, 'weekly', '2026-03-04', '2026-07-15');
    const rooms = await flow.directory.listRooms();
    const [a, b, c] = [...rooms].sort((x, y) => capacityWaste(x, 1) - capacityWaste(y, 1));
    if (!a || !b || !c) throw new Error('no rooms');
    await occupy(flow.emulator, a.email, new Date('2026-04-01T06:00:00Z'), new Date('2026-04-01T07:00:00Z'));
    await occupy(flow.emulator, b.email, new Date('2026-03-11T07:00:00Z'), new Date('2026-03-11T08:00:00Z'));
    // 07:00Z on 8 April is 09:00 in Berlin: not an occurrence once summer time has begun.
    await occupy(flow.emulator, b.email, new Date('2026-04-08T07:00:00Z'), new Date('2026-04-08T08:00:00Z'));

    const appointment = await flow.appointment.read();
    expect(appointment.recurrence).toMatchObject({ type: 'weekly', timeZone: 'Europe/Berlin' });
    const found = await searchRooms(flow, { appointment, criteria: anyRoom, limit: 45 });
    expect(found.checkedOccurrences).toBe(20);
    const availability = new Map(found.results.map((r) => [r.room.email, r.availability]));
    expect(availability.get(a.email)).toEqual({ status: 'busy', total: 20, freeCount: 19 });
    expect(availability.get(b.email)).toEqual({ status: 'busy', total: 20, freeCount: 19 });
    expect(availability.get(c.email)).toEqual({ status: 'free', total: 20, freeCount: 20 });
    expect(found.results.filter((r) => r.availability.freeCount === 20)).toHaveLength(43);

    const requests = searchedWindows(flow);
    const windows = [...new Set(requests.map((r) => `${r.start}/${r.end}`))].sort();
    expect(windows).toEqual([
      '2026-03-04T07:00:00Z/2026-04-29T07:00:00Z',
      '2026-05-06T06:00:00Z/2026-07-01T07:00:00Z',
      '2026-07-08T06:00:00Z/2026-07-15T07:00:00Z',
    ]);
    for (const r of requests) {
      expect(r.schedules.length).toBeLessThanOrEqual(20);
      expect(Date.parse(r.end) - Date.parse(r.start)).toBeLessThan(62 * 24 * HOUR);
    }
    // Each window asks for all 45 rooms exactly once: 20 + 20 + 5.
    expect(requests).toHaveLength(9);
    for (const w of windows) {
      const asked = requests.filter((r) => `${r.start}/${r.end}` === w).flatMap((r) => r.schedules);
      expect(new Set(asked).size).toBe(45);
    }
  });
});

describe('time zones', () => {
  it('an appointment across the DST switch asks for its exact UTC window and shows Berlin time', async () => {
    const flow = flowSetup();
    // 01:30 CET to 04:00 CEST on 29 March: 90 minutes, not 150.
    compose(flow, at('2026-03-29T00:30:00Z', 1.5));
    const appointment = await flow.appointment.read();
    await searchRooms(flow, { appointment, criteria: anyRoom, limit: 5 });
    expect(searchedWindows(flow).map((r) => [r.start, r.end])).toEqual([
      ['2026-03-29T00:30:00Z', '2026-03-29T02:00:00Z'],
    ]);
    expect(appointment.displayTimeZone).toBe('Europe/Berlin');
    const shown = (d: Date) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: appointment.displayTimeZone,
        hour: '2-digit',
        minute: '2-digit',
        timeZoneName: 'short',
      }).format(d);
    expect([shown(appointment.start), shown(appointment.end)]).toEqual(['01:30 CET', '04:00 CEST']);
  });

  it('an all-day appointment is checked from midnight to midnight in the user’s zone', async () => {
    const flow = flowSetup({}, { preview: true });
    // Thursday 5 March, all day, in Berlin.
    compose(flow, at('2026-03-04T23:00:00Z', 24));
    flow.outlook.mailbox.update({ isAllDay: true });
    const appointment = await flow.appointment.read();
    expect(appointment.isAllDay).toBe(true);
    await searchRooms(flow, { appointment, criteria: anyRoom, limit: 5 });
    expect(searchedWindows(flow).map((r) => [r.start, r.end])).toEqual([
      ['2026-03-04T23:00:00Z', '2026-03-05T23:00:00Z'],
    ]);
  });

  it('an all-day series across the DST switch ends each day at local midnight', async () => {
    const flow = flowSetup({}, { preview: true });
    // Saturday 28 and Sunday 29 March, all day in Berlin; Sunday has 23 hours.
    compose(flow, at('2026-03-27T23:00:00Z', 24));
    flow.outlook.mailbox.update({ isAllDay: true });
    setSeries(flow.outlook.office, 'daily', '2026-03-28', '2026-03-29');
    const [room] = await roomsWhere(flow, false, 1, at('2026-03-27T23:00:00Z', 48));
    if (!room) throw new Error('no room');
    // Monday 30 March from 00:00 to 01:00 in Berlin: after the series.
    await occupy(
      flow.emulator,
      room.email,
      new Date('2026-03-29T22:00:00Z'),
      new Date('2026-03-29T23:00:00Z'),
    );
    const appointment = await flow.appointment.read();
    const criteria = { ...anyRoom, text: room.email };
    const found = await searchRooms(flow, { appointment, criteria });
    expect(searchedWindows(flow).map((r) => [r.start, r.end])).toEqual([
      ['2026-03-27T23:00:00Z', '2026-03-29T22:00:00Z'],
    ]);
    expect(found.results.find((r) => r.room.email === room.email)?.availability).toEqual({
      status: 'free',
      total: 2,
      freeCount: 2,
    });
  });
});

describe('isAllDayEvent, a preview API', () => {
  const allDay = (flow: FlowSetup) => {
    compose(flow, at('2026-03-04T23:00:00Z', 24));
    flow.outlook.mailbox.update({ isAllDay: true });
  };

  it('is read wherever Office.js offers it, whatever Mailbox version the host claims', async () => {
    const flow = flowSetup({}, { preview: true, mailboxVersion: '1.8' });
    allDay(flow);
    expect((await flow.appointment.read()).isAllDay).toBe(true);
  });

  it('is absent without the preview library: the pane reads the item, not all day', async () => {
    const flow = flowSetup();
    allDay(flow);
    expect('isAllDayEvent' in flow.outlook.office.context.mailbox.item).toBe(false);
    expect(await flow.appointment.read()).toMatchObject({ isAllDay: false, subject: 'Planning' });
  });

  it('a failing isAllDayEvent getter does not stop the pane from reading the item', async () => {
    const flow = flowSetup({}, { preview: true });
    allDay(flow);
    const item = flow.outlook.office.context.mailbox.item as { isAllDayEvent?: unknown };
    item.isAllDayEvent = {
      getAsync: (callback: (result: unknown) => void) =>
        callback({ status: 'failed', value: undefined, error: { code: 5000, name: 'GenericResponseError' } }),
    };
    expect(await flow.appointment.read()).toMatchObject({ isAllDay: false, subject: 'Planning' });
  });
});

describe('alternatives when nothing is free', () => {
  it('offers findMeetingTimes suggestions at other times, with rooms that are free then', async () => {
    const flow = flowSetup();
    const rooms = await roomsWhere(flow, false, 3);
    for (const room of rooms) await occupy(flow.emulator, room.email, SLOT.start, SLOT.end);
    compose(flow);
    const appointment = await flow.appointment.read();
    const now = await flow.schedules.getSchedules(
      rooms.map((r) => r.email),
      SLOT,
    );
    for (const room of rooms)
      expect(availabilityOf(now.get(room.email), [SLOT])).toMatchObject({ status: 'busy' });

    const suggestions = await findAlternativeTimes(flow, { appointment, rooms, now: NOW });
    expect(suggestions.length).toBeGreaterThan(0);
    const [request] = graphCalls(flow.emulator, 'POST', /\/me\/findMeetingTimes$/);
    expect(request?.body).toMatchObject({
      meetingDuration: 'PT1H0M',
      locationConstraint: { locations: rooms.map((r) => ({ locationEmailAddress: r.email })) },
    });
    const distance = (d: Date) => Math.abs(d.getTime() - SLOT.start.getTime());
    for (const [i, s] of suggestions.entries()) {
      expect(s.start.getTime()).not.toBe(SLOT.start.getTime());
      expect(s.end.getTime() - s.start.getTime()).toBe(HOUR);
      if (i > 0)
        expect(distance(s.start)).toBeGreaterThanOrEqual(distance(suggestions[i - 1]?.start ?? s.start));
      const emails = s.rooms.map((r) => r.email);
      const then = await flow.schedules.getSchedules(emails, s);
      for (const email of emails) {
        expect(rooms.map((r) => r.email)).toContain(email);
        expect(availabilityOf(then.get(email), [s])).toMatchObject({ status: 'free' });
      }
    }
  });
});
