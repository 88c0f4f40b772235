// What Roombook remembers for a user between meetings: favourite rooms and the filters last used.
// Kept in the mailbox's roaming settings (src/office/preferencesStore.ts), which Exchange limits to
// 32 KB for all of an add-in's settings (`RoamingSettings.set`, error 9057 past it:
// https://learn.microsoft.com/javascript/api/outlook/office.roamingsettings),
// so both are bounded. Capacity and free text are not remembered: they belong to one meeting.
import type { RankedRoom, SearchCriteria } from './model';

export type RememberedFilters = Pick<SearchCriteria, 'roomList' | 'floor' | 'features' | 'tags'>;

export interface Preferences {
  /** SMTP addresses of starred rooms, in lower case, most recent last. */
  readonly favourites: readonly string[];
  readonly filters: RememberedFilters | null;
}

export const NO_PREFERENCES: Preferences = { favourites: [], filters: null };

/** Enough for anyone's usual rooms; about 2 KB of roaming settings at most. */
export const MAX_FAVOURITES = 50;

export function isFavourite(preferences: Preferences, email: string): boolean {
  return preferences.favourites.includes(email.toLowerCase());
}

/** Stars or un-stars a room; past the limit the oldest star goes. */
export function toggleFavourite(preferences: Preferences, email: string): Preferences {
  const key = email.toLowerCase();
  const favourites = isFavourite(preferences, key)
    ? preferences.favourites.filter((f) => f !== key)
    : [...preferences.favourites, key].slice(-MAX_FAVOURITES);
  return { ...preferences, favourites };
}

export function rememberFilters(preferences: Preferences, criteria: SearchCriteria): Preferences {
  const { roomList, floor, features, tags } = criteria;
  return { ...preferences, filters: { roomList, floor, features, tags } };
}

/** A new meeting's criteria: its own capacity, the user's last filters. */
export function withRememberedFilters(defaults: SearchCriteria, preferences: Preferences): SearchCriteria {
  return preferences.filters ? { ...defaults, ...preferences.filters } : defaults;
}

/**
 * Favourites first among rooms of the same availability, the ranking otherwise kept: a starred room
 * never moves above a room that is freer than it.
 */
export function favouritesFirst(
  results: readonly RankedRoom[],
  preferences: Preferences,
): readonly RankedRoom[] {
  if (preferences.favourites.length === 0) return results;
  const groups: RankedRoom[][] = [];
  for (const result of results) {
    const last = groups.at(-1);
    if (last && last[0]?.availability.status === result.availability.status) last.push(result);
    else groups.push([result]);
  }
  return groups.flatMap((group) => [
    ...group.filter((r) => isFavourite(preferences, r.room.email)),
    ...group.filter((r) => !isFavourite(preferences, r.room.email)),
  ]);
}
