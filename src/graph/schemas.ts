// Graph's shapes, parsed at the adapter boundary; core never sees raw JSON. Tolerant where Microsoft's
// own documentation disagrees with itself (capacity as number, string or null; isWheelChairAccessible
// vs isWheelchairAccessible; displayDevice vs displayDeviceName). Every object keeps only the fields
// named here (zod strips the rest), so what Graph sends beyond them (a schedule item's subject, a
// PATCH answer's body) is dropped as the answer is read. Dates become instants here: an unreadable
// date fails the parse like any other wrong shape, never later as a stray exception.
// zod/mini: the same parser as zod's classic API, without the methods on every schema (and the JSON
// Schema conversion they bring), a third of its size in the pane.
import * as z from 'zod/mini';
import { instantOf } from './time';

const text = z.nullish(z.string());

export const roomListSchema = z.object({
  id: z.string(),
  emailAddress: z.string(),
  displayName: z.nullish(z.string()),
  // Only the city is kept: it names the building in the pane and in search.
  address: z.nullish(z.object({ city: text })),
});

export const roomSchema = z.object({
  id: z.string(),
  emailAddress: z.string(),
  displayName: text,
  capacity: z.optional(z.union([z.number(), z.string(), z.null()])),
  building: text,
  floorNumber: z.nullish(z.number()),
  floorLabel: text,
  audioDeviceName: text,
  videoDeviceName: text,
  displayDeviceName: text,
  displayDevice: text,
  isWheelChairAccessible: z.nullish(z.boolean()),
  isWheelchairAccessible: z.nullish(z.boolean()),
  tags: z.nullish(z.array(z.string()).check(z.maxLength(100))),
});

export type GraphRoom = z.infer<typeof roomSchema>;

export const roomMemberSchema = z.pick(roomSchema, { emailAddress: true });

/** dateTimeTimeZone read as an instant. */
export const instantSchema = z.pipe(
  z.object({
    dateTime: z.string().check(z.maxLength(64)),
    timeZone: z.nullish(z.string().check(z.maxLength(128))),
  }),
  z.transform((value, ctx) => {
    const instant = instantOf(value);
    if (instant) return instant;
    ctx.issues.push({ code: 'custom', message: 'unreadable date', input: value });
    return z.NEVER;
  }),
);

const scheduleItemSchema = z.object({ status: z.string(), start: instantSchema, end: instantSchema });

/** One mailbox's answer inside getSchedule, read on its own so that one bad item fails one room. */
export const scheduleInformationSchema = z.object({
  scheduleId: z.string(),
  scheduleItems: z.nullish(z.array(scheduleItemSchema).check(z.maxLength(5_000))),
  error: z.nullish(z.object({ responseCode: z.nullish(z.string()) })),
});

/** getSchedule's envelope: the mailboxes' answers, each still to be read. */
export const scheduleSchema = z.object({
  value: z.array(z.unknown()).check(z.maxLength(100)),
});

const emailAddress = z.object({ address: z.nullish(z.string()), name: z.nullish(z.string()) });

export const attendeeSchema = z.object({
  type: z.nullish(z.string()),
  status: z.nullish(z.object({ response: z.nullish(z.string()) })),
  emailAddress: emailAddress,
});

export const locationSchema = z.object({
  displayName: z.nullish(z.string()),
  locationEmailAddress: z.nullish(z.string()),
  locationType: z.nullish(z.string()),
});

export const extendedPropertySchema = z.object({ id: z.string(), value: z.string() });

export const eventSchema = z.object({
  id: z.string(),
  subject: z.nullish(z.string()),
  start: z.nullish(instantSchema),
  end: z.nullish(instantSchema),
  isAllDay: z.nullish(z.boolean()),
  type: z.nullish(z.string()),
  seriesMasterId: z.nullish(z.string()),
  iCalUId: z.nullish(z.string().check(z.maxLength(1_000))),
  isDraft: z.nullish(z.boolean()),
  attendees: z.nullish(z.array(attendeeSchema).check(z.maxLength(1_000))),
  location: z.nullish(locationSchema),
  locations: z.nullish(z.array(locationSchema).check(z.maxLength(1_000))),
  singleValueExtendedProperties: z.nullish(z.array(extendedPropertySchema).check(z.maxLength(100))),
});

export type GraphEvent = z.infer<typeof eventSchema>;

/** A write's answer: nothing of it is kept, whatever Graph sent back. */
export const noContentSchema = z.pipe(
  z.unknown(),
  z.transform((): undefined => undefined),
);

export const meetingTimesSchema = z.object({
  emptySuggestionsReason: z.nullish(z.string()),
  meetingTimeSuggestions: z
    .array(
      z.object({
        confidence: z.nullish(z.number()),
        meetingTimeSlot: z.object({ start: instantSchema, end: instantSchema }),
        locations: z.nullish(z.array(locationSchema).check(z.maxLength(100))),
      }),
    )
    .check(z.maxLength(100)),
});
