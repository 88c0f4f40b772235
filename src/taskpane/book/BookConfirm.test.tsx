import { configure, screen, waitFor, within } from '@testing-library/react';
import { seededBusy } from '../../../dev/emulator/tenant';
import { bookBestRoom, searchWithCapacity, waitForStatus } from '../../../test/kit/pane/flows';
import { itemState, renderPane, UNTOUCHED, type RenderedPane } from '../../../test/kit/pane/renderPane';
import { makeWeeklyRecurrence } from '../../../test/kit/builders';
import { berlinDateTime as berlin } from '../../../test/kit/dates';

// Each test renders the whole pane over the emulator and walks several dialogs: slow on a shared machine.
// The Book tab searches and lists its rooms as it opens, before each test's own steps: on a loaded
// two-core machine, more than the half minute these tests had.
jest.setTimeout(60_000);
// A booking's outcome (save, Outlook's sync, the write) comes later than the default second there.
configure({ asyncUtilTimeout: 5_000 });

const HOUR = 3_600_000;
const WEEK = 7 * 86_400_000;
/** Ten Wednesdays at 11:00 in Berlin: 10:00 UTC until summer time starts on 29 March, 09:00 UTC after. */
const SERIES = Array.from({ length: 10 }, (_, i) => {
  const start = Date.parse('2026-03-04T10:00:00Z') + i * WEEK - (i >= 4 ? HOUR : 0);
  return { start: new Date(start), end: new Date(start + HOUR) };
});

function roomsWith(pane: RenderedPane, capacity: number, slots: typeof SERIES) {
  const { tenant } = pane.emulator;
  return tenant.rooms
    .filter((room) => room.capacity >= capacity)
    .map((room) => ({
      room,
      blocks: slots.map((slot) => seededBusy(tenant.seed, room.emailAddress, slot)),
    }));
}

/** A room of at least 20 seats that the seeded tenant has busy at the first date of SERIES. */
function busyRoom(pane: RenderedPane) {
  const [slot] = SERIES;
  if (!slot) throw new Error('no slot');
  const busy = roomsWith(pane, 20, [slot]).find(({ blocks }) =>
    blocks[0]?.some((b) => b.status === 'busy'),
  )?.room;
  if (!busy) throw new Error('the seeded tenant has no busy room at this time');
  return busy;
}

const bookButton = (list: HTMLElement, name: string) =>
  within(within(list).getByRole('listitem', { name })).getByRole('button', { name: `Book ${name}` });

