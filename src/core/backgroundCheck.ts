// The matching rooms the first results did not check, checked in the background one round trip at a
// time: a round trip already uses the four requests Outlook runs at once for the mailbox, so running
// more side by side would only queue them in the client's limiter, ahead of what the user does next
// (a booking's calls wait for at most one round trip). Stops when the caller's signal aborts.
import { checkRooms, roomsPerRoundTrip } from './availabilityCheck';
import type { RankedRoom, Room, TimeRange } from './model';
import type { ScheduleSource } from './ports';

export async function checkRemaining(
  deps: { readonly schedules: ScheduleSource },
  input: {
    readonly unchecked: readonly Room[];
    readonly occurrences: readonly TimeRange[];
    readonly windows: readonly TimeRange[];
    /** The room that accepted this meeting, if any (roomSearch.ts): judged as the first results judged it. */
    readonly acceptedRoom?: string | null;
    /** Rooms per round trip (default: as many as four requests can check). */
    readonly batchSize?: number;
    /** Each round trip's rooms, as soon as they are checked. */
    readonly onChecked: (checked: readonly RankedRoom[]) => void;
  },
  options?: { readonly signal?: AbortSignal },
): Promise<void> {
  const size = Math.max(1, input.batchSize ?? roomsPerRoundTrip(input.windows.length));
  for (let at = 0; at < input.unchecked.length; at += size) {
    if (options?.signal?.aborted) return;
    const checked = await checkRooms(
      deps.schedules,
      input.unchecked.slice(at, at + size),
      input,
      options,
    ).catch((error: unknown) => {
      // Stopped on purpose (a new search, the pane closing): not a failure to report.
      if (options?.signal?.aborted) return null;
      throw error;
    });
    if (!checked) return;
    input.onChecked(checked);
  }
}
