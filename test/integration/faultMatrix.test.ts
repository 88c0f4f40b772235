// The fault matrix (issue 12, docs/reliability.md): every call a booking makes, Graph's and
// Outlook's save, under every fault, through the real booking path the pane runs (core's bookRoom
// over the Graph adapters and the Office adapter), against the in-process emulator and the Outlook
// simulator. Each run asserts on the event itself (room and Roombook's properties both there or
// both absent, one item, never two) and on what the user is told: the pane's status text for the
// outcome, with "Nothing was changed" only where the meeting was verified as it was.
import type { SaveFault } from '../../dev/simulator/mailbox';
import { bookRoom, cancelBooking } from '../../src/core/booking';
import { BookingFailure, nothingChanged } from '../../src/core/bookingVerify';
import type { Room } from '../../src/core/model';
import { errorMessage, reportText } from '../../src/taskpane/errorMessage';
import { createI18n } from '../../src/taskpane/i18n/I18nProvider';
import {
  bookingInput,
  fault,
  flowSetup,
  installOutlook,
  NOW,
  outlookItem,
  uninstallOutlook,
  type FlowSetup,
} from '../kit/harness';

afterEach(uninstallOutlook);

const SLOT = { start: new Date('2026-03-05T10:00:00Z'), end: new Date('2026-03-05T11:00:00Z') };
const { t } = createI18n('en-US');
/** A hang is given up on after this long (the product's 30 s, shortened so the file stays fast). */
const TIMEOUT_MS = 20;

/** The status region's text for a failed booking, as the pane words it (useReportError). */
const statusText = (error: unknown) => reportText(error, t, { nothingChanged: nothingChanged(error) });

/** The Graph calls a booking makes, by method and path (fault patterns match path and query). */
const CALLS = {
  'roomStatus GET': { method: 'GET', pathPattern: '^/v1\\.0/me/events/[^?]+\\?(?!.*expand)' },
  'properties PATCH': { method: 'PATCH', pathPattern: '^/v1\\.0/me/events/' },
  'read-back GET': { method: 'GET', pathPattern: '^/v1\\.0/me/events/[^?]+\\?.*expand' },
} as const;

type Expected = 'booked' | 'unchanged';

/** Each fault, and what it does to an idempotent read and to the PATCH (a write). */
const FAULTS: readonly [
  string,
  Record<string, unknown>,
  { read: Expected; write: Expected; kind?: string },
][] = [
  ['429 once', { status: 429, count: 1 }, { read: 'booked', write: 'booked' }],
  ['429 persistent', { status: 429 }, { read: 'unchanged', write: 'unchanged', kind: 'throttled' }],
  ['503', { status: 503 }, { read: 'unchanged', write: 'unchanged', kind: 'unavailable' }],
  ['504', { status: 504 }, { read: 'unchanged', write: 'unchanged', kind: 'unavailable' }],
  // A write whose answer was lost and that the read-back shows not applied is sent once more.
  ['drop once', { drop: true, count: 1 }, { read: 'booked', write: 'booked' }],
  ['drop persistent', { drop: true }, { read: 'unchanged', write: 'unchanged', kind: 'network' }],
  ['timeout', { hang: true }, { read: 'unchanged', write: 'unchanged', kind: 'network' }],
  ['401', { status: 401 }, { read: 'unchanged', write: 'unchanged', kind: 'unauthorized' }],
  ['403', { status: 403 }, { read: 'unchanged', write: 'unchanged', kind: 'forbidden' }],
  ['404', { status: 404 }, { read: 'unchanged', write: 'unchanged', kind: 'notFound' }],
  ['412', { status: 412 }, { read: 'unchanged', write: 'unchanged', kind: 'conflict' }],
  ['applied, answer lost', { afterApply: true, count: 1 }, { read: 'booked', write: 'booked' }],
];

async function freeRooms(flow: FlowSetup, count: number): Promise<Room[]> {
  const rooms = await flow.directory.listRooms();
  const schedules = await flow.schedules.getSchedules(
    rooms.slice(0, 20).map((r) => r.email),
    SLOT,
  );
  const free = rooms.filter((r) => {
    const s = schedules.get(r.email);
    return s?.ok === true && s.items.length === 0;
  });
  if (free.length < count) throw new Error('not enough free rooms');
  return free.slice(0, count);
}

/** A new meeting, or one already sent (its update goes out with the save: the room answers at once). */
async function meeting(sent: boolean) {
  const flow = flowSetup({}, {}, {}, { timeoutMs: TIMEOUT_MS });
  const [room] = await freeRooms(flow, 1);
  if (!room) throw new Error('no room');
  flow.outlook.mailbox.update({
    subject: 'Planning',
    start: SLOT.start,
    end: SLOT.end,
    required: ['adele.vance@contoso.com'],
  });
  if (sent) await flow.outlook.mailbox.send();
  return { flow, room };
}

