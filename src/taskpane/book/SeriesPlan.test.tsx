import { screen, waitFor, within } from '@testing-library/react';
import { searchWithCapacity } from '../../../test/kit/pane/flows';
import {
  itemState,
  renderPane,
  savedEventId,
  UNTOUCHED,
  type RenderedPane,
} from '../../../test/kit/pane/renderPane';
import { makeWeeklyRecurrence } from '../../../test/kit/builders';
import { berlinDateTime as berlin } from '../../../test/kit/dates';

// Renders the whole pane over the emulator and books a series with exceptions: slow on a shared machine.
// The Book tab also searches as it opens, before the test's own search and booking.
jest.setTimeout(120_000);

const HOUR = 3_600_000;
const WEEK = 7 * 86_400_000;
/** Ten Wednesdays at 11:00 in Berlin: 10:00 UTC until summer time starts on 29 March, 09:00 UTC after. */
const SERIES = Array.from({ length: 10 }, (_, i) => {
  const start = Date.parse('2026-03-04T10:00:00Z') + i * WEEK - (i >= 4 ? HOUR : 0);
  return { start: new Date(start), end: new Date(start + HOUR) };
});

const bookButton = (list: HTMLElement, name: string) =>
  within(within(list).getByRole('listitem', { name })).getByRole('button', { name: `Book ${name}` });

/** The series on the form, searched for 10 seats; a room shown free on some of the dates but not all. */
async function partlyFreeRoom(pane: RenderedPane) {
  const list = await searchWithCapacity(pane, 10);
  const partly = within(list)
    .getAllByRole('listitem')
    .map((item) => ({
      name: item.getAttribute('aria-label') ?? '',
      free: Number(/Free for (\d+) of 10 occurrences/.exec(item.textContent ?? '')?.[1]),
    }))
    .find(({ free }) => free >= 6 && free <= 8);
  if (!partly) throw new Error('the seeded tenant has no room partly free for this series');
  return { list, ...partly };
}

/** The plan as the dialog lists it: each clashing date with why, and its room or none. */
function listedPlan(dialog: HTMLElement) {
  return within(dialog)
    .getAllByRole('listitem')
    .map((li) => {
      const text = li.textContent?.replace(/\s/g, ' ') ?? '';
      const match = /^(.+) \((Busy|Tentative)\): (.+)$/.exec(text);
      const date = SERIES.find((s) => match?.[1] === berlin(s.start));
      if (!match?.[3] || !date) throw new Error(`${text} is not a date of the series with a room`);
      return { date, room: match[3] === 'no free room' ? null : match[3] };
    });
}

describe('A series whose room clashes on some dates', () => {
  it('shows the whole plan first, each clashing date with another room; "Keep looking" is the focused default', async () => {
    const pane = await renderPane({
      appointment: {
        start: SERIES[0]?.start,
        end: SERIES[0]?.end,
        recurrence: makeWeeklyRecurrence({ numberOfOccurrences: 10 }),
      },
    });
    const { list, name, free } = await partlyFreeRoom(pane);

    await pane.user.click(bookButton(list, name));

    const clashing = 10 - free;
    const dialog = await screen.findByRole('alertdialog', {
      name: `Book ${name} with other rooms on ${clashing} dates?`,
    });
    // What Exchange does with the room as it is (defaults: the whole series declined)…
    expect(dialog).toHaveTextContent(`Exchange will decline ${name} for the whole series`);
    // …every clashing date, in order, with the room that takes it…
    const plan = listedPlan(dialog);
    expect(plan).toHaveLength(clashing);
    expect(plan.map((p) => p.date.start.getTime())).toEqual(
      [...plan.map((p) => p.date.start.getTime())].sort((a, b) => a - b),
    );
    const rooms = plan.flatMap((p) => (p.room ? [p.room] : []));
    expect(rooms.length).toBeGreaterThan(0);
    expect(rooms).not.toContain(name);
    // …and what Exchange does with those exceptions.
    expect(dialog).toHaveTextContent(
      rooms.length === clashing
        ? `With these exceptions ${name} is asked only for the dates it is free, and Exchange accepts the series.`
        : `Even with these exceptions Exchange will decline ${name} for the whole series`,
    );
    const keepLooking = within(dialog).getByRole('button', { name: 'Keep looking' });
    await waitFor(() => expect(keepLooking).toHaveFocus());
    await pane.user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(itemState(pane)).toEqual(UNTOUCHED);
  });

  it('"Book with these exceptions" books the series and gives each planned date its other room', async () => {
    const pane = await renderPane({
      appointment: {
        start: SERIES[0]?.start,
        end: SERIES[0]?.end,
        recurrence: makeWeeklyRecurrence({ numberOfOccurrences: 10 }),
      },
    });
    const { list, name } = await partlyFreeRoom(pane);
    await pane.user.click(bookButton(list, name));
    const dialog = await screen.findByRole('alertdialog');
    const plan = listedPlan(dialog);
    const moved = plan.filter((p) => p.room !== null);

    await pane.user.click(within(dialog).getByRole('button', { name: 'Book with these exceptions' }));

    await waitFor(
      () =>
        expect(screen.getByRole('status')).toHaveTextContent(
          `${name} is added to the series, with other rooms on ${moved.length} dates.`,
        ),
      { timeout: 20_000 },
    );
    const chosen = pane.emulator.tenant.rooms.find((r) => r.displayName === name);
    const seriesId = savedEventId(pane);
    if (!chosen || !seriesId) throw new Error('not booked');
    expect(itemState(pane).rooms).toEqual([chosen.emailAddress.toLowerCase()]);
    // Through Graph: each planned date is an exception with its room instead of the series' room.
    for (const { date, room } of moved) {
      const other = pane.emulator.tenant.rooms.find((r) => r.displayName === room);
      const occurrenceId = await pane.graph.exceptions.occurrenceAt(seriesId, date);
      if (!other || !occurrenceId) throw new Error(`no exception on ${berlin(date.start)}`);
      expect((await pane.graph.bookings.roomStatus(occurrenceId, other.emailAddress)).invited).toBe(true);
      expect((await pane.graph.bookings.roomStatus(occurrenceId, chosen.emailAddress)).invited).toBe(false);
    }
  });
});
