// Result order: free first (for a series, more free occurrences first), then the best capacity fit,
// then the building of the room already chosen, then name. Deterministic for equal rooms.
import type { FreeBusy, RankedRoom, Room } from './model';

const STATUS_ORDER: Record<FreeBusy, number> = { free: 0, tentative: 1, unknown: 2, busy: 3 };
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** How much bigger than needed a room is; rooms of unknown size go last. */
export function capacityWaste(room: Room, minCapacity: number): number {
  return room.capacity === null ? Number.MAX_SAFE_INTEGER : Math.max(0, room.capacity - minCapacity);
}

export function rankRooms(
  rooms: readonly RankedRoom[],
  minCapacity: number,
  currentRoom: Room | null,
): RankedRoom[] {
  // By room list when both rooms' lists are known (they are read after the rooms), else by building.
  const inSameBuilding = (room: Room): boolean =>
    currentRoom !== null &&
    (room.roomListEmail !== null && currentRoom.roomListEmail !== null
      ? room.roomListEmail === currentRoom.roomListEmail
      : room.building !== null && room.building === currentRoom.building);
  const sameBuilding = (room: Room) => (inSameBuilding(room) ? 0 : 1);
  return [...rooms].sort(
    (a, b) =>
      STATUS_ORDER[a.availability.status] - STATUS_ORDER[b.availability.status] ||
      b.availability.freeCount - a.availability.freeCount ||
      capacityWaste(a.room, minCapacity) - capacityWaste(b.room, minCapacity) ||
      sameBuilding(a.room) - sameBuilding(b.room) ||
      collator.compare(a.room.displayName, b.room.displayName) ||
      a.room.email.localeCompare(b.room.email),
  );
}
