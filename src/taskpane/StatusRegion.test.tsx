// An error stays the status region's message until the user acts on it: a search that a change in
// Outlook starts in the background (the rollback of a failed booking changes the recipients) never
// replaces it; the error can be dismissed; a new search clears it.
import { screen, waitFor, within } from '@testing-library/react';
import { searchWithCapacity } from '../../test/kit/pane/flows';
import { editItem, invitees, renderPane, type RenderedPane } from '../../test/kit/pane/renderPane';

// Books and searches through the whole pane over the emulator: slow on a shared machine.
// The Book tab searches and lists its rooms as it opens, before each test's own steps: on a loaded
// two-core machine, more than the half minute these tests had.
jest.setTimeout(60_000);

const FAILED =
  'This meeting could not be read or changed in your calendar. The meeting changed meanwhile. Try again. Nothing was changed on your meeting.';

const schedules = (pane: RenderedPane) =>
  pane.emulator.requestLog().filter((entry) => /getSchedule/.test(entry.url)).length;

/** Books the best room while every write of the event fails; returns once the error is shown. */
async function failABooking(pane: RenderedPane): Promise<void> {
  const list = await searchWithCapacity(pane, 20);
  const first = within(list).getAllByRole('listitem')[0];
  const name = first?.getAttribute('aria-label');
  if (!first || !name) throw new Error('no result');
  await pane.user.click(within(first).getByRole('button', { name: `Book ${name}` }));
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(FAILED), { timeout: 15_000 });
}

describe('StatusRegion', () => {
  it('keeps a failed booking’s error when Outlook changes the meeting and the results refresh', async () => {
    const pane = await renderPane({ faults: [{ method: 'PATCH', pathPattern: '/me/events/', status: 409 }] });
    await failABooking(pane);
    const before = schedules(pane);

    await editItem(pane, { required: invitees(6) });

    // The change re-read the meeting and refreshed availability in the background…
    await waitFor(() => expect(schedules(pane)).toBeGreaterThan(before));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Stop search' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('region', { name: /This meeting/ })).toHaveTextContent('6 attendees besides you');
    // …and the error is still what the status region says.
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(FAILED);
    expect(status).not.toHaveTextContent(/rooms shown/);
    expect(within(status).getByRole('button', { name: 'Dismiss message' })).toBeEnabled();
  });

  it('clears the error when the user dismisses it, and when the user searches again', async () => {
    const pane = await renderPane({ faults: [{ method: 'PATCH', pathPattern: '/me/events/', status: 409 }] });
    await failABooking(pane);

    await pane.user.click(
      within(screen.getByRole('status')).getByRole('button', { name: 'Dismiss message' }),
    );
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    await failABooking(pane);
    await pane.user.click(screen.getByRole('button', { name: 'Search rooms' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(/rooms shown of \d+ that match\./),
    );
    expect(screen.getByRole('status')).not.toHaveTextContent(FAILED);
  });
});
