// When some or all getSchedule answers fail, the pane says so in a banner, shows those rooms as
// "Availability unknown" after every room known to be free, and booking one still asks first.
import { screen, within } from '@testing-library/react';
import { firstResults, searchNow, searchWithCapacity } from '../../../test/kit/pane/flows';
import { itemState, renderPane, UNTOUCHED } from '../../../test/kit/pane/renderPane';

// Searches through the whole pane over the emulator: slow on a shared machine.
jest.setTimeout(30_000);

const statusOf = (item: HTMLElement) =>
  within(item).queryByText('Free')
    ? 'free'
    : within(item).queryByText('Availability unknown')
      ? 'unknown'
      : 'other';

describe('DegradedAvailability', () => {
  it('announces how many rooms could not be checked, and lists them after every free room', async () => {
    // The search the pane runs on opening (one person: every room fits): 60 rooms go out as three
    // getSchedule requests of 20; the first to arrive fails (a 500 is final).
    const pane = await renderPane({
      appointment: { attendeeCount: 0 },
      faults: [{ pathPattern: 'getSchedule', status: 500, count: 1 }],
    });
    const list = await firstResults();

    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent(
      'Availability couldn’t be checked for 20 of 60 rooms. They show “Availability unknown” and come after every room known to be free; search again to retry.',
    );
    const statuses = within(list).getAllByRole('listitem').map(statusOf);
    expect(statuses.filter((s) => s === 'unknown')).toHaveLength(20);
    expect(statuses.filter((s) => s === 'free').length).toBeGreaterThan(0);
    expect(statuses.lastIndexOf('free')).toBeLessThan(statuses.indexOf('unknown'));

    // A search whose answers all arrive takes the banner away.
    await searchNow(pane);
    await screen.findByText(/60 rooms shown of 60 that match/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when no room could be checked, shows none free, and asks before booking the top room', async () => {
    const pane = await renderPane({ faults: [{ pathPattern: 'getSchedule', status: 503 }] });
    const list = await searchWithCapacity(pane, 20);
    const items = within(list).getAllByRole('listitem');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Availability couldn’t be checked for any of the ${items.length} rooms, so none is shown as free.`,
    );
    expect(items.map(statusOf).every((s) => s === 'unknown')).toBe(true);

    const top = items[0];
    const name = top?.getAttribute('aria-label');
    if (!top || !name) throw new Error('no result');
    await pane.user.click(within(top).getByRole('button', { name: `Book ${name}` }));
    const dialog = await screen.findByRole('alertdialog', { name: `Book ${name} anyway?` });
    await pane.user.click(within(dialog).getByRole('button', { name: 'Don’t book' }));
    expect(itemState(pane)).toEqual(UNTOUCHED);
  });
});
