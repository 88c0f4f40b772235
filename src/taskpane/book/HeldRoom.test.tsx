import { act, screen, waitFor, within } from '@testing-library/react';
import { BASE, occupy } from '../../../test/kit/harness';
import { bookBestRoom, firstResults, searchNow } from '../../../test/kit/pane/flows';
import { bookInEarlierOpening } from '../../../test/kit/pane/earlierBooking';
import { renderPane, type PaneHarness, type RenderedPane } from '../../../test/kit/pane/renderPane';

// A sent meeting whose room accepted: the room's calendar holds this very meeting, and the Book tab
// must not call the room busy because of it. Each test renders the whole pane over the emulator,
// books, sends and searches again: slow on a loaded two-core machine.
jest.setTimeout(60_000);

/** The booking's card; the pane reads the room's place on the event first (slow on a busy machine). */
const bookingState = () => screen.findByRole('region', { name: 'Booking status' }, { timeout: 5000 });

/** The meeting in Berlin's time, as the timeline names it: Wednesday 4 March 2026, 10:00–11:00 UTC. */
const MEETING_TIMES = /11:00\sAM–12:00\sPM/;

/** The room's card among the results. */
const cardOf = (name: string) =>
  within(screen.getByRole('list', { name: 'Rooms' })).getByRole('listitem', { name });

/** Waits until the booking's card says the room accepted, searches as the user does, and gives the room's card. */
async function searchOnceAccepted(
  pane: RenderedPane,
  state: HTMLElement,
  name: string,
): Promise<HTMLElement> {
  await waitFor(() => expect(state).toHaveTextContent(`${name} accepted: the room is booked.`), {
    timeout: 10_000,
  });
  await searchNow(pane);
  return cardOf(name);
}

/** Books a room free at the meeting, as an earlier opening of the pane did, and sends the meeting. */
async function bookAndSend(harness: PaneHarness): Promise<{ name: string; email: string }> {
  const room = await bookInEarlierOpening(harness);
  await harness.outlook.mailbox.send();
  return { name: room.displayName, email: room.email };
}

describe('The booked room, once it accepted the meeting', () => {
  it('searched again after Send, its card says it is reserved for this meeting, not Busy', async () => {
    const pane = await renderPane();
    const name = await bookBestRoom(pane, 4);
    const state = await bookingState();
    // The harness's waits take no time: the pane has stopped checking on its own by now.
    const again = await within(state).findByRole('button', { name: 'Check again' });

    await act(() => pane.outlook.mailbox.send());
    await pane.user.click(again);
    const card = await searchOnceAccepted(pane, state, name);
    expect(within(card).getByText('Booked')).toBeInTheDocument();
    expect(within(card).getByText('Reserved for this meeting')).toBeInTheDocument();
    expect(within(card).queryByText('Busy')).not.toBeInTheDocument();
    // Its timeline draws the meeting as the meeting, not as somebody else's busy block.
    const timeline = within(card).getByRole('img', { name: /^The room around this meeting/ });
    expect(timeline).toHaveAccessibleName(/your meeting 11:00\sAM–12:00\sPM/);
    expect(timeline.getAttribute('aria-label')?.replace(/^[^;]*;/, '')).not.toMatch(MEETING_TIMES);
  });

  it('re-opened on the sent meeting, the results do not call the booked room Busy', async () => {
    let booked = '';
    await renderPane({
      prepare: async (harness) => {
        booked = (await bookAndSend(harness)).name;
      },
    });
    await firstResults();
    const state = await bookingState();
    await waitFor(() => expect(state).toHaveTextContent(`${booked} accepted: the room is booked.`), {
      timeout: 10_000,
    });

    await waitFor(
      () => expect(within(cardOf(booked)).getByText('Reserved for this meeting')).toBeInTheDocument(),
      {
        timeout: 10_000,
      },
    );
    expect(within(cardOf(booked)).getByText('Booked')).toBeInTheDocument();
    expect(within(cardOf(booked)).queryByText('Busy')).not.toBeInTheDocument();
  });

  it('still says Busy when the room also holds another meeting at the same time', async () => {
    let booked = '';
    const pane = await renderPane({
      prepare: async (harness) => {
        const room = await bookAndSend(harness);
        booked = room.name;
        // A room that takes conflicting requests (an admin's AllowConflicts) accepts someone else's
        // meeting at exactly this time too: that one is a real clash.
        const item = await harness.services.appointment.read();
        const patched = await harness.emulator.fetch(
          `${BASE}/_emulator/calendarProcessing/${encodeURIComponent(room.email)}`,
          { method: 'PATCH', body: JSON.stringify({ allowConflicts: true }) },
        );
        expect(patched.status).toBe(200);
        await occupy(harness.emulator, room.email, item.start, item.end);
      },
    });
    await firstResults();
    const state = await bookingState();
    const card = await searchOnceAccepted(pane, state, booked);
    expect(within(card).getByText('Booked')).toBeInTheDocument();
    expect(within(card).getByText('Busy')).toBeInTheDocument();
    expect(within(card).queryByText('Reserved for this meeting')).not.toBeInTheDocument();
    // The other meeting stays on the timeline.
    const timeline = within(card).getByRole('img', { name: /^The room around this meeting/ });
    expect(timeline).toHaveAccessibleName(/; .*busy 11:00\sAM–12:00\sPM/);
  });
});
