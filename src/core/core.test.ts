import { availabilityOf } from './availability';
import {
  clearedBooking,
  decodeBooking,
  decodeMirror,
  encodeBooking,
  propertyId,
  ROOMBOOK_PROPERTY_GUID,
} from './bookingProperties';
import { needsConsent, makeConsent, CONSENT_VERSION } from './consent';
import type { BookingRecord, Recurrence } from './model';
import { occurrencesToCheck, scheduleWindows } from './occurrences';
import { rankRooms } from './ranking';
import { defaultCriteria, filterRooms, searchOptions } from './search';
import { makeAppointment, makeRoom } from '../../test/kit/builders';

const record: BookingRecord = {
  resourceId: 'ROOM-1',
  resourceMailbox: 'room-a-201@contoso.com',
  resourceLocation: 'Amber A2.01, Floor 2, Building A',
  capacity: 8,
  searchAttributes: {
    roomList: 'building-a@contoso.com',
    floor: null,
    minCapacity: 4,
    features: ['display'],
    tags: [],
    text: '',
  },
  addinVersion: '1.0.0.0',
  ownerEmail: 'megan.bowen@contoso.com',
};

describe('booking properties', () => {
  it('encodes all seven properties and the mirror, and decodes them back', () => {
    const properties = encodeBooking(record, 'addin-id');
    expect(properties).toHaveLength(8);
    expect(properties[3]).toEqual({ id: `Integer {${ROOMBOOK_PROPERTY_GUID}} Name Capacity`, value: '8' });
    expect(properties[7]?.id).toBe('String {00020329-0000-0000-C000-000000000046} Name cecp-addin-id');
    expect(decodeBooking(properties)).toEqual(record);
    expect(decodeMirror(properties[7]?.value)).toEqual(record);
  });

  it('matches the GUID case-insensitively and the name exactly, and reads a cleared booking as none', () => {
    const lower = encodeBooking(record, 'x').map((p) => ({
      ...p,
      id: p.id.replace(ROOMBOOK_PROPERTY_GUID, ROOMBOOK_PROPERTY_GUID.toLowerCase()),
    }));
    expect(decodeBooking(lower)).toEqual(record);
    expect(
      decodeBooking([
        { id: propertyId('ResourceMailbox').replace('ResourceMailbox', 'resourcemailbox'), value: 'x' },
      ]),
    ).toBeNull();
    expect(decodeBooking(clearedBooking('x'))).toBeNull();
    expect(decodeMirror('{}')).toBeNull();
  });

  it('keeps the mirror within the 2,500 characters Office.js allows', () => {
    const long = { ...record, searchAttributes: { ...record.searchAttributes, text: 'x'.repeat(3000) } };
    const mirror = encodeBooking(long, 'x')[7]?.value ?? '';
    expect(mirror.length).toBeLessThanOrEqual(2500);
    expect(decodeMirror(mirror)?.resourceMailbox).toBe(record.resourceMailbox);
  });
});

describe('occurrences', () => {
  const weekly: Recurrence = {
    type: 'weekly',
    interval: 1,
    daysOfWeek: ['monday'],
    dayOfMonth: null,
    month: null,
    weekIndex: null,
    startDate: '2026-03-16',
    endDate: '2026-04-06',
    numberOfOccurrences: null,
    timeZone: 'Europe/Berlin',
  };

  it('keeps the wall-clock time across the DST change', () => {
    const appointment = makeAppointment({
      start: new Date('2026-03-16T09:00:00Z'),
      end: new Date('2026-03-16T10:00:00Z'),
      recurrence: weekly,
    });
    const starts = occurrencesToCheck(appointment).map((r) => r.start.toISOString());
    // 10:00 in Berlin: UTC+1 until 29 March, UTC+2 after.
    expect(starts).toEqual([
      '2026-03-16T09:00:00.000Z',
      '2026-03-23T09:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
      '2026-04-06T08:00:00.000Z',
    ]);
  });

  it('expands the last Friday of each month, bounded by a count', () => {
    const appointment = makeAppointment({
      start: new Date('2026-01-30T15:00:00Z'),
      end: new Date('2026-01-30T16:00:00Z'),
      recurrence: {
        ...weekly,
        type: 'relativeMonthly',
        daysOfWeek: ['friday'],
        weekIndex: 'last',
        startDate: '2026-01-01',
        endDate: null,
        numberOfOccurrences: 3,
        timeZone: 'UTC',
      },
    });
    expect(occurrencesToCheck(appointment).map((r) => r.start.toISOString().slice(0, 10))).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
    ]);
  });

  it('groups occurrences into getSchedule windows shorter than 62 days', () => {
    const daily = makeAppointment({
      recurrence: {
        ...weekly,
        type: 'daily',
        startDate: '2026-03-04',
        endDate: null,
        numberOfOccurrences: 52,
      },
    });
    const windows = scheduleWindows(occurrencesToCheck(daily));
    expect(windows.length).toBe(1);
    const monthly = makeAppointment({
      recurrence: {
        ...weekly,
        type: 'absoluteMonthly',
        dayOfMonth: 4,
        startDate: '2026-03-04',
        endDate: null,
        numberOfOccurrences: 6,
      },
    });
    const monthlyWindows = scheduleWindows(occurrencesToCheck(monthly));
    expect(monthlyWindows.length).toBeGreaterThan(1);
    for (const w of monthlyWindows) expect(w.end.getTime() - w.start.getTime()).toBeLessThan(62 * 86_400_000);
  });
});

