import { act, screen, waitFor, within } from '@testing-library/react';
import { seededBusy } from '../../../dev/emulator/tenant';
import { bookInEarlierOpening } from '../../../test/kit/pane/earlierBooking';
import { bookBestRoom, firstResults, searchWithCapacity } from '../../../test/kit/pane/flows';
import { editItem, invitees, renderPane, type RenderedPane } from '../../../test/kit/pane/renderPane';
import { berlinDateTime } from '../../../test/kit/dates';

// Each test renders the whole pane over the emulator, books, sends and searches again.
// The Book tab searches and lists its rooms as it opens, before each test's own steps: on a loaded
// two-core machine, more than the half minute these tests had.
jest.setTimeout(60_000);

const HOUR = 3_600_000;
/** The default meeting of the kit's builder: Wednesday 4 March 2026, 10:00–11:00 UTC. */
const MEETING = { start: new Date('2026-03-04T10:00:00Z'), end: new Date('2026-03-04T11:00:00Z') };

/**
 * Holds the pane's waits between checks until the test lets them go, so the test decides when the
 * pane looks again (it would otherwise use up its checks at once: the harness's waits take no time).
 */
function heldWaits() {
  const waiting: (() => void)[] = [];
  return {
    beforeSleep: () => new Promise<void>((resolve) => waiting.push(resolve)),
    release: () => act(async () => waiting.splice(0).forEach((resolve) => resolve())),
  };
}

/** The booking's card; the pane reads the room's place on the event first (slow on a busy machine). */
const bookingState = () => screen.findByRole('region', { name: 'Booking status' }, { timeout: 5000 });

const tenantRoom = (pane: RenderedPane, name: string) => {
  const room = pane.emulator.tenant.rooms.find((r) => r.displayName === name);
  if (!room) throw new Error(`no room ${name}`);
  return room;
};

/** A room of at least 20 seats that the seeded tenant has busy at the meeting's time. */
function busyRoom(pane: RenderedPane) {
  const room = pane.emulator.tenant.rooms.find(
    (r) =>
      r.capacity >= 20 &&
      seededBusy(pane.emulator.tenant.seed, r.emailAddress, MEETING).some((b) => b.status === 'busy'),
  );
  if (!room) throw new Error('the seeded tenant has no busy room at this time');
  return room;
}

/** The first hour in the week after the meeting when the seeded tenant has `email` busy. */
function busyHourOf(pane: RenderedPane, email: string) {
  for (
    let start = MEETING.start.getTime() + 24 * HOUR;
    start < MEETING.start.getTime() + 8 * 24 * HOUR;
    start += HOUR
  ) {
    const slot = { start: new Date(start), end: new Date(start + HOUR) };
    if (seededBusy(pane.emulator.tenant.seed, email, slot).some((b) => b.status === 'busy')) return slot;
  }
  throw new Error(`${email} is never busy that week`);
}

