// Every adapter's parsers and paging loops against answers no honest Graph sends: arbitrary,
// truncated and crafted JSON (absurd counts, `__proto__`/`constructor` keys, hostile zone names,
// batch envelopes that lie). Each call must end with a value or the one GraphError, after a bounded
// number of requests: never another exception, never a hang.
import fc from 'fast-check';
import { PROPERTY_NAMES, propertyId } from '../core/bookingProperties';
import { createGraphClient, type FetchLike } from './client/client';
import { GraphError } from './client/graphError';
import { createBookingStore } from './events';
import { createMeetingTimeFinder } from './meetingTimes';
import { createRoomDirectory } from './places';
import { createScheduleSource } from './schedule';

const BASE = 'https://graph.test/v1.0';
const MAX_REQUESTS = 2_000;
const WINDOW = { start: new Date('2026-03-04T08:00:00Z'), end: new Date('2026-03-04T18:00:00Z') };
const MAILBOXES = Array.from({ length: 25 }, (_, i) => `room${i}@contoso.test`);

const key = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'value',
    '@odata.count',
    '@odata.nextLink',
    'responses',
    'id',
    'status',
    'headers',
    'body',
    'scheduleId',
    'scheduleItems',
    'start',
    'end',
    'dateTime',
    'timeZone',
    'emailAddress',
    'singleValueExtendedProperties',
    'meetingTimeSuggestions',
    'error',
  ),
  fc.string({ maxLength: 6 }),
);
const leaf = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(1e300, -1, 1.5, 2 ** 53 + 2, 0),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'UTC',
    '__proto__',
    'constructor',
    'Pacific Standard Time',
    '2026-03-04T09:00:00',
    'not a date',
  ),
  fc.constantFrom(
    `${BASE}/me/calendarView?$select=subject&$skiptoken=x`,
    'https://evil.test/v1.0/x',
    'room1@contoso.test',
  ),
);
const value: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(key, tie('node'), { maxKeys: 5 }),
  ),
})).node;

/** A known object with hostile extra keys mixed in (`__proto__` stays an own key through JSON). */
const withExtras = <T extends object>(known: fc.Arbitrary<T>) =>
  fc.tuple(known, fc.dictionary(key, leaf, { maxKeys: 2 })).map(([o, extra]) => ({ ...extra, ...o }));
const date = fc.oneof(
  fc.constantFrom('2026-03-04T09:00:00', '2026-03-04T10:30:00.0000000'),
  fc.string({ maxLength: 20 }),
);
const zone = fc.constantFrom(
  'UTC',
  'Pacific Standard Time',
  '__proto__',
  'constructor',
  'toString',
  'Mars/Olympus',
  '',
);
const instant = withExtras(fc.record({ dateTime: date, timeZone: zone }));
const room = withExtras(
  fc.record({ id: fc.string({ maxLength: 8 }), emailAddress: fc.oneof(fc.constantFrom(...MAILBOXES), leaf) }),
);
/** A page of rooms of a telling length (empty, short, full, longer than $top) and a telling count. */
const page = withExtras(
  fc.record(
    {
      value: fc
        .tuple(room, fc.constantFrom(0, 1, 99, 100, 101))
        .map(([r, n]) => Array.from({ length: n }, (_, i) => ({ ...r, id: `${r.id}${i}` }))),
      '@odata.count': fc.constantFrom(0, 100, 250, 1e9, 1e300, -1, 1.5, 2 ** 53 + 2),
      '@odata.nextLink': fc.constantFrom(
        `${BASE}/me/calendarView?$select=subject&$skiptoken=same`,
        'https://evil.test/v1.0/me/calendarView',
        `${BASE}/me/events/1/attachments`,
      ),
    },
    { requiredKeys: ['value'] },
  ),
);
const scheduleInformation = withExtras(
  fc.record(
    {
      scheduleId: fc.oneof(fc.constantFrom(...MAILBOXES, 'intruder@contoso.test'), leaf),
      scheduleItems: fc.array(
        withExtras(
          fc.record({
            status: fc.constantFrom('busy', 'free', 'oof', 'weird'),
            start: instant,
            end: instant,
          }),
        ),
        { maxLength: 3 },
      ),
      error: withExtras(fc.record({ responseCode: fc.oneof(fc.string({ maxLength: 8 }), leaf) })),
    },
    { requiredKeys: ['scheduleId'] },
  ),
);
const event = withExtras(
  fc.record(
    {
      id: fc.string({ maxLength: 8 }),
      start: instant,
      end: instant,
      seriesMasterId: fc.constantFrom('m1', null),
      singleValueExtendedProperties: fc.array(
        fc.record({
          id: fc.constantFrom(...PROPERTY_NAMES.map((n) => propertyId(n))),
          value: fc.string({ maxLength: 30 }),
        }),
        { maxLength: 8 },
      ),
    },
    { requiredKeys: ['id'] },
  ),
);
const batchOf = (body: fc.Arbitrary<unknown>) =>
  fc.record({
    responses: fc.array(
      fc.record({
        id: fc.constantFrom('0', '1', '2', '__proto__', 'x', '00'),
        status: fc.oneof(fc.constantFrom(200, 200, 429, 503, 404), fc.integer()),
        headers: fc.dictionary(key, leaf, { maxKeys: 3 }),
        body: fc.oneof(value, body),
      }),
      { maxLength: 6 },
    ),
  });
