// The user's favourites and last filters for the Book tab: read once per pane, saved to roaming
// settings on each change. A star that cannot be saved is taken back and the failure reported, so the
// screen never shows a favourite that will be gone next time.
import * as React from 'react';
import type { Room, SearchCriteria } from '../../core/model';
import {
  NO_PREFERENCES,
  rememberFilters,
  toggleFavourite as toggled,
  type Preferences,
} from '../../core/preferences';
import { useServices } from '../services';
import { useReportError } from '../useReportError';

export interface PreferencesState {
  readonly preferences: Preferences;
  /** What roaming settings held when the pane opened (defaults if they could not be read). */
  readonly initial: Promise<Preferences>;
  toggleFavourite(room: Room): void;
  /** Keeps the filters of a search the user ran, for the next meeting. */
  remember(criteria: SearchCriteria): void;
}

export function usePreferences(): PreferencesState {
  const { preferences: store } = useServices();
  const fail = useReportError();
  const [initial] = React.useState(() => store.get().catch(() => NO_PREFERENCES));
  const [preferences, setPreferences] = React.useState<Preferences>(NO_PREFERENCES);
  const current = React.useRef(preferences);
  React.useEffect(() => {
    let live = true;
    void initial.then((read) => {
      if (!live) return;
      current.current = read;
      setPreferences(read);
    });
    return () => {
      live = false;
    };
  }, [initial]);

  const change = React.useCallback(
    (next: Preferences, undoOnFailure: boolean) => {
      const before = current.current;
      current.current = next;
      setPreferences(next);
      store.save(next).catch((error: unknown) => {
        if (!undoOnFailure) return;
        current.current = before;
        setPreferences(before);
        fail(error);
      });
    },
    [store, fail],
  );

  const toggleFavourite = React.useCallback(
    (room: Room) => change(toggled(current.current, room.email), true),
    [change],
  );

  // Filters are a convenience: failing to keep them is not worth an error over the user's results.
  const remember = React.useCallback(
    (criteria: SearchCriteria) => {
      const next = rememberFilters(current.current, criteria);
      if (JSON.stringify(next.filters) !== JSON.stringify(current.current.filters)) change(next, false);
    },
    [change],
  );

  return React.useMemo(
    () => ({ preferences, initial, toggleFavourite, remember }),
    [preferences, initial, toggleFavourite, remember],
  );
}