describe('The booking’s state in the Book tab', () => {
  it('re-opened on a booked meeting, it says where the booking stands and opens on results with the room marked', async () => {
    let booked = '';
    await renderPane({
      // Booked in an earlier opening (through core, as the pane books), the meeting not sent yet.
      prepare: async (harness) => {
        booked = (await bookInEarlierOpening(harness)).displayName;
      },
    });

    const list = await firstResults();
    const item = within(list).getByRole('listitem', { name: booked });
    expect(within(item).getByText('Booked')).toBeInTheDocument();
    expect(within(item).getByText('Free')).toBeInTheDocument();
    const state = await bookingState();
    await waitFor(() =>
      expect(state).toHaveTextContent(`${booked} is added to this meeting but not booked yet.`),
    );
    // Nobody searched: the status says what was found, and focus stays where it was.
    expect(screen.getByRole('status')).toHaveTextContent(/rooms shown of \d+ that match\.$/);
    expect(screen.getByRole('heading', { name: 'Rooms' })).not.toHaveFocus();
  });

  it('follows the room’s answer after Send: added, then accepted, without the user doing anything', async () => {
    const waits = heldWaits();
    const pane = await renderPane({ beforeSleep: waits.beforeSleep });
    const name = await bookBestRoom(pane, 4);

    const state = await bookingState();
    await waitFor(() =>
      expect(state).toHaveTextContent(
        `${name} is added to this meeting but not booked yet. Send the meeting so the room can confirm.`,
      ),
    );

    await act(() => pane.outlook.mailbox.send());
    await waits.release();

    await waitFor(() => expect(state).toHaveTextContent(`${name} accepted: the room is booked.`));
    // The status region moves on too: it no longer asks to send what was sent.
    expect(screen.getByRole('status')).toHaveTextContent(`${name} accepted: the room is booked.`);
    expect(screen.getByRole('status')).not.toHaveTextContent('Send the invitation');
    expect(within(state).queryByRole('button')).not.toBeInTheDocument();
  });

  it('stops checking on its own after the last wait, and checks again when asked', async () => {
    const pane = await renderPane();
    const name = await bookBestRoom(pane, 4);
    const state = await bookingState();
    // The harness's waits take no time, so every check is used up while the meeting stays unsent.
    const again = await within(state).findByRole('button', { name: 'Check again' });
    expect(state).toHaveTextContent(`${name} is added to this meeting but not booked yet.`);

    await act(() => pane.outlook.mailbox.send());
    await pane.user.click(again);

    await waitFor(() => expect(state).toHaveTextContent(`${name} accepted: the room is booked.`));
  });

  it('a declined room offers “Find another room”: one click searches again without it and focuses the results', async () => {
    const waits = heldWaits();
    const pane = await renderPane({ beforeSleep: waits.beforeSleep });
    const busy = busyRoom(pane);
    const name = busy.displayName;
    const list = await searchWithCapacity(pane, 20);
    await pane.user.click(
      within(within(list).getByRole('listitem', { name })).getByRole('button', { name: `Book ${name}` }),
    );
    await pane.user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Book anyway' }),
    );
    const state = await bookingState();
    await waitFor(() => expect(state).toHaveTextContent(`${name} is added to this meeting`));

    await act(() => pane.outlook.mailbox.send());
    await waits.release();

    await waitFor(() =>
      expect(state).toHaveTextContent(`${name} declined this meeting: the room is not booked.`),
    );
    expect(screen.getByRole('status')).toHaveTextContent(`${name} declined this meeting`);
    // Among the results still on screen, the declined room is marked so, never as booked.
    const declinedItem = within(screen.getByRole('list', { name: 'Rooms' })).getByRole('listitem', { name });
    expect(within(declinedItem).getByText('Declined')).toBeInTheDocument();
    expect(within(declinedItem).queryByText('Booked')).not.toBeInTheDocument();

    await pane.user.click(within(state).getByRole('button', { name: 'Find another room' }));

    await waitFor(() => expect(screen.getByRole('heading', { name: 'Rooms' })).toHaveFocus());
    const results = screen.getByRole('list', { name: 'Rooms' });
    expect(within(results).queryByRole('listitem', { name })).not.toBeInTheDocument();
    // The same criteria: rooms of at least 20 seats.
    const shown = within(results)
      .getAllByRole('listitem')
      .map((item) => item.getAttribute('aria-label'));
    expect(shown.length).toBeGreaterThan(0);
    for (const room of shown) expect(tenantRoom(pane, room ?? '').capacity).toBeGreaterThanOrEqual(20);
  });
});

describe('A change that breaks the booking', () => {
  it('moving the meeting to a time when the room is busy is announced at the top, with rebooking', async () => {
    const pane = await renderPane();
    const name = await bookBestRoom(pane, 4);
    const room = tenantRoom(pane, name);
    const busyHour = busyHourOf(pane, room.emailAddress);

    await editItem(pane, busyHour);

    const state = await bookingState();
    await waitFor(() => expect(state).toHaveTextContent(`This change breaks the booking of ${name}`));
    expect(state).toHaveTextContent(
      `${name} is busy at the new time (${berlinDateTime(busyHour.start)}): Exchange will decline it when you send the update.`,
    );

    // Moving it back to a free time clears the warning.
    await editItem(pane, MEETING);
    await waitFor(() => expect(state).not.toHaveTextContent('This change breaks the booking'));

    await editItem(pane, busyHour);
    await waitFor(() => expect(state).toHaveTextContent('This change breaks the booking'));
    await pane.user.click(within(state).getByRole('button', { name: 'Find another room' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Rooms' })).toHaveFocus());
    const results = screen.getByRole('list', { name: 'Rooms' });
    expect(within(results).queryByRole('listitem', { name })).not.toBeInTheDocument();
  });

  it('inviting more people than the room seats is announced, naming the seats and the people', async () => {
    const pane = await renderPane();
    const name = await bookBestRoom(pane, 4);
    const { capacity } = tenantRoom(pane, name);

    await editItem(pane, { required: invitees(capacity) });

    const state = await bookingState();
    await waitFor(() =>
      expect(state).toHaveTextContent(
        `${name} seats ${capacity}, but the meeting now has ${capacity + 1} people.`,
      ),
    );
    expect(within(state).getByRole('button', { name: 'Find another room' })).toBeEnabled();
  });
});