const schedules = fc.record({ value: fc.array(scheduleInformation, { maxLength: 4 }) });
const events = fc.record(
  {
    value: fc.array(event, { maxLength: 4 }),
    '@odata.nextLink': fc.constantFrom(
      `${BASE}/me/calendarView?$select=subject&$skiptoken=x`,
      'https://evil.test/',
    ),
  },
  { requiredKeys: ['value'] },
);
const suggestions = fc.record({
  meetingTimeSuggestions: fc.array(
    fc.record({ meetingTimeSlot: fc.record({ start: instant, end: instant }) }),
    {
      maxLength: 3,
    },
  ),
});

/** What the fake Graph answers: arbitrary JSON or JSON shaped like `crafted`, sometimes cut short. */
const answersOf = (crafted: fc.Arbitrary<unknown>) =>
  fc.array(
    fc.record({
      status: fc.constantFrom(200, 200, 200, 200, 200, 201, 204, 400, 403, 404, 429, 500, 503),
      text: fc.oneof(
        value.map((v) => JSON.stringify(v) ?? ''),
        crafted.map((v) => JSON.stringify(v)),
        crafted.map((v) => JSON.stringify(v)),
        crafted.map((v) => JSON.stringify(v)),
        crafted.chain((v) => {
          const text = JSON.stringify(v);
          return fc.nat({ max: text.length }).map((cut) => text.slice(0, cut));
        }),
      ),
    }),
    { minLength: 1, maxLength: 6 },
  );

function hostileClient(answers: readonly { status: number; text: string }[]) {
  let requests = 0;
  const fetch: FetchLike = async () => {
    const pick = answers[requests % answers.length] ?? { status: 200, text: '' };
    requests += 1;
    if (requests > MAX_REQUESTS) throw new Error('unbounded');
    return new Response(pick.status === 204 ? null : pick.text, {
      status: pick.status,
      headers: { 'retry-after': '0' },
    });
  };
  const client = createGraphClient({
    baseUrl: BASE,
    tokens: { getToken: async () => 'token', signOut: async () => undefined },
    fetch,
    sleep: async () => undefined,
    random: () => 0,
  });
  return { client, requests: () => requests };
}

async function settles(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    return error;
  }
}

const runs = { numRuns: 100 };

