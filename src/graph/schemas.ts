// Graph's shapes, parsed at the adapter boundary; core never sees raw JSON. Tolerant where Microsoft's
// own documentation disagrees with itself (capacity as number, string or null; isWheelChairAccessible
// vs isWheelchairAccessible; displayDevice vs displayDeviceName).
import { z } from 'zod';

const text = z.string().nullish();

export const roomListSchema = z.object({
  id: z.string(),
  emailAddress: z.string(),
  displayName: z.string().nullish(),
});

export const roomSchema = z
  .object({
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
    tags: z.array(z.string()).nullish(),
  })
  .loose();

export type GraphRoom = z.infer<typeof roomSchema>;

export const dateTimeTimeZone = z.object({ dateTime: z.string(), timeZone: z.string().nullish() });

export const scheduleSchema = z.object({
  value: z.array(
    z.object({
      scheduleId: z.string(),
      availabilityView: z.string().nullish(),
      scheduleItems: z
        .array(z.object({ status: z.string(), start: dateTimeTimeZone, end: dateTimeTimeZone }).loose())
        .nullish(),
      error: z.object({ message: z.string().nullish(), responseCode: z.string().nullish() }).nullish(),
    }),
  ),
});

const emailAddress = z.object({ address: z.string().nullish(), name: z.string().nullish() });

export const attendeeSchema = z.object({
  type: z.string().nullish(),
  status: z.object({ response: z.string().nullish() }).nullish(),
  emailAddress: emailAddress,
});

export const locationSchema = z
  .object({
    displayName: z.string().nullish(),
    locationEmailAddress: z.string().nullish(),
    locationType: z.string().nullish(),
  })
  .loose();

export const extendedPropertySchema = z.object({ id: z.string(), value: z.string() });

export const eventSchema = z.object({
  id: z.string(),
  subject: z.string().nullish(),
  start: dateTimeTimeZone.nullish(),
  end: dateTimeTimeZone.nullish(),
  isAllDay: z.boolean().nullish(),
  type: z.string().nullish(),
  seriesMasterId: z.string().nullish(),
  isDraft: z.boolean().nullish(),
  attendees: z.array(attendeeSchema).nullish(),
  location: locationSchema.nullish(),
  locations: z.array(locationSchema).nullish(),
  singleValueExtendedProperties: z.array(extendedPropertySchema).nullish(),
});

export type GraphEvent = z.infer<typeof eventSchema>;

export const meetingTimesSchema = z.object({
  emptySuggestionsReason: z.string().nullish(),
  meetingTimeSuggestions: z.array(
    z.object({
      confidence: z.number().nullish(),
      meetingTimeSlot: z.object({ start: dateTimeTimeZone, end: dateTimeTimeZone }),
      locations: z.array(locationSchema).nullish(),
    }),
  ),
});
