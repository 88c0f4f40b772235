// The user stops a step that hangs (the emulator holds its answer): the request is cancelled through
// core's ports and the Graph client, the pane says what stopped, and everything is as it was.
import { screen, waitFor, within } from '@testing-library/react';
import { fault } from '../../../test/kit/harness';
import { firstResults, searchWithCapacity } from '../../../test/kit/pane/flows';
import {
  editItem,
  itemState,
  renderPane,
  UNTOUCHED,
  type RenderedPane,
} from '../../../test/kit/pane/renderPane';

// Searches through the whole pane over the emulator, after the search it runs on opening: slow on a
// shared machine (a test took 21 s alone at a load of 16 on two cores).
jest.setTimeout(60_000);

/** Longer than any test, shorter than the client's 30 s timeout: the request hangs until stopped. */
const HANG = { latencyMs: 20_000 };
const slow = { timeout: 10_000 };
const names = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.getAttribute('aria-label'));
const cancelledCalls = (pane: RenderedPane, path: RegExp) =>
  pane.graph.audit.entries().filter((entry) => path.test(entry.path) && entry.status === 0);

describe('Stop', () => {
  it('stops a search whose availability check hangs and keeps the results shown before', async () => {
    const pane = await renderPane();
    const list = await searchWithCapacity(pane, 20);
    const before = names(list);
    await fault(pane.emulator, { pathPattern: 'getSchedule', ...HANG });

    await pane.user.click(screen.getByRole('button', { name: 'Search rooms' }));
    const stop = await screen.findByRole('button', { name: 'Stop search' });
    await pane.user.click(stop);

    await waitFor(
      () =>
        expect(screen.getByRole('status')).toHaveTextContent(
          'Search stopped. The rooms shown and your meeting are as they were.',
        ),
      slow,
    );
    expect(screen.queryByRole('button', { name: 'Stop search' })).not.toBeInTheDocument();
    expect(names(screen.getByRole('list', { name: 'Rooms' }))).toEqual(before);
    expect(screen.getByRole('button', { name: 'Search rooms' })).toBeEnabled();
    expect(itemState(pane)).toEqual(UNTOUCHED);
    // The request in flight was cancelled, not left to run: the audit shows it ended without answer.
    await waitFor(() => expect(cancelledCalls(pane, /getSchedule|\$batch/).length).toBeGreaterThan(0), slow);
  });

  it('replaces a search that hangs when Outlook changes the meeting: the new one is not kept waiting', async () => {
    const pane = await renderPane();
    // Every room fits: availability goes as several getSchedule requests in one $batch, each holding one of
    // the mailbox's four slots while the batch is out.
    await searchWithCapacity(pane, 1);
    await fault(pane.emulator, { pathPattern: 'getSchedule', count: 1, ...HANG });
    await pane.user.click(screen.getByRole('button', { name: 'Search rooms' }));
    await screen.findByRole('button', { name: 'Stop search' });

    // The hanging availability request holds the mailbox's slots; the refresh needs them.
    await editItem(pane, { end: new Date('2026-03-04T11:30:00Z') });

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/that match\.$/), slow);
    expect(screen.queryByRole('button', { name: 'Stop search' })).not.toBeInTheDocument();
    expect(cancelledCalls(pane, /getSchedule|\$batch/).length).toBeGreaterThan(0);
    // Replaced, not stopped by anyone: nothing says so.
    expect(screen.getByRole('status')).not.toHaveTextContent(/stopped/i);
  });

  it('stops checking a room that is not shown free: nothing is booked and nothing is asked', async () => {
    // Availability cannot be read for the user's search, so every room is unknown and booking one
    // checks it first.
    const pane = await renderPane();
    await firstResults();
    await fault(pane.emulator, { pathPattern: 'getSchedule', status: 403, count: 1 });
    const list = await searchWithCapacity(pane, 20);
    const first = within(list).getAllByRole('listitem')[0];
    const name = first?.getAttribute('aria-label');
    if (!first || !name) throw new Error('no result');
    await fault(pane.emulator, { pathPattern: 'getSchedule', ...HANG });

    await pane.user.click(within(first).getByRole('button', { name: `Book ${name}` }));
    await pane.user.click(await screen.findByRole('button', { name: `Stop checking ${name}` }));

    await waitFor(
      () =>
        expect(screen.getByRole('status')).toHaveTextContent(
          `Checking ${name} stopped. Nothing was booked; your meeting is as it was.`,
        ),
      slow,
    );
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(itemState(pane)).toEqual(UNTOUCHED);
    expect(within(first).getByRole('button', { name: `Book ${name}` })).toBeEnabled();
  });

  it('stops a booking while it waits for Outlook to sync: the room comes off again, verified', async () => {
    // Outlook in cached mode, its sync held: the booking waits until the user stops it.
    const held = new Promise<void>(() => undefined);
    const pane = await renderPane({ syncDelayMs: 60_000, beforeSleep: () => held });
    const list = await searchWithCapacity(pane, 20);
    const first = within(list).getAllByRole('listitem')[0];
    const name = first?.getAttribute('aria-label') ?? '';
    await pane.user.click(within(first as HTMLElement).getByRole('button', { name: `Book ${name}` }));

    const stop = await screen.findByRole('button', { name: `Stop booking ${name}` }, slow);
    await pane.user.click(stop);

    await waitFor(
      () =>
        expect(screen.getByRole('status')).toHaveTextContent(
          'Booking stopped. Nothing was changed on your meeting.',
        ),
      slow,
    );
    expect(screen.queryByRole('button', { name: `Stop booking ${name}` })).not.toBeInTheDocument();
    // The room this booking added is off the item again, and nothing of Roombook's was written.
    expect(itemState(pane).rooms).toEqual([]);
    expect(pane.emulator.requestLog().filter((entry) => entry.method === 'PATCH')).toHaveLength(0);
  });

  it('stops looking for other times', async () => {
    const pane = await renderPane({ faults: [{ pathPattern: 'getSchedule', status: 403 }] });
    await searchWithCapacity(pane, 20);
    await fault(pane.emulator, { pathPattern: 'findMeetingTimes', ...HANG });

    await pane.user.click(screen.getByRole('button', { name: 'Suggest other times' }));
    await pane.user.click(await screen.findByRole('button', { name: 'Stop looking for other times' }));

    await waitFor(
      () =>
        expect(screen.getByRole('status')).toHaveTextContent(
          'Looking for other times stopped. Your meeting is as it was.',
        ),
      slow,
    );
    expect(screen.getByRole('button', { name: 'Suggest other times' })).toBeEnabled();
    expect(itemState(pane)).toEqual(UNTOUCHED);
  });
});