describe('hostile answers end in a value or the one GraphError', () => {
  it('the room directory', async () => {
    await fc.assert(
      fc.asyncProperty(answersOf(page), async (list) => {
        const { client, requests } = hostileClient(list);
        const directory = createRoomDirectory(client);
        const rooms = await settles(() => directory.listRooms());
        if (Array.isArray(rooms)) expect(rooms.length).toBeLessThanOrEqual(50_000);
        await settles(() => directory.listRoomLists());
        expect(requests()).toBeLessThan(MAX_REQUESTS);
      }),
      // A directory read is up to a hundred room lists' memberships: fewer runs, as many shapes.
      { numRuns: 30 },
    );
  });

  it('schedules: always a map of the rooms asked about, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(answersOf(fc.oneof(batchOf(schedules), schedules)), async (list) => {
        const { client, requests } = hostileClient(list);
        const result = await createScheduleSource(client).getSchedules(MAILBOXES, WINDOW);
        expect([...result.keys()].sort()).toEqual([...MAILBOXES].sort());
        for (const schedule of result.values())
          if (schedule.ok)
            for (const item of schedule.items) expect(Number.isFinite(item.start.getTime())).toBe(true);
        expect(requests()).toBeLessThan(MAX_REQUESTS);
      }),
      runs,
    );
  });

  it('bookings: read, write, cancel and My bookings', async () => {
    await fc.assert(
      fc.asyncProperty(answersOf(fc.oneof(events, event)), async (list) => {
        const { client, requests } = hostileClient(list);
        const store = createBookingStore(client, 'addin-1');
        await settles(() => store.read('AAMk1'));
        await settles(() => store.cancel('AAMk1'));
        const mine = await settles(() => store.listMine(WINDOW));
        if (Array.isArray(mine)) expect(mine.length).toBeLessThanOrEqual(5_000);
        expect(requests()).toBeLessThan(MAX_REQUESTS);
      }),
      runs,
    );
  });

  it('other times (findMeetingTimes)', async () => {
    await fc.assert(
      fc.asyncProperty(answersOf(suggestions), async (list) => {
        const { client } = hostileClient(list);
        await settles(() =>
          createMeetingTimeFinder(client).suggest({
            rooms: MAILBOXES.slice(0, 3),
            window: WINDOW,
            durationMinutes: 30,
            maxCandidates: 5,
          }),
        );
      }),
      runs,
    );
  });
});

describe('one unreadable schedule fails one room, not the search', () => {
  const item = (dateTime: string, timeZone = 'UTC') => ({
    status: 'busy',
    subject: 'Board meeting (not kept)',
    start: { dateTime, timeZone },
    end: { dateTime: '2026-03-04T11:00:00', timeZone: 'UTC' },
  });
  const scheduleAnswer = (info: unknown[]) => ({ value: info });

  it.each([
    ['an unreadable date', item('next Tuesday')],
    ['a zone named __proto__', item('2026-03-04T10:00:00', '__proto__')],
    ['a zone named constructor', item('2026-03-04T10:00:00', 'constructor')],
  ])('%s leaves that room unknown and the other rooms read', async (_what, bad) => {
    const fetch: FetchLike = async () =>
      new Response(
        JSON.stringify(
          scheduleAnswer([
            { scheduleId: 'a@contoso.test', scheduleItems: [item('2026-03-04T10:00:00')] },
            { scheduleId: 'b@contoso.test', scheduleItems: [item('2026-03-04T10:00:00'), bad] },
            { scheduleId: 'intruder@contoso.test', scheduleItems: [] },
          ]),
        ),
        { status: 200 },
      );
    const client = createGraphClient({
      baseUrl: BASE,
      tokens: { getToken: async () => 't', signOut: async () => undefined },
      fetch,
    });
    const result = await createScheduleSource(client).getSchedules(
      ['a@contoso.test', 'b@contoso.test'],
      WINDOW,
    );
    expect(result.get('a@contoso.test')).toEqual({
      ok: true,
      items: [
        { start: new Date('2026-03-04T10:00:00Z'), end: new Date('2026-03-04T11:00:00Z'), status: 'busy' },
      ],
    });
    expect(result.get('b@contoso.test')).toEqual({ ok: false, error: 'unreadable' });
    expect(result.has('intruder@contoso.test')).toBe(false);
  });
});
