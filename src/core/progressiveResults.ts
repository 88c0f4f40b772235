// How rooms checked in the background join the results without moving the list under the user's
// pointer: rooms already shown keep their places; rooms that are not free go below them (ranked
// among themselves); free ones are held and counted, and join the ranking only when the user asks
// (a clear boundary), or with the next search.
import type { RankedRoom, Room } from './model';
import { rankRooms } from './ranking';

export interface ProgressiveResults {
  /** The list on screen, in the order shown. */
  readonly shown: readonly RankedRoom[];
  /** Free rooms checked since, not yet in the list. */
  readonly held: readonly RankedRoom[];
  /** Rooms whose availability is known (shown and held). */
  readonly checked: number;
  readonly total: number;
}

export interface RankingContext {
  readonly minCapacity: number;
  readonly currentRoom: Room | null;
}

export function startResults(first: readonly RankedRoom[], total: number): ProgressiveResults {
  return { shown: first, held: [], checked: first.length, total };
}

export function addChecked(
  state: ProgressiveResults,
  arrived: readonly RankedRoom[],
  context: RankingContext,
): ProgressiveResults {
  const ranked = rankRooms(arrived, context.minCapacity, context.currentRoom);
  const free = ranked.filter((r) => r.availability.status === 'free');
  const others = ranked.filter((r) => r.availability.status !== 'free');
  return {
    shown: [...state.shown, ...others],
    held: rankRooms([...state.held, ...free], context.minCapacity, context.currentRoom),
    checked: state.checked + arrived.length,
    total: state.total,
  };
}

/** The user asked to see the held rooms: everything checked, ranked together. */
export function revealHeld(state: ProgressiveResults, context: RankingContext): ProgressiveResults {
  return {
    ...state,
    shown: rankRooms([...state.shown, ...state.held], context.minCapacity, context.currentRoom),
    held: [],
  };
}
