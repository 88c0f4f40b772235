// Other times when rooms are free: findMeetingTimes with the rooms as a location constraint.
import type { TimeSuggestion } from '../core/model';
import type { MeetingTimeFinder } from '../core/ports';
import { GRAPH_CALLS } from './calls';
import type { GraphClient } from './client/client';
import { meetingTimesSchema } from './schemas';
import { utcDateTime } from './time';

export function createMeetingTimeFinder(client: GraphClient): MeetingTimeFinder {
  return {
    async suggest({ rooms, window, durationMinutes, maxCandidates }, options): Promise<TimeSuggestion[]> {
      const answer = await client.send(
        {
          method: 'POST',
          path: GRAPH_CALLS.meetingTimes.path,
          scopes: [GRAPH_CALLS.meetingTimes.scope],
          body: {
            attendees: [],
            locationConstraint: {
              isRequired: true,
              suggestLocation: false,
              locations: rooms.map((email) => ({
                locationEmailAddress: email,
                displayName: email,
                resolveAvailability: true,
              })),
            },
            timeConstraint: {
              activityDomain: 'work',
              timeSlots: [{ start: utcDateTime(window.start), end: utcDateTime(window.end) }],
            },
            meetingDuration: `PT${Math.floor(durationMinutes / 60)}H${durationMinutes % 60}M`,
            maxCandidates,
            isOrganizerOptional: false,
            returnSuggestionReasons: false,
          },
        },
        meetingTimesSchema,
        options,
      );
      return answer.meetingTimeSuggestions.map((s) => ({
        start: s.meetingTimeSlot.start,
        end: s.meetingTimeSlot.end,
        roomEmails: (s.locations ?? []).flatMap((l) =>
          l.locationEmailAddress ? [l.locationEmailAddress] : [],
        ),
        confidence: s.confidence ?? 0,
      }));
    },
  };
}