describe('availability and ranking', () => {
  const slot = { start: new Date('2026-03-04T10:00:00Z'), end: new Date('2026-03-04T11:00:00Z') };
  const item = (from: string, to: string, status: 'busy' | 'tentative' = 'busy') => ({
    start: new Date(from),
    end: new Date(to),
    status,
  });

  it('treats touching meetings as no conflict, and errors as unknown', () => {
    expect(
      availabilityOf({ ok: true, items: [item('2026-03-04T09:00:00Z', '2026-03-04T10:00:00Z')] }, [slot])
        .status,
    ).toBe('free');
    expect(
      availabilityOf(
        { ok: true, items: [item('2026-03-04T10:30:00Z', '2026-03-04T12:00:00Z', 'tentative')] },
        [slot],
      ).status,
    ).toBe('tentative');
    expect(availabilityOf({ ok: false, error: 'x' }, [slot]).status).toBe('unknown');
    const series = [slot, { start: new Date('2026-03-11T10:00:00Z'), end: new Date('2026-03-11T11:00:00Z') }];
    expect(
      availabilityOf({ ok: true, items: [item('2026-03-11T10:00:00Z', '2026-03-11T10:30:00Z')] }, series),
    ).toEqual({ status: 'busy', total: 2, freeCount: 1 });
  });

  it('ranks free first, then capacity fit, then the current building, then name', () => {
    const free = { status: 'free' as const, total: 1, freeCount: 1 };
    const rooms = [
      { room: makeRoom({ email: 'big@x', displayName: 'Big', capacity: 20 }), availability: free },
      {
        room: makeRoom({ email: 'busy@x', displayName: 'Busy', capacity: 4 }),
        availability: { status: 'busy' as const, total: 1, freeCount: 0 },
      },
      {
        room: makeRoom({ email: 'b@x', displayName: 'Fit B', capacity: 4, roomListEmail: 'b' }),
        availability: free,
      },
      {
        room: makeRoom({ email: 'a@x', displayName: 'Fit A', capacity: 4, roomListEmail: 'a' }),
        availability: free,
      },
    ];
    const order = rankRooms(rooms, 4, makeRoom({ email: 'current@x', roomListEmail: 'b' })).map(
      (r) => r.room.displayName,
    );
    expect(order).toEqual(['Fit B', 'Fit A', 'Big', 'Busy']);
  });

  it('finds the current building by its name while room lists are not read yet', () => {
    const free = { status: 'free' as const, total: 1, freeCount: 1 };
    const rooms = ['North', 'South'].map((building) => ({
      room: makeRoom({
        email: `${building}@x`,
        displayName: building,
        capacity: 4,
        building,
        roomListEmail: null,
      }),
      availability: free,
    }));
    const current = makeRoom({ email: 'current@x', roomListEmail: 'south-list@x', building: 'South' });
    expect(rankRooms(rooms, 4, current).map((r) => r.room.displayName)).toEqual(['South', 'North']);
  });
});

describe('search', () => {
  const rooms = [
    makeRoom({
      email: 'cafe@x',
      displayName: 'Café Amber',
      capacity: 6,
      features: { display: true, video: true, audio: true, wheelchairAccessible: false, tags: ['Window'] },
    }),
    makeRoom({ email: 'small@x', displayName: 'Birch', capacity: 2 }),
    makeRoom({
      email: 'other@x',
      displayName: 'Cedar',
      capacity: 10,
      roomListEmail: 'building-b@contoso.com',
      floorLabel: 'Floor 3',
    }),
  ];

  it('defaults capacity to attendees plus the organizer', () => {
    expect(defaultCriteria(makeAppointment({ attendeeCount: 5 })).minCapacity).toBe(6);
  });

  it('filters by capacity, features, tags, building, floor and accent-insensitive text', () => {
    const base = defaultCriteria(makeAppointment({ attendeeCount: 2 }));
    expect(filterRooms(rooms, base).map((r) => r.email)).toEqual(['cafe@x', 'other@x']);
    expect(filterRooms(rooms, { ...base, features: ['video'] }).map((r) => r.email)).toEqual(['cafe@x']);
    expect(filterRooms(rooms, { ...base, tags: ['window'] }).map((r) => r.email)).toEqual(['cafe@x']);
    expect(filterRooms(rooms, { ...base, text: 'cafe' }).map((r) => r.email)).toEqual(['cafe@x']);
    expect(
      filterRooms(rooms, { ...base, roomList: 'building-b@contoso.com', floor: 'Floor 3' }).map(
        (r) => r.email,
      ),
    ).toEqual(['other@x']);
    const options = searchOptions(rooms, [], 'building-b@contoso.com');
    expect(options.floors).toEqual(['Floor 3']);
    expect(options.tags).toEqual(['Window']);
  });
});

describe('consent', () => {
  it('asks again for an older version', () => {
    expect(needsConsent(null)).toBe(true);
    expect(needsConsent({ version: CONSENT_VERSION - 1, acceptedAt: '' })).toBe(true);
    expect(needsConsent(makeConsent(new Date()))).toBe(false);
  });
});
