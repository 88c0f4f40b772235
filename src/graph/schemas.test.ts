// The adapters' parsers read Microsoft's own documented responses (test/fixtures/graph-samples), quirks
// included: capacity as a string, the two spellings of wheelchair access, displayDevice, times in a
// Windows zone with seven fractional digits, overlapping schedule items.
import { toRoom } from './places';
import {
  eventSchema,
  meetingTimesSchema,
  roomListSchema,
  roomSchema,
  scheduleInformationSchema,
  scheduleSchema,
} from './schemas';
import { pageSchema } from './client/paging';
import { readSample } from '../../test/kit/graphSamples';

const sample = (name: string): unknown => JSON.parse(readSample(name));

describe("parsers on Microsoft's documented responses", () => {
  it('reads rooms from both versions of the Places documentation', () => {
    const current = pageSchema(roomSchema).parse(sample('places-rooms.response.json')).value;
    const older = pageSchema(roomSchema).parse(sample('roomlist-rooms.bldg2-older.response.json')).value;
    const rooms = [...current, ...older].map((raw) => toRoom(raw, null));
    expect(rooms.length).toBeGreaterThan(2);
    for (const room of rooms) expect(room.email).toMatch(/@/);
    const cf200 = rooms.find((room) => room.email === 'cf200@contoso.com');
    // The older page writes capacity as a string and isWheelchairAccessible with a lower-case c.
    expect(cf200?.capacity).toBe(40);
    expect(typeof cf200?.features.wheelchairAccessible).toBe('boolean');
    expect(rooms.some((room) => room.features.display)).toBe(true);
  });

  it('reads room lists, and a room list answered where a room was asked for (a doc bug)', () => {
    const lists = pageSchema(roomListSchema).parse(sample('places-roomlists.response.json')).value;
    expect(lists.map((list) => list.emailAddress)).toEqual(
      expect.arrayContaining(['bldg1@contoso.com', 'bldg2@contoso.com']),
    );
    expect(roomListSchema.safeParse(sample('place-get-room.response.json')).success).toBe(true);
  });

  it('reads getSchedule with a custom time zone and overlapping items, in instants', () => {
    const schedules = scheduleSchema.parse(sample('getschedule.response.json')).value;
    expect(schedules).toHaveLength(2);
    const first = scheduleInformationSchema.parse(schedules[0]).scheduleItems?.[0];
    // 12:00 Pacific Standard Time on 15 March 2019 is daylight time: 19:00 UTC.
    expect(first?.start.toISOString()).toBe('2019-03-15T19:00:00.000Z');
    // What Exchange says about the meeting in a room's busy block (its subject) is not kept.
    expect(Object.keys(first ?? {}).sort()).toEqual(['end', 'start', 'status']);
  });

  it('reads findMeetingTimes suggestions given in a Windows zone', () => {
    const result = meetingTimesSchema.parse(sample('findmeetingtimes.response.json'));
    expect(result.meetingTimeSuggestions.length).toBeGreaterThan(1);
    for (const suggestion of result.meetingTimeSuggestions) {
      const { start, end } = suggestion.meetingTimeSlot;
      expect(end.getTime()).toBeGreaterThan(start.getTime());
    }
  });

  it('reads events in a Windows zone, with several locations, and a page of a calendar view', () => {
    const event = eventSchema.parse(sample('event-get.response.json'));
    expect(event.start?.toISOString()).toBe('2017-04-21T17:00:00.000Z');
    expect(event.attendees?.length).toBeGreaterThan(0);
    const multi = eventSchema.parse(sample('event-get-multiple-locations.response.json'));
    expect(multi.locations?.length).toBeGreaterThan(1);
    const page = pageSchema(eventSchema).parse(sample('calendarview-group.response.json'));
    expect(page['@odata.nextLink']).toMatch(/^https:\/\/graph\.microsoft\.com\//);
    expect(page.value).toHaveLength(2);
  });

  it('reads single-value extended properties as Graph expands them', () => {
    const message = sample('message-extprops-get.response.json') as Record<string, unknown>;
    const parsed = eventSchema.parse(message);
    expect(parsed.singleValueExtendedProperties?.[0]?.id).toMatch(/^String \{[0-9a-f-]+\} Name Color$/i);
  });
});
