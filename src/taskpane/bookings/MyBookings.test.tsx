import { screen, waitFor, within } from '@testing-library/react';
import { bookBestRoom } from '../../../test/kit/pane/flows';
import { outlookItem, renderPane, roombookProperties, savedEventId } from '../../../test/kit/pane/renderPane';

// Books, sends and cancels through the whole pane over the emulator: slow on a shared machine.
jest.setTimeout(30_000);

describe('MyBookings', () => {
  it('lists a meeting booked in the pane with the room’s response; Cancel booking asks, then cancels in place', async () => {
    const pane = await renderPane({ appointment: { subject: 'Roadmap review' } });
    const name = await bookBestRoom(pane, 20);
    const room = pane.emulator.tenant.rooms.find((r) => r.displayName === name);
    const eventId = savedEventId(pane);
    if (!room || !eventId) throw new Error('not booked');
    const invited = async (type: string) =>
      (await outlookItem(pane.emulator, eventId)).attendees.filter((a) => a.type === type);
    await pane.outlook.mailbox.send();

    await pane.user.click(screen.getByRole('tab', { name: 'My bookings' }));

    const list = await screen.findByRole('list', { name: 'Upcoming bookings' });
    const booking = within(list).getByRole('listitem', { name: 'Roadmap review' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(booking).toHaveTextContent(`${name}, Floor ${room.floorNumber}, ${room.building}`);
    expect(booking).toHaveTextContent(/Wed, Mar 4, 2026, 11:00\sAM – 12:00\sPM/);
    expect(within(booking).getByText('Room accepted')).toBeInTheDocument();

    const cancel = within(booking).getByRole('button', { name: 'Cancel booking' });
    await pane.user.click(cancel);
    const location = `${name}, Floor ${room.floorNumber}, ${room.building}`;
    const dialog = await screen.findByRole('alertdialog', { name: `Cancel the booking of ${location}?` });
    expect(dialog).toHaveTextContent(
      `${location} is taken off “Roadmap review” and its time is released (for every date of a series). The meeting itself stays on your and the attendees’ calendars.`,
    );
    const keep = within(dialog).getByRole('button', { name: 'Keep the booking' });
    await waitFor(() => expect(keep).toHaveFocus());
    await pane.user.click(keep);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    // Nothing changed, and focus is back on the button that asked.
    expect(await invited('resource')).toHaveLength(1);
    await waitFor(() => expect(cancel).toHaveFocus());

    await pane.user.click(cancel);
    await pane.user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel the booking' }),
    );

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(`The booking of ${location} is cancelled.`),
    );
    // The row stays in place, marked, so nothing moves under the pointer; focus goes to the list heading.
    expect(within(booking).getByText('Cancelled')).toBeInTheDocument();
    expect(within(booking).queryByRole('button', { name: 'Cancel booking' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Upcoming bookings' })).toHaveFocus());
    // The room is uninvited and Roombook's properties are emptied (Graph cannot delete them).
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
