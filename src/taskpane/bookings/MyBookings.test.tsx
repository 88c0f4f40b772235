import { act, configure, screen, waitFor, within } from '@testing-library/react';
import { DEMO_USER } from '../../../dev/emulator';
import { client } from '../../../dev/emulator/testClient';
import { makeWeeklyRecurrence } from '../../../test/kit/builders';
import { occupy } from '../../../test/kit/harness';
import { bookBestRoom } from '../../../test/kit/pane/flows';
import {
  NOW,
  outlookItem,
  renderPane,
  roombookProperties,
  savedEventId,
  type RenderedPane,
} from '../../../test/kit/pane/renderPane';

// Books, sends and changes bookings through the whole pane over the emulator: slow on a shared machine,
// where a booking's answer can take longer than Testing Library's default second to appear.
// The Book tab searches and lists its rooms as it opens, before each test's own steps: on a loaded
// two-core machine, more than the half minute these tests had (a minute, at a load of 8).
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 5_000 });

const minutes = (n: number) => n * 60_000;

/** Books the best room for the open meeting, sends it, and opens My bookings. */
async function bookAndList(pane: RenderedPane) {
  const name = await bookBestRoom(pane, 20);
  const room = pane.emulator.tenant.rooms.find((r) => r.displayName === name);
  const eventId = savedEventId(pane);
  if (!room || !eventId) throw new Error('not booked');
  const location = `${name}, Floor ${room.floorNumber}, ${room.building}`;
  return { name, room, eventId, location };
}

async function openMyBookings(pane: RenderedPane) {
  await pane.user.click(screen.getByRole('tab', { name: 'My bookings' }));
  return screen.findByRole('list', { name: 'Upcoming bookings' });
}

