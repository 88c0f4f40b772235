// The rooms of a search that the first results did not check, checked in the background while the
// search is on screen: stopped by a new search (paused while one runs) and by the pane closing.
import * as React from 'react';
import { checkRemaining } from '../../core/backgroundCheck';
import type { RankedRoom } from '../../core/model';
import {
  addChecked,
  revealHeld,
  startResults,
  type ProgressiveResults,
  type RankingContext,
} from '../../core/progressiveResults';
import type { SearchResult } from '../../core/roomSearch';
import { useServices } from '../services';
import { useReportError } from '../useReportError';

export type CheckedSearch = SearchResult & { readonly ranking: RankingContext };

export interface AvailabilityProgress {
  /** The list to show, in a stable order. */
  readonly results: readonly RankedRoom[];
  /** Free rooms found in the background, not yet in the list. */
  readonly heldFree: number;
  readonly checked: number;
  readonly total: number;
  /** Puts the held rooms into the ranking (the user asked). */
  readonly reveal: () => void;
  /** Counts the reveals, so the view can move focus to the re-ranked list. */
  readonly revealCount: number;
}

export function useBackgroundAvailability(
  search: CheckedSearch | null,
  paused: boolean,
): AvailabilityProgress {
  const services = useServices();
  const fail = useReportError();
  const [state, setState] = React.useState<{ search: CheckedSearch; results: ProgressiveResults } | null>(
    null,
  );
  const [revealCount, setRevealCount] = React.useState(0);
  // A new search starts a new list; the same search resumed after a pause keeps what it has.
  const current = state?.search === search ? state : null;
  if (search && !current) setState({ search, results: startResults(search.results, search.totalMatches) });
  // Read by the checks when they resume after a pause; kept current before they start.
  const checkedSoFar = React.useRef(0);
  const checkedNow = current?.results.checked ?? 0;
  React.useEffect(() => {
    checkedSoFar.current = checkedNow;
  }, [checkedNow]);

  React.useEffect(() => {
    if (!search || paused) return;
    const controller = new AbortController();
    const alreadyChecked = Math.max(0, checkedSoFar.current - search.results.length);
    checkRemaining(
      services,
      {
        ...search,
        unchecked: search.unchecked.slice(alreadyChecked),
        onChecked: (checked) =>
          setState((now) =>
            now?.search === search
              ? { search, results: addChecked(now.results, checked, search.ranking) }
              : now,
          ),
      },
      { signal: controller.signal },
    ).catch((error: unknown) => !controller.signal.aborted && fail(error));
    return () => controller.abort();
  }, [services, search, paused, fail]);

  const reveal = React.useCallback(() => {
    setState((now) => now && { search: now.search, results: revealHeld(now.results, now.search.ranking) });
    setRevealCount((count) => count + 1);
  }, []);

  return {
    results: current?.results.shown ?? [],
    heldFree: current?.results.held.length ?? 0,
    checked: current?.results.checked ?? 0,
    total: current?.results.total ?? 0,
    reveal,
    revealCount,
  };
}