describe('Booking asks first when Exchange may decline', () => {
  it('asks before booking a busy room, naming the date; the safe answer is focused and books nothing', async () => {
    const pane = await renderPane();
    const list = await searchWithCapacity(pane, 20);
    const busy = busyRoom(pane);
    const name = busy.displayName;
    expect(within(within(list).getByRole('listitem', { name })).getByText('Busy')).toBeInTheDocument();

    await pane.user.click(bookButton(list, name));

    const dialog = await screen.findByRole('alertdialog', { name: `Book ${name} anyway?` });
    expect(dialog).toHaveTextContent(
      `Exchange will decline ${name} when you send the meeting: the room is not reserved.`,
    );
    expect(dialog).toHaveTextContent('1 date is not free:');
    expect(within(dialog).getByRole('listitem')).toHaveTextContent(/^Wed, Mar 4, 2026, 11:00\sAM: Busy$/);
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Don’t book' })).toHaveFocus());

    // Enter on the focused default is "no".
    await pane.user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(itemState(pane)).toEqual(UNTOUCHED);
    await waitFor(() => expect(bookButton(list, name)).toHaveFocus());

    // Escape is "no" too.
    await pane.user.click(bookButton(list, name));
    await screen.findByRole('alertdialog');
    await pane.user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(itemState(pane)).toEqual(UNTOUCHED);

    // Only the explicit confirmation books.
    await pane.user.click(bookButton(list, name));
    const again = await screen.findByRole('alertdialog');
    await pane.user.click(within(again).getByRole('button', { name: 'Book anyway' }));
    // Added, never called "booked": Exchange may still decline it.
    await waitForStatus(
      `${name} is added to this meeting, but it is not free on every date: Exchange may decline it when you send the meeting.`,
    );
    expect(screen.getByRole('status')).not.toHaveTextContent('is booked');
    expect(itemState(pane).rooms).toEqual([busy.emailAddress.toLowerCase()]);
  });

  it('with no other room to offer, names the clashing dates of a series and says Exchange declines the whole series', async () => {
    const pane = await renderPane({
      appointment: {
        start: SERIES[0]?.start,
        end: SERIES[0]?.end,
        recurrence: makeWeeklyRecurrence({ numberOfOccurrences: 10 }),
      },
    });
    const list = await searchWithCapacity(pane, 20);
    // A room the pane shows free on some dates of the ten, but clashing on at least two.
    const partly = within(list)
      .getAllByRole('listitem')
      .map((item) => ({
        item,
        free: Number(/Free for (\d+) of 10 occurrences/.exec(item.textContent ?? '')?.[1]),
      }))
      .find(({ free }) => free >= 1 && free <= 8);
    const name = partly?.item.getAttribute('aria-label');
    if (!partly || !name) throw new Error('the seeded tenant has no room partly free for this series');
    const clashing = 10 - partly.free;
    // Searched by its name, it is the only result: no other room for a plan (SeriesPlan.test.tsx).
    await pane.user.type(screen.getByRole('searchbox', { name: 'Search text' }), name);
    await pane.user.click(screen.getByRole('button', { name: 'Search rooms' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));

    await pane.user.click(bookButton(list, name));

    const dialog = await screen.findByRole('alertdialog', { name: `Book ${name} anyway?` });
    expect(dialog).toHaveTextContent(
      `Exchange will decline ${name} for the whole series when you send the meeting, free dates included`,
    );
    expect(dialog).toHaveTextContent(`${clashing} dates are not free:`);
    const dates = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/\s/g, ' ') ?? '');
    expect(dates).toHaveLength(Math.min(clashing, 5));
    // Every date is a Wednesday of the series at 11:00 in Berlin, summer time included, in order.
    const starts = dates.map((text) => {
      expect(text).toMatch(/^Wed, (Mar|Apr|May) \d+, 2026, 11:00 AM: (Busy|Tentative)$/);
      const start = SERIES.find((s) => text.startsWith(berlin(s.start)));
      if (!start) throw new Error(`${text} is not a date of the series`);
      return start.start.getTime();
    });
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    if (clashing > 5) {
      const more = clashing - 5;
      expect(dialog).toHaveTextContent(`…and ${more} more ${more === 1 ? 'date' : 'dates'}.`);
    }
    await pane.user.click(within(dialog).getByRole('button', { name: 'Don’t book' }));
    expect(itemState(pane)).toEqual(UNTOUCHED);
  });

  it('asks when the room’s calendar cannot be read: Exchange may decline', async () => {
    const pane = await renderPane({ faults: [{ pathPattern: 'getSchedule', status: 403 }] });
    const list = await searchWithCapacity(pane, 20);
    const name = within(list).getAllByRole('listitem')[0]?.getAttribute('aria-label') ?? '';

    await pane.user.click(bookButton(list, name));

    const dialog = await screen.findByRole('alertdialog', { name: `Book ${name} anyway?` });
    expect(dialog).toHaveTextContent(`Exchange may decline ${name} when you send the meeting`);
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('Availability unknown');
  });

  it('books a room shown free at once, without asking', async () => {
    const pane = await renderPane();
    await bookBestRoom(pane, 20);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('asks before replacing the booked room, and keeps it unless the user confirms', async () => {
    const pane = await renderPane();
    const first = await bookBestRoom(pane, 20);
    const list = screen.getByRole('list', { name: 'Rooms' });
    const other = within(list)
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('aria-label') !== first && within(li).queryByText('Free'));
    const name = other?.getAttribute('aria-label');
    if (!name) throw new Error('no second free room');
    const before = itemState(pane);

    await pane.user.click(bookButton(list, name));
    const dialog = await screen.findByRole('alertdialog', {
      name: new RegExp(`^Replace .* with ${name}\\?$`),
    });
    expect(dialog).toHaveTextContent(`comes off, and its time is released, only once ${name} is booked`);
    const keep = within(dialog).getByRole('button', { name: /^Keep / });
    await waitFor(() => expect(keep).toHaveFocus());
    await pane.user.click(keep);
    expect(itemState(pane)).toEqual(before);

    await pane.user.click(bookButton(list, name));
    await pane.user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Replace the room' }),
    );
    await waitForStatus(`${name} replaces the previous room.`);
  });

  it('a busy room booked anyway is declined by the room after Send, and My bookings says so', async () => {
    const pane = await renderPane({ appointment: { subject: 'Budget review' } });
    const list = await searchWithCapacity(pane, 20);
    const busy = busyRoom(pane);
    await pane.user.click(bookButton(list, busy.displayName));
    await pane.user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Book anyway' }),
    );
    await waitForStatus('Exchange may decline it');

    await pane.outlook.mailbox.send();
    await pane.user.click(screen.getByRole('tab', { name: 'My bookings' }));

    const booking = await screen.findByRole('listitem', { name: 'Budget review' });
    expect(within(booking).getByText('Room declined')).toBeInTheDocument();
  });
});
