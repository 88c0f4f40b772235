// Graph's shapes, parsed at the adapter boundary; core never sees raw JSON. Tolerant where Microsoft's
// own documentation disagrees with itself (capacity as number, string or null; isWheelChairAccessible
// vs isWheelchairAccessible; displayDevice vs displayDeviceName). Every object keeps only the fields
// named here (zod strips the rest), so what Graph sends beyond them (a schedule item's subject, a
// PATCH answer's body) is dropped as the answer is read. Dates become instants here: an unreadable
// date fails the parse like any other wrong shape, never later as a stray exception.
import { z } from 'zod';
import { instantOf } from './time';

const text = z.string().nullish();

export const roomListSchema = z.object({
  id: z.string(),
  emailAddress: z.string(),
  displayName: z.string().nullish(),
  // Only the city is kept: it names the building in the pane and in search.
  address: z.object({ city: text }).nullish(),
});

export const roomSchema = z.object({
  id: z.string(),
  emailAddress: z.string(),
  displayName: text,
  capacity: z.union([z.number(), z.string(), z.null()]).optional(),
  building: text,
  floorNumber: z.number().nullish(),
  floorLabel: text,
  audioDeviceName: text,
  videoDeviceName: text,
  displayDeviceName: text,
  displayDevice: text,
  isWheelChairAccessible: z.boolean().nullish(),
  isWheelchairAccessible: z.boolean().nullish(),
  tags: z.array(z.string()).max(100).nullish(),
});

export type GraphRoom = z.infer<typeof roomSchema>;

export const roomMemberSchema = roomSchema.pick({ emailAddress: true });

/** dateTimeTimeZone read as an instant. */
export const instantSchema = z
  .object({ dateTime: z.string().max(64), timeZone: z.string().max(128).nullish() })
  .transform((value, ctx) => {
    const instant = instantOf(value);
    if (instant) return instant;
    ctx.addIssue({ code: 'custom', message: 'unreadable date' });
    return z.NEVER;
  });

const scheduleItemSchema = z.object({ status: z.string(), start: instantSchema, end: instantSchema });

/** One mailbox's answer inside getSchedule, read on its own so that one bad item fails one room. */
export const scheduleInformationSchema = z.object({
  scheduleId: z.string(),
  scheduleItems: z.array(scheduleItemSchema).max(5_000).nullish(),
  error: z.object({ responseCode: z.string().nullish() }).nullish(),
});

/** getSchedule's envelope: the mailboxes' answers, each still to be read. */
export const scheduleSchema = z.object({
  value: z.array(z.unknown()).max(100),
});

const emailAddress = z.object({ address: z.string().nullish(), name: z.string().nullish() });

export const attendeeSchema = z.object({
  type: z.string().nullish(),
  status: z.object({ response: z.string().nullish() }).nullish(),
  emailAddress: emailAddress,
});

export const locationSchema = z.object({
  displayName: z.string().nullish(),
  locationEmailAddress: z.string().nullish(),
  locationType: z.string().nullish(),
});

export const extendedPropertySchema = z.object({ id: z.string(), value: z.string() });

export const eventSchema = z.object({
  id: z.string(),
  subject: z.string().nullish(),
  start: instantSchema.nullish(),
  end: instantSchema.nullish(),
  isAllDay: z.boolean().nullish(),
  type: z.string().nullish(),
  seriesMasterId: z.string().nullish(),
  isDraft: z.boolean().nullish(),
  attendees: z.array(attendeeSchema).max(1_000).nullish(),
  location: locationSchema.nullish(),
  locations: z.array(locationSchema).max(1_000).nullish(),
  singleValueExtendedProperties: z.array(extendedPropertySchema).max(100).nullish(),
});

export type GraphEvent = z.infer<typeof eventSchema>;

/** A write's answer: nothing of it is kept, whatever Graph sent back. */
export const noContentSchema = z.unknown().transform((): undefined => undefined);

export const meetingTimesSchema = z.object({
  emptySuggestionsReason: z.string().nullish(),
  meetingTimeSuggestions: z
    .array(
      z.object({
        confidence: z.number().nullish(),
        meetingTimeSlot: z.object({ start: instantSchema, end: instantSchema }),
        locations: z.array(locationSchema).max(100).nullish(),
      }),
    )
    .max(100),
});
