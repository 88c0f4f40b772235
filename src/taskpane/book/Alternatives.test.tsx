// When nothing fitting is free: other times are buttons that move the meeting in Outlook and name
// the rooms free then; a filter that keeps free rooms out is offered as a wider search.
import { screen, waitFor, within } from '@testing-library/react';
import { seededBusy } from '../../../dev/emulator/tenant';
import { occupy } from '../../../test/kit/harness';
import { searchWithCapacity } from '../../../test/kit/pane/flows';
import { renderPane, type RenderedPane } from '../../../test/kit/pane/renderPane';
import { deDE } from '../i18n/de-DE';
import { createI18n } from '../i18n/I18nProvider';

const en = createI18n('en-US');

const isFree = (item: HTMLElement) => within(item).queryByText('Free') !== null;

/** Makes every room with at least `capacity` seats busy at the meeting's time. */
async function occupyAll(pane: RenderedPane, capacity: number) {
  const { tenant } = pane.emulator;
  const slot = await pane.appointment.read();
  for (const room of tenant.rooms)
    if (room.capacity >= capacity && seededBusy(tenant.seed, room.emailAddress, slot).length === 0)
      await occupy(pane.emulator, room.emailAddress, slot.start, slot.end);
  return slot;
}

describe('Alternatives', () => {
  it('moves the meeting to a suggested time through Outlook, naming the rooms free then', async () => {
    const pane = await renderPane();
    const slot = await occupyAll(pane, 20);
    const list = await searchWithCapacity(pane, 20);
    expect(within(list).getAllByRole('listitem').filter(isFree)).toHaveLength(0);

    await pane.user.click(screen.getByRole('button', { name: 'Suggest other times' }));
    const times = await screen.findByRole('list', { name: 'Other times' });
    const first = within(times).getAllByRole('button', { name: /^Move to / })[0];
    if (!first) throw new Error('no time suggested');
    // The button says when; its description names the rooms (at most three, then a count).
    expect(first).toHaveAccessibleDescription(/^Free then: .+/);
    const label = first.textContent ?? '';
    expect(label).toMatch(/^Move to .+ – .+/);

    await pane.user.click(first);

    // Outlook's item has the time the button named, at the meeting's length.
    await waitFor(() => expect(pane.outlook.mailbox.item().start.getTime()).not.toBe(slot.start.getTime()));
    const item = pane.outlook.mailbox.item();
    expect(label).toContain(`Move to ${en.dateTime(item.start, slot.displayTimeZone)} –`);
    expect(item.end.getTime() - item.start.getTime()).toBe(slot.end.getTime() - slot.start.getTime());
    // The results follow the new time: rooms are free then, and the other times are gone.
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Rooms' }))
          .getAllByRole('listitem')
          .some(isFree),
      ).toBe(true),
    );
    expect(screen.queryByRole('list', { name: 'Other times' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Rooms' })).toHaveFocus();
  }, 120_000);

  it('offers the next room size down when only smaller rooms are free, and searches with it', async () => {
    const pane = await renderPane();
    await occupyAll(pane, 20);
    await searchWithCapacity(pane, 20);

    await pane.user.click(screen.getByRole('button', { name: 'Suggest other times' }));
    const wider = await screen.findByRole('group', { name: 'Wider searches' });
    const seats = within(wider).getByRole('button', {
      name: /^Show (1 free room|\d+ free rooms) with 16 seats$/,
    });

    await pane.user.click(seats);

    expect(screen.getByRole('spinbutton', { name: 'Minimum capacity' })).toHaveValue('16');
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Rooms' }))
          .getAllByRole('listitem')
          .some(isFree),
      ).toBe(true),
    );
  }, 120_000);

  it('says "1 room" and "2 rooms": the plural forms of both catalogues', () => {
    const de = createI18n('de-DE', deDE);
    expect(en.t('relaxBuilding', { count: 1 })).toBe('Show 1 free room in other buildings');
    expect(en.t('relaxBuilding', { count: 4 })).toBe('Show 4 free rooms in other buildings');
    expect(de.t('relaxBuilding', { count: 1 })).toBe('1 freien Raum in anderen Gebäuden zeigen');
    expect(de.t('heldFreeFound', { count: 2 })).toBe('2 weitere freie Räume gefunden.');
  });
});