/** What the user's calendar holds afterwards: each item's room and Roombook's properties. */
async function truth(flow: FlowSetup, room: Room) {
  await flow.emulator.fetch('http://emulator.test/_emulator/faults', { method: 'DELETE' });
  const list = await flow.emulator.fetch(
    `http://emulator.test/_emulator/outlook/items?user=${encodeURIComponent(flow.outlook.mailbox.user.email)}`,
  );
  const items = ((await list.json()) as { value: { id: string }[] }).value;
  return Promise.all(
    items.map(async ({ id }) => {
      const item = await outlookItem(flow.emulator, id);
      return {
        room: item.attendees.some((a) => a.address === room.email && a.type === 'resource'),
        properties: (await flow.bookings.read(id)) !== null,
      };
    }),
  );
}

/** Books as the pane does and returns what the user is told and what is true on the meeting. */
async function run(flow: FlowSetup, room: Room) {
  const result = await bookRoom(flow, bookingInput(room)).then(
    (done) => ({ state: done.state, error: null as unknown }),
    (error: unknown) => ({ state: error instanceof BookingFailure ? error.state : 'thrown', error }),
  );
  const items = await truth(flow, room);
  // Never half: room and properties together; never double: one item.
  expect(items.length).toBeLessThanOrEqual(1);
  for (const item of items) expect(item.room).toBe(item.properties);
  const booked = items.some((item) => item.room && item.properties);
  // Never silent, never false: a booking that does not stand says so, and "booked" means booked.
  expect(result.state === 'booked').toBe(booked);
  return { ...result, booked, text: result.error ? statusText(result.error) : null };
}

describe.each([
  ['a new meeting', false],
  ['a sent meeting', true],
])('booking %s', (_name, sent) => {
  describe.each(Object.entries(CALLS))('%s', (call, target) => {
    test.each(FAULTS)('%s', async (_fault, spec, expected) => {
      const { flow, room } = await meeting(sent);
      await fault(flow.emulator, { ...target, ...spec });
      const outcome = await run(flow, room);
      const wanted = call.includes('PATCH') ? expected.write : expected.read;
      expect(outcome.state).toBe(wanted);
      if (wanted === 'unchanged') {
        expect(outcome.error).toMatchObject({ kind: expected.kind });
        expect(outcome.text).toBe(`${errorMessage(outcome.error, t)} ${t('errorNothingChanged')}`);
      }
    });
  });

  const SAVES: readonly [string, SaveFault, Expected][] = [
    ['9021 once', { code: 9021, times: 1 }, 'booked'],
    ['9021 persistent', { code: 9021, times: null }, 'unchanged'],
    ['9020 once', { code: 9020, times: 1 }, 'booked'],
    ['9020 persistent', { code: 9020, times: null }, 'unchanged'],
    ['applied, answer lost', { code: 9021, answerLost: true, times: 1 }, 'booked'],
  ];
  test.each(SAVES)('Outlook’s save: %s', async (_name, saveFault, expected) => {
    const { flow, room } = await meeting(sent);
    flow.outlook.mailbox.saveFault = { ...saveFault };
    const outcome = await run(flow, room);
    expect(outcome.state).toBe(expected);
    if (expected === 'unchanged') {
      expect(outcome.error).toMatchObject({ kind: 'notSaved' });
      expect(outcome.text).toBe(`${t('errorNotSaved')} ${t('errorNothingChanged')}`);
    }
  });
});

/** Cancelling from My bookings: its reads, and its one PATCH (room and properties together). */
const CANCEL_CALLS = {
  'cancel: event GET': CALLS['read-back GET'],
  'cancel: rooms GET': CALLS['roomStatus GET'],
  'cancel: PATCH': CALLS['properties PATCH'],
} as const;
/** Faults whose outcome is unknown to the caller: a read that fails so cannot tell what happened. */
const UNKNOWN_OUTCOME = new Set(['503', '504', 'drop persistent', 'timeout']);

