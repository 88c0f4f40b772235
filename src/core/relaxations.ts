// When a filter is what keeps every free room out: the searches one step wider (any building, no
// equipment filter, the next room size down), each with how many rooms it adds that are free for
// the whole meeting (every date of a series). Only rooms the filter excluded are checked, the best
// fitting round trip of them, so the count is a floor: "at least this many".
import { checkRooms, roomsPerRoundTrip } from './availabilityCheck';
import type { Appointment, SearchCriteria } from './model';
import { occurrencesToCheck, scheduleWindows } from './occurrences';
import type { RoomDirectory, ScheduleSource } from './ports';
import { candidatesByFit } from './roomSearch';
import { filterRooms } from './search';

export type RelaxationKind = 'building' | 'equipment' | 'seats';

export interface Relaxation {
  readonly kind: RelaxationKind;
  /** The criteria to search with instead. */
  readonly criteria: SearchCriteria;
  /** Free rooms this adds (at least). */
  readonly freeRooms: number;
}

export async function findRelaxations(
  deps: { readonly directory: RoomDirectory; readonly schedules: ScheduleSource },
  input: { readonly appointment: Appointment; readonly criteria: SearchCriteria },
  options?: { readonly signal?: AbortSignal },
): Promise<Relaxation[]> {
  const { criteria } = input;
  const rooms = await deps.directory.listRooms({ withRoomLists: criteria.roomList !== null });
  const matching = new Set(filterRooms(rooms, criteria).map((room) => room.email.toLowerCase()));
  const wider: { kind: RelaxationKind; criteria: SearchCriteria }[] = [];
  if (criteria.roomList !== null || criteria.floor !== null)
    wider.push({ kind: 'building', criteria: { ...criteria, roomList: null, floor: null } });
  if (criteria.features.length > 0 || criteria.tags.length > 0)
    wider.push({ kind: 'equipment', criteria: { ...criteria, features: [], tags: [] } });
  // The next size down among the rooms the other filters allow.
  const smaller = filterRooms(rooms, { ...criteria, minCapacity: 1 })
    .map((room) => room.capacity ?? 0)
    .filter((capacity) => capacity > 0 && capacity < criteria.minCapacity);
  if (smaller.length > 0)
    wider.push({ kind: 'seats', criteria: { ...criteria, minCapacity: Math.max(...smaller) } });
  const occurrences = occurrencesToCheck(input.appointment);
  const windows = scheduleWindows(occurrences);
  const found = await Promise.all(
    wider.map(async (relaxed) => {
      const added = filterRooms(rooms, relaxed.criteria).filter(
        (room) => !matching.has(room.email.toLowerCase()),
      );
      const candidates = candidatesByFit(added, relaxed.criteria.minCapacity).slice(
        0,
        roomsPerRoundTrip(windows.length),
      );
      const checked = await checkRooms(deps.schedules, candidates, { occurrences, windows }, options);
      return { ...relaxed, freeRooms: checked.filter((r) => r.availability.status === 'free').length };
    }),
  );
  return found.filter((relaxation) => relaxation.freeRooms > 0);
}