describe('MyBookings', () => {
  it('lists a meeting booked in the pane with the room’s response; Release room asks, then releases it in place', async () => {
    const pane = await renderPane({ appointment: { subject: 'Roadmap review' } });
    const { eventId, location } = await bookAndList(pane);
    const invited = async (type: string) =>
      (await outlookItem(pane.emulator, eventId)).attendees.filter((a) => a.type === type);
    await pane.outlook.mailbox.send();

    const list = await openMyBookings(pane);
    const booking = within(list).getByRole('listitem', { name: 'Roadmap review' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(booking).toHaveTextContent(location);
    expect(booking).toHaveTextContent(/Wed, Mar 4, 2026, 11:00\sAM – 12:00\sPM/);
    expect(within(booking).getByText('Room accepted')).toBeInTheDocument();
    // Four hours before the start: too early to check in; a single meeting shows no series line.
    expect(within(booking).queryByRole('button', { name: 'Check in' })).not.toBeInTheDocument();
    expect(booking).not.toHaveTextContent('Series');

    const release = within(booking).getByRole('button', { name: 'Release room' });
    await pane.user.click(release);
    const dialog = await screen.findByRole('alertdialog', { name: `Release ${location}?` });
    expect(dialog).toHaveTextContent(
      `${location} is taken off “Roadmap review” and becomes free for others. The meeting itself stays on your and the attendees’ calendars, without a room.`,
    );
    const keep = within(dialog).getByRole('button', { name: 'Keep the room' });
    await waitFor(() => expect(keep).toHaveFocus());
    await pane.user.click(keep);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    // Nothing changed, and focus is back on the button that asked.
    expect(await invited('resource')).toHaveLength(1);
    await waitFor(() => expect(release).toHaveFocus());

    await pane.user.click(release);
    await pane.user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Release the room' }),
    );

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(`${location} is released and free for others.`),
    );
    // The row stays in place, marked, so nothing moves under the pointer; focus goes to the list heading.
    expect(within(booking).getByText('Room released')).toBeInTheDocument();
    expect(within(booking).queryByRole('button')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Upcoming bookings' })).toHaveFocus());
    // The room is uninvited and Roombook's properties are emptied (Graph cannot delete them), which
    // the pane read back before saying so.
    expect(await invited('resource')).toEqual([]);
    expect(await invited('required')).toHaveLength(3);
    expect(await roombookProperties(pane.emulator, eventId)).toMatchObject({
      ResourceId: '',
      ResourceMailbox: '',
      ResourceLocation: '',
    });

    // Still gone when the list is read again from Graph.
    await pane.user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Refresh' })).toBeEnabled());
    expect(screen.queryByRole('listitem', { name: 'Roadmap review' })).not.toBeInTheDocument();
  });

  it('offers Check in from 15 minutes before the start, checks in through Places and shows the check-in Graph reads back', async () => {
    const start = new Date(NOW.getTime() + minutes(10));
    const pane = await renderPane({
      appointment: { subject: 'Stand-up', start, end: new Date(start.getTime() + minutes(30)) },
    });
    const { room, location } = await bookAndList(pane);
    await pane.outlook.mailbox.send();
    const list = await openMyBookings(pane);
    const booking = within(list).getByRole('listitem', { name: 'Stand-up' });
    expect(within(booking).queryByText(/Checked in/)).not.toBeInTheDocument();

    await pane.user.click(within(booking).getByRole('button', { name: 'Check in' }));

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        `You are checked in to ${location}: the room stays booked for this meeting.`,
      ),
    );
    expect(within(booking).getByText(/^Checked in at \d\d:\d\d\s[AP]M$/)).toBeInTheDocument();
    expect(within(booking).queryByRole('button', { name: 'Check in' })).not.toBeInTheDocument();
    // The Check in button is gone: focus moves to the row's next action, not to the page.
    expect(within(booking).getByRole('button', { name: 'Release room' })).toHaveFocus();

    // Graph has the claim: a manual check-in for this date's iCalUId, on the room's Places id.
    const posts = pane.emulator
      .requestLog()
      .filter((e) => e.method === 'POST' && e.url === `/v1.0/places/${room.id}/checkIns`);
    expect(posts).toHaveLength(1);
    const sent = posts[0]?.body as { calendarEventId: string; checkInMethod: string };
    expect(Object.keys(sent).sort()).toEqual(['calendarEventId', 'checkInMethod']);
    expect(sent.checkInMethod).toBe('manual');
    const claim = await client(pane.emulator)(
      'GET',
      `/v1.0/places/${room.id}/checkIns/${sent.calendarEventId}`,
    );
    expect(claim.status).toBe(200);

    // Read again from Graph, the row still says checked in.
    await pane.user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Refresh' })).toBeEnabled());
    const again = within(screen.getByRole('list', { name: 'Upcoming bookings' })).getByRole('listitem', {
      name: 'Stand-up',
    });
    expect(within(again).getByText(/^Checked in at/)).toBeInTheDocument();
    expect(within(again).queryByRole('button', { name: 'Check in' })).not.toBeInTheDocument();
  });

  it('shows a series at its next date with how many dates are left', async () => {
    const pane = await renderPane({
      appointment: {
        subject: 'Weekly sync',
        recurrence: makeWeeklyRecurrence({ numberOfOccurrences: 4 }),
      },
    });
    await bookAndList(pane);
    await pane.outlook.mailbox.send();
    const booking = within(await openMyBookings(pane)).getByRole('listitem', { name: 'Weekly sync' });
    expect(booking).toHaveTextContent(/Next: Wed, Mar 4, 2026, 11:00\sAM – 12:00\sPM/);
    expect(booking).toHaveTextContent('Series: 4 dates left in the next 60 days');
  });

  it('links a declined booking to booking another room: the Book tab for the open meeting, otherwise what to open', async () => {
    const pane = await renderPane({ appointment: { subject: 'Offsite prep' } });
    const { room, eventId } = await bookAndList(pane);
    // Someone else takes the room before the meeting is sent: the room declines it.
    const item = pane.outlook.mailbox.item();
    await occupy(pane.emulator, room.emailAddress, item.start, item.end);
    await pane.outlook.mailbox.send();

    const booking = within(await openMyBookings(pane)).getByRole('listitem', { name: 'Offsite prep' });
    expect(within(booking).getByText('Room declined')).toBeInTheDocument();
    expect(within(booking).queryByRole('button', { name: 'Check in' })).not.toBeInTheDocument();

    // The pane is open on this very meeting: Book another room goes to the Book tab, focus on the tab.
    await pane.user.click(within(booking).getByRole('button', { name: 'Book another room' }));
    const bookTab = screen.getByRole('tab', { name: 'Book' });
    await waitFor(() => expect(bookTab).toHaveAttribute('aria-selected', 'true'));
    await waitFor(() => expect(bookTab).toHaveFocus());

    // Open on another meeting, the pane says what to open instead of booking on the wrong one.
    const other = await pane.emulator.fetch('http://emulator.test/_emulator/outlook/items', {
      method: 'POST',
      body: JSON.stringify({
        user: DEMO_USER,
        subject: 'Something else',
        start: '2026-03-05T09:00:00Z',
        end: '2026-03-05T10:00:00Z',
      }),
    });
    const { id } = (await other.json()) as { id: string };
    await act(async () => pane.outlook.mailbox.open(id));
    expect(savedEventId(pane)).not.toBe(eventId);
    const again = within(await openMyBookings(pane)).getByRole('listitem', { name: 'Offsite prep' });
    await pane.user.click(within(again).getByRole('button', { name: 'Book another room' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'To book another room, open “Offsite prep” in Outlook, then open Roombook on it.',
      ),
    );
    expect(screen.getByRole('tab', { name: 'My bookings' })).toHaveAttribute('aria-selected', 'true');
  });

  it('lists nothing when no meeting carries a Roombook booking', async () => {
    const pane = await renderPane();
    await pane.user.click(await screen.findByRole('tab', { name: 'My bookings' }));
    expect(
      await screen.findByText('You have no upcoming meetings booked with Roombook.'),
    ).toBeInTheDocument();
    expect(pane.emulator.requestLog().some((entry) => entry.url.startsWith('/v1.0/me/calendarView'))).toBe(
      true,
    );
  });

  it('says why when the bookings cannot be read', async () => {
    const pane = await renderPane({ faults: [{ pathPattern: 'calendarView', status: 401 }] });
    await pane.user.click(await screen.findByRole('tab', { name: 'My bookings' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Your sign-in expired. Try again to sign in.'),
    );
    expect(screen.queryByText('You have no upcoming meetings booked with Roombook.')).not.toBeInTheDocument();
  });
});
