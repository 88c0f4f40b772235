import { screen, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { indexedDbSnapshots } from '../../graph';
import { firstResults } from '../../../test/kit/pane/flows';
import { DIRECTORY_KEY, renderPane } from '../../../test/kit/pane/renderPane';

const placesRequests = (pane: Awaited<ReturnType<typeof renderPane>>) =>
  pane.emulator.requestLog().filter((entry) => entry.url.startsWith('/v1.0/places/')).length;

/** The whole directory (rooms, room lists, membership) is read before its age shows: give it time. */
const directoryRead = () => screen.findByText('Room directory read this minute', {}, { timeout: 15_000 });

// Two pane openings and a directory read each: more than jest's 5 s on a busy two-core machine.
jest.setTimeout(30_000);

describe('DirectoryAge', () => {
  it('says when the rooms were read, and Refresh rooms reads them again', async () => {
    const pane = await renderPane();
    expect(await directoryRead()).toBeInTheDocument();
    const before = placesRequests(pane);

    await pane.user.click(screen.getByRole('button', { name: 'Refresh rooms' }));

    await waitFor(() => expect(placesRequests(pane)).toBeGreaterThan(before));
    expect(await screen.findByRole('button', { name: 'Refresh rooms' })).toBeEnabled();
  });

  it('shows the rooms of an earlier opening without reading Places again', async () => {
    const device = new IDBFactory();
    const first = await renderPane({ indexedDb: device });
    await directoryRead();
    await waitFor(async () => expect(await indexedDbSnapshots(device, DIRECTORY_KEY).read()).not.toBeNull());
    first.unmount();

    const reopened = await renderPane({ indexedDb: device });
    // The search the pane runs on opening lists rooms from what the device kept.
    expect(await firstResults()).toBeInTheDocument();
    expect(placesRequests(reopened)).toBe(0);
  });

  it('forgets the kept rooms when consent is withdrawn', async () => {
    const device = new IDBFactory();
    const opened = await renderPane({ indexedDb: device });
    await directoryRead();
    await opened.user.click(screen.getByRole('tab', { name: 'Privacy' }));
    // The Privacy tab loads its chunk when first opened, beside the search the Book tab ran on opening.
    await opened.user.click(
      await screen.findByRole('button', { name: 'Withdraw consent' }, { timeout: 10_000 }),
    );
    await opened.user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Withdraw consent' }),
    );
    await screen.findByRole('checkbox', { name: /^I agree/ });
    expect(await indexedDbSnapshots(device, DIRECTORY_KEY).read()).toBeNull();
  });
});
