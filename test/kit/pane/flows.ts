// What a user does in the pane, step by step, for tests that need it done before what they check.
import { screen, waitFor, within } from '@testing-library/react';
import type { RenderedPane } from './renderPane';

/** A search over the in-process emulator can take more than waitFor's default second on a loaded machine. */
const SEARCH_TIMEOUT = { timeout: 10_000 };

/** Unfolds the search filters (folded into a one-line summary until the user opens them). */
export async function openFilters(pane: RenderedPane): Promise<void> {
  const summary = await screen.findByRole('button', { name: /^Filters: / });
  if (summary.getAttribute('aria-expanded') !== 'true') await pane.user.click(summary);
}

/**
 * Waits for the search the Book tab runs when it opens (the item read, consent given) to end with
 * results, and returns the results list. Steps that change the filters wait for it first, so what
 * they do is not raced by it.
 */
export async function firstResults(): Promise<HTMLElement> {
  const list = await screen.findByRole('list', { name: 'Rooms' }, SEARCH_TIMEOUT);
  await waitFor(
    () => expect(screen.getByRole('button', { name: 'Search rooms' })).toBeEnabled(),
    SEARCH_TIMEOUT,
  );
  return list;
}

/** Clicks "Search rooms" and returns the results list once that search ended. */
export async function searchNow(pane: RenderedPane): Promise<HTMLElement> {
  const button = screen.getByRole('button', { name: 'Search rooms' });
  await pane.user.click(button);
  // The results shown before stay listed while the search runs: the list is read once it ended.
  await waitFor(() => expect(button).toBeEnabled(), SEARCH_TIMEOUT);
  return screen.findByRole('list', { name: 'Rooms' });
}

/** After the first results, sets the minimum capacity, searches, and returns the results list. */
export async function searchWithCapacity(pane: RenderedPane, capacity: number): Promise<HTMLElement> {
  await firstResults();
  await openFilters(pane);
  const spin = await screen.findByRole('spinbutton', { name: 'Minimum capacity' });
  await pane.user.clear(spin);
  await pane.user.type(spin, String(capacity));
  return searchNow(pane);
}

/** Books the best-ranked room for this capacity on the Book tab; returns its name. */
export async function bookBestRoom(pane: RenderedPane, capacity: number): Promise<string> {
  const list = await searchWithCapacity(pane, capacity);
  const best = within(list).getAllByRole('listitem')[0];
  const name = best?.getAttribute('aria-label');
  if (!best || !name) throw new Error('the search found no room');
  await pane.user.click(within(best).getByRole('button', { name: `Book ${name}` }));
  await waitForStatus(`${name} is added`);
  return name;
}

/**
 * Waits for the status region to say what a booking ended with. A booking saves, waits for Graph to
 * see the item, writes and verifies: more than waitFor's default second on a loaded machine, while a
 * refresh of the results (the item changed) may show in the meantime.
 */
export async function waitForStatus(text: string): Promise<void> {
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text), { timeout: 10_000 });
}
