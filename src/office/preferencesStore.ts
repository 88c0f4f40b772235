// Favourites and last filters live beside consent in the mailbox's roaming settings: per user, they
// roam with the mailbox and are stored by Exchange, never by Roombook.
import type { FeatureName } from '../core/model';
import type { PreferencesStore } from '../core/ports';
import {
  MAX_FAVOURITES,
  NO_PREFERENCES,
  type Preferences,
  type RememberedFilters,
} from '../core/preferences';
import { roamingSetting } from './roamingSetting';

const KEY = 'roombook.preferences';

const FEATURES: readonly FeatureName[] = ['display', 'video', 'audio', 'wheelchairAccessible'];

const strings = (value: unknown, max: number): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, max) : [];

const nullableString = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Settings are user data from another client or version: read what is valid, drop the rest. */
function readPreferences(value: unknown): Preferences {
  if (typeof value !== 'object' || value === null) return NO_PREFERENCES;
  const stored = value as { favourites?: unknown; filters?: unknown };
  const filters = stored.filters as Partial<Record<keyof RememberedFilters, unknown>> | null | undefined;
  return {
    favourites: strings(stored.favourites, MAX_FAVOURITES).map((f) => f.toLowerCase()),
    filters:
      typeof filters === 'object' && filters !== null
        ? {
            roomList: nullableString(filters.roomList),
            floor: nullableString(filters.floor),
            features: strings(filters.features, FEATURES.length).filter((f): f is FeatureName =>
              FEATURES.includes(f as FeatureName),
            ),
            tags: strings(filters.tags, 20),
          }
        : null,
  };
}

export function createPreferencesStore(): PreferencesStore {
  const setting = roamingSetting(KEY);
  return {
    get: async () => readPreferences(setting.read()),
    save: (preferences) => setting.write(preferences),
    clear: () => setting.remove(),
  };
}
