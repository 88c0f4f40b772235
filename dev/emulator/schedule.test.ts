import fc from 'fast-check';
import { createEmulator } from './index';
import { client, FIXED_NOW } from './testClient';
import { readSample } from '../../test/kit/graphSamples';

function requestBody(file: string): unknown {
  const text = readSample(file);
  return JSON.parse(text.slice(text.indexOf('\n\n') + 2));
}

const window = (schedules: string[], extra: Record<string, unknown> = {}) => ({
  schedules,
  startTime: { dateTime: '2026-03-04T08:00:00', timeZone: 'UTC' },
  endTime: { dateTime: '2026-03-04T18:00:00', timeZone: 'UTC' },
  availabilityViewInterval: 30,
  ...extra,
});

describe('getSchedule', () => {
  const emulator = createEmulator({ seed: 11, now: () => FIXED_NOW });
  const call = client(emulator);
  const rooms = emulator.tenant.rooms.map((room) => room.emailAddress);

  it('accepts the documented request, Windows time zone and all, and answers per schedule', async () => {
    const documented = requestBody('getschedule.request.http') as { schedules: string[] };
    const result = await call('POST', '/v1.0/me/calendar/getSchedule', documented, {
      Prefer: 'outlook.timezone="Pacific Standard Time"',
    });
    expect(result.status).toBe(200);
    const value = result.json.value as { scheduleId: string; error?: { responseCode: string } }[];
    expect(value.map((v) => v.scheduleId)).toEqual(documented.schedules);
    // The documented addresses are not in our tenant: each gets its own error, the request still succeeds.
    expect(value.every((v) => v.error?.responseCode === 'ErrorMailRecipientNotFound')).toBe(true);
  });

  it('computes availabilityView digits consistent with scheduleItems', async () => {
    const result = await call('POST', '/v1.0/me/calendar/getSchedule', window(rooms.slice(0, 20)));
    const value = result.json.value as {
      availabilityView: string;
      scheduleItems: { status: string; start: { dateTime: string } }[];
    }[];
    expect(value).toHaveLength(20);
    for (const schedule of value) {
      expect(schedule.availabilityView).toMatch(/^[0-4]{20}$/);
      expect(schedule.availabilityView.replace(/0/g, '').length > 0).toBe(schedule.scheduleItems.length > 0);
    }
    expect(value.some((s) => s.availabilityView.includes('2'))).toBe(true);
    expect(value.some((s) => /^0+$/.test(s.availabilityView.slice(0, 4)))).toBe(true);
  });

  it('rejects 21 schedules, a window of 62 days and a bad interval with 400', async () => {
    expect((await call('POST', '/v1.0/me/calendar/getSchedule', window(rooms.slice(0, 21)))).status).toBe(
      400,
    );
    const long = window(rooms.slice(0, 1), { endTime: { dateTime: '2026-05-05T08:00:00', timeZone: 'UTC' } });
    const tooLong = await call('POST', '/v1.0/me/calendar/getSchedule', long);
    expect(tooLong.status).toBe(400);
    expect((tooLong.json.error as { code: string }).code).toBe('ErrorInvalidParameter');
    expect(
      (
        await call(
          'POST',
          '/v1.0/me/calendar/getSchedule',
          window(rooms.slice(0, 1), { availabilityViewInterval: 4 }),
        )
      ).status,
    ).toBe(400);
    const under = window(rooms.slice(0, 1), {
      endTime: { dateTime: '2026-05-05T07:59:00', timeZone: 'UTC' },
    });
    expect((await call('POST', '/v1.0/me/calendar/getSchedule', under)).status).toBe(200);
  });

  it("answers a narrow window with the whole day's answer clipped to it", async () => {
    // Seeded busy blocks are a function of (room, day): the window asked through must not change them.
    type Item = { start: { dateTime: string }; end: { dateTime: string } };
    type Schedule = { availabilityView: string; scheduleItems: Item[] };
    const DAY = Date.UTC(2026, 2, 4);
    const SLOT = 1_800_000;
    const at = (slot: number) => new Date(DAY + slot * SLOT).toISOString().slice(0, 19);
    const instant = (dateTime: string) => Date.parse(`${dateTime.slice(0, 19)}Z`);
    const ask = async (from: number, to: number) => {
      const result = await call('POST', '/v1.0/me/calendar/getSchedule', {
        schedules: rooms.slice(0, 20),
        startTime: { dateTime: at(from), timeZone: 'UTC' },
        endTime: { dateTime: at(to), timeZone: 'UTC' },
        availabilityViewInterval: 30,
      });
      return result.json.value as Schedule[];
    };
    const clipped = (whole: Schedule, from: number, to: number): Schedule => ({
      ...whole,
      availabilityView: whole.availabilityView.slice(from, to),
      scheduleItems: whole.scheduleItems.filter(
        (item) =>
          instant(item.start.dateTime) < DAY + to * SLOT && instant(item.end.dateTime) > DAY + from * SLOT,
      ),
    });
    const day = await ask(0, 48);
    expect(day.some((s) => s.scheduleItems.length > 0)).toBe(true);
    // The question from the issue: 10:00–11:00 against the whole day.
    expect(await ask(20, 22)).toEqual(day.map((whole) => clipped(whole, 20, 22)));
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 0, max: 47 })
          .chain((from) => fc.tuple(fc.constant(from), fc.integer({ min: from + 1, max: 48 }))),
        async ([from, to]) => {
          expect(await ask(from, to)).toEqual(day.map((whole) => clipped(whole, from, to)));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('returns times in the preferred zone', async () => {
    const result = await call('POST', '/v1.0/me/calendar/getSchedule', window(rooms.slice(0, 20)), {
      Prefer: 'outlook.timezone="W. Europe Standard Time"',
    });
    const items = (
      result.json.value as { scheduleItems: { start: { dateTime: string; timeZone: string } }[] }[]
    ).flatMap((s) => s.scheduleItems);
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]?.start.timeZone).toBe('W. Europe Standard Time');
    // Seeded meetings run 08:00–18:00 UTC, which is 09:00–19:00 in Berlin in March.
    expect(items.every((i) => Number(i.start.dateTime.slice(11, 13)) >= 9)).toBe(true);
  });

  it('takes any Windows zone CLDR knows, in the request and in Prefer', async () => {
    const result = await call(
      'POST',
      '/v1.0/me/calendar/getSchedule',
      window(rooms.slice(0, 20), {
        // 13:45 in Kathmandu (UTC+05:45) is 08:00 UTC.
        startTime: { dateTime: '2026-03-04T13:45:00', timeZone: 'Nepal Standard Time' },
        endTime: { dateTime: '2026-03-04T23:45:00', timeZone: 'Nepal Standard Time' },
      }),
      { Prefer: 'outlook.timezone="Nepal Standard Time"' },
    );
    const value = result.json.value as {
      availabilityView: string;
      scheduleItems: { start: { dateTime: string; timeZone: string } }[];
    }[];
    const utc = await call('POST', '/v1.0/me/calendar/getSchedule', window(rooms.slice(0, 20)));
    expect(value.map((s) => s.availabilityView)).toEqual(
      (utc.json.value as { availabilityView: string }[]).map((s) => s.availabilityView),
    );
    const items = value.flatMap((s) => s.scheduleItems);
    expect(items.length).toBeGreaterThan(0);
    // Seeded meetings start on the hour or half hour UTC: a quarter to or past in Kathmandu.
    expect(items.every((i) => /:(15|45):00/.test(i.start.dateTime))).toBe(true);
    expect(items[0]?.start.timeZone).toBe('Nepal Standard Time');
  });
});

