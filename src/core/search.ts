// Filtering the room directory by what the user asked for, and the options the search form offers.
// Runs in memory over the whole directory, so it stays linear and allocation-light for 10,000 rooms.
import type { Appointment, FeatureName, Room, RoomList, SearchCriteria } from './model';

export function defaultCriteria(appointment: Appointment): SearchCriteria {
  return {
    roomList: null,
    floor: null,
    minCapacity: appointment.attendeeCount + 1,
    features: [],
    tags: [],
    text: '',
  };
}

/** Lower-case, accents removed: "Café" matches "cafe". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function floorOf(room: Room): string | null {
  return room.floorLabel ?? (room.floorNumber === null ? null : String(room.floorNumber));
}

function hasFeature(room: Room, feature: FeatureName): boolean {
  return room.features[feature];
}

export function matchesCriteria(room: Room, criteria: SearchCriteria, words: readonly string[]): boolean {
  if (criteria.roomList && room.roomListEmail?.toLowerCase() !== criteria.roomList.toLowerCase())
    return false;
  if (criteria.floor && floorOf(room) !== criteria.floor) return false;
  if (criteria.minCapacity > 1 && (room.capacity ?? 0) < criteria.minCapacity) return false;
  if (!criteria.features.every((feature) => hasFeature(room, feature))) return false;
  if (criteria.tags.length > 0) {
    const tags = room.features.tags.map(fold);
    if (!criteria.tags.every((tag) => tags.includes(fold(tag)))) return false;
  }
  if (words.length > 0) {
    const haystack = fold(
      [
        room.displayName,
        room.building ?? '',
        room.city ?? '',
        floorOf(room) ?? '',
        room.email,
        ...room.features.tags,
      ].join(' '),
    );
    if (!words.every((word) => haystack.includes(word))) return false;
  }
  return true;
}

export function filterRooms(rooms: readonly Room[], criteria: SearchCriteria): Room[] {
  const words = fold(criteria.text).split(/\s+/).filter(Boolean);
  return rooms.filter((room) => matchesCriteria(room, criteria, words));
}

export interface SearchOptions {
  readonly buildings: readonly RoomList[];
  readonly floors: readonly string[];
  readonly tags: readonly string[];
}

/** What the form offers: buildings, the floors of the chosen building, and every tag. */
export function searchOptions(
  rooms: readonly Room[],
  roomLists: readonly RoomList[],
  roomList: string | null,
): SearchOptions {
  const floors = new Set<string>();
  const tags = new Set<string>();
  for (const room of rooms) {
    for (const tag of room.features.tags) tags.add(tag);
    if (roomList && room.roomListEmail?.toLowerCase() !== roomList.toLowerCase()) continue;
    const floor = floorOf(room);
    if (floor) floors.add(floor);
  }
  const collator = new Intl.Collator(undefined, { numeric: true });
  return {
    buildings: [...roomLists].sort((a, b) => collator.compare(a.displayName, b.displayName)),
    floors: [...floors].sort(collator.compare),
    tags: [...tags].sort(collator.compare),
  };
}