describe.each(Object.entries(CANCEL_CALLS))('%s', (call, target) => {
  test.each(FAULTS)('%s', async (name, spec, expected) => {
    const { flow, room } = await meeting(true);
    const booked = await bookRoom(flow, bookingInput(room));
    await fault(flow.emulator, { ...target, ...spec });
    const result = await cancelBooking(flow, booked).then(
      () => 'cancelled',
      (error: unknown) => (error instanceof BookingFailure ? error.state : 'thrown'),
    );
    const items = await truth(flow, room);
    expect(items).toHaveLength(1);
    for (const item of items) expect(item.room).toBe(item.properties);
    expect(result === 'cancelled').toBe(!items[0]?.room);
    // A cancel that fails on the event's own read cannot read it back either: it says so.
    const wanted =
      expected.read === 'booked'
        ? 'cancelled'
        : call === 'cancel: event GET' && UNKNOWN_OUTCOME.has(name)
          ? 'unknown'
          : 'unchanged';
    expect(result).toBe(wanted);
  });
});

describe('beyond single faults', () => {
  it('every write applied with its answer lost and the event unreadable: the undo is not claimed', async () => {
    const { flow, room } = await meeting(false);
    await fault(flow.emulator, { ...CALLS['properties PATCH'], afterApply: true });
    await fault(flow.emulator, { ...CALLS['read-back GET'], drop: true });
    const outcome = await run(flow, room);
    expect(outcome.state).toBe('unknown');
    expect(outcome.text).toBe(`${t('errorWhereMeeting')} ${t('errorNetwork')} ${t('errorOutcomeUnknown')}`);
  });

  it('two clicks in one task make one booking', async () => {
    const { flow, room } = await meeting(false);
    const [first, second] = await Promise.all([
      bookRoom(flow, bookingInput(room)),
      bookRoom(flow, bookingInput(room)),
    ]);
    expect(second).toBe(first);
    expect(flow.emulator.requestLog().filter((e) => e.method === 'PATCH')).toHaveLength(1);
    expect(await truth(flow, room)).toEqual([{ room: true, properties: true }]);
  });

  it('a click for another room while one books is refused, and starts nothing', async () => {
    const { flow } = await meeting(false);
    const [room, other] = await freeRooms(flow, 2);
    if (!room || !other) throw new Error('no rooms');
    const first = bookRoom(flow, bookingInput(room));
    await expect(bookRoom(flow, bookingInput(other))).rejects.toMatchObject({ kind: 'bookingRunning' });
    await first;
    expect(flow.outlook.mailbox.item().rooms.map((r) => r.email)).toEqual([room.email]);
  });

  it('cancelling from My bookings, then sending the still-open meeting, does not invite the room again', async () => {
    const { flow, room } = await meeting(true);
    const booked = await bookRoom(flow, bookingInput(room));
    const [listed] = await flow.bookings.listMine({
      start: NOW,
      end: new Date(NOW.getTime() + 7 * 86_400_000),
    });
    if (!listed) throw new Error('booking not listed');
    await cancelBooking(flow, listed);
    // The organizer sends the meeting that stayed open beside the pane.
    await flow.outlook.mailbox.send();
    const item = await outlookItem(flow.emulator, booked.eventId);
    expect(item.attendees.map((a) => a.address)).not.toContain(room.email);
    expect(await truth(flow, room)).toEqual([{ room: false, properties: false }]);
  });

  it('a cancel whose answer was lost is found done, not reported as nothing changed', async () => {
    const { flow, room } = await meeting(true);
    const booked = await bookRoom(flow, bookingInput(room));
    await fault(flow.emulator, {
      method: 'PATCH',
      pathPattern: '^/v1\\.0/me/events/',
      afterApply: true,
      count: 1,
    });
    await cancelBooking(flow, { eventId: booked.eventId, record: booked.record });
    expect(await truth(flow, room)).toEqual([{ room: false, properties: false }]);
  });

  it('two panes booking one room: the second is declined and left as it was', async () => {
    const first = await meeting(true);
    await bookRoom(first.flow, bookingInput(first.room));
    // Another organizer's pane, on their own sent meeting at the same time, books the same room.
    const other = installOutlook(first.flow.emulator);
    other.mailbox.update({
      subject: 'Also planning',
      start: SLOT.start,
      end: SLOT.end,
      required: ['adele.vance@contoso.com'],
    });
    await other.mailbox.send();
    const failure = await bookRoom(first.flow, bookingInput(first.room)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(BookingFailure);
    expect(failure).toMatchObject({ kind: 'roomDeclined', state: 'unchanged' });
    const ids = [first.flow.outlook.mailbox.savedState()?.restId, other.mailbox.savedState()?.restId];
    const rooms = await Promise.all(
      ids.map(async (id) =>
        (await outlookItem(first.flow.emulator, id ?? '')).attendees.map((a) => a.address),
      ),
    );
    expect(rooms[0]).toContain(first.room.email);
    expect(rooms[1]).not.toContain(first.room.email);
  });
});