describe('findMeetingTimes', () => {
  const emulator = createEmulator({ seed: 11, now: () => FIXED_NOW });
  const call = client(emulator);

  it('accepts the documented request with its string-typed booleans', async () => {
    const documented = requestBody('findmeetingtimes.request.http');
    const result = await call('POST', '/v1.0/me/findMeetingTimes', documented, {
      Prefer: 'outlook.timezone="Pacific Standard Time"',
    });
    expect(result.status).toBe(200);
    expect(result.json).toHaveProperty('meetingTimeSuggestions');
    expect(result.json).toHaveProperty('emptySuggestionsReason');
  });

  it('suggests times at which a requested room is free', async () => {
    const rooms = emulator.tenant.rooms.slice(0, 3).map((room) => ({
      displayName: room.displayName,
      locationEmailAddress: room.emailAddress,
      resolveAvailability: true,
    }));
    const result = await call('POST', '/v1.0/me/findMeetingTimes', {
      attendees: [{ type: 'required', emailAddress: { address: 'adele.vance@contoso.com' } }],
      locationConstraint: { isRequired: true, suggestLocation: false, locations: rooms },
      timeConstraint: {
        activityDomain: 'work',
        timeSlots: [
          {
            start: { dateTime: '2026-03-04T08:00:00', timeZone: 'UTC' },
            end: { dateTime: '2026-03-05T18:00:00', timeZone: 'UTC' },
          },
        ],
      },
      meetingDuration: 'PT1H',
      maxCandidates: 5,
    });
    const suggestions = result.json.meetingTimeSuggestions as {
      confidence: number;
      locations: { locationEmailAddress: string }[];
      meetingTimeSlot: { start: { dateTime: string } };
    }[];
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(5);
    for (const suggestion of suggestions) expect(suggestion.locations.length).toBeGreaterThan(0);
    const check = await call('POST', '/v1.0/me/calendar/getSchedule', {
      schedules: [suggestions[0]?.locations[0]?.locationEmailAddress],
      startTime: { dateTime: suggestions[0]?.meetingTimeSlot.start.dateTime, timeZone: 'UTC' },
      endTime: {
        dateTime: new Date(
          Date.parse(`${suggestions[0]?.meetingTimeSlot.start.dateTime.slice(0, 19)}Z`) + 3_600_000,
        )
          .toISOString()
          .slice(0, 19),
        timeZone: 'UTC',
      },
      availabilityViewInterval: 60,
    });
    expect((check.json.value as { availabilityView: string }[])[0]?.availabilityView).toBe('0');
  });
});
