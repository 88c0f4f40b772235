import { screen, waitFor, within } from '@testing-library/react';
import { firstResults, openFilters, searchNow, searchWithCapacity } from '../../../test/kit/pane/flows';
import { renderPane, storedPreferences } from '../../../test/kit/pane/renderPane';

// Two pane openings, each searching on opening, and typing into the filters: slow on a shared machine.
jest.setTimeout(120_000);

const roomNames = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.getAttribute('aria-label'));

describe('favourites and remembered filters', () => {
  it('stars a room into roaming settings and lists it first among rooms as free as it', async () => {
    const pane = await renderPane();
    const list = await searchWithCapacity(pane, 4);
    const names = roomNames(list);
    const last = names.at(-1) ?? '';
    const star = within(list).getByRole('button', { name: `Favourite: ${last}` });
    expect(star).toHaveAttribute('aria-pressed', 'false');

    await pane.user.click(star);

    await waitFor(() => expect(star).toHaveAttribute('aria-pressed', 'true'));
    const lastRoom = pane.emulator.tenant.rooms.find((room) => room.displayName === last);
    expect(storedPreferences(pane)).toMatchObject({ favourites: [lastRoom?.emailAddress.toLowerCase()] });
    // First among the rooms of its availability, never above a freer one.
    const item = within(list).getByRole('listitem', { name: last });
    const status = (el: HTMLElement | undefined) => el?.querySelector('.fui-Badge')?.textContent;
    const ordered = within(list).getAllByRole('listitem');
    const index = ordered.indexOf(item);
    expect(status(ordered[index - 1])).not.toBe(status(item));
  });

  it('takes a star back and says so when roaming settings cannot be saved', async () => {
    const pane = await renderPane();
    const list = await searchWithCapacity(pane, 4);
    const first = roomNames(list)[0] ?? '';
    pane.outlook.mailbox.roamingFailure = 'Exchange is out of reach.';

    const star = within(list).getByRole('button', { name: `Favourite: ${first}` });
    await pane.user.click(star);

    await waitFor(() => expect(star).toHaveAttribute('aria-pressed', 'false'));
    expect(screen.getByRole('status').textContent).not.toBe('');
  });

  it('opens the next meeting with the filters and favourites of the last search', async () => {
    const first = await renderPane();
    const { tenant } = first.emulator;
    const building = tenant.roomLists[1];
    if (!building) throw new Error('the tenant has no second building');
    await firstResults();
    await openFilters(first);
    (await screen.findByRole('combobox', { name: 'Building' })).focus();
    await first.user.keyboard('{ArrowDown}');
    await first.user.click(screen.getByRole('option', { name: new RegExp(`^${building.displayName}, `) }));
    await searchNow(first);
    const kept = storedPreferences(first);
    expect(kept).toMatchObject({ filters: { roomList: building.emailAddress } });
    first.unmount();

    const next = await renderPane({ preferences: kept as never });

    // It opens on results of that building: the search on opening has the remembered filters.
    const inBuilding = new Set(
      tenant.rooms
        .filter((room) => room.roomListEmail === building.emailAddress)
        .map((room) => room.displayName),
    );
    const opened = roomNames(await firstResults());
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.every((name) => inBuilding.has(name ?? ''))).toBe(true);
    await openFilters(next);
    const picker = await screen.findByRole('combobox', { name: 'Building' });
    await waitFor(() => expect(picker).toHaveValue(`${building.displayName}, ${building.address.city}`));
  });

  it('finds buildings and rooms by city', async () => {
    const pane = await renderPane();
    const { tenant } = pane.emulator;
    const city = tenant.roomLists[0]?.address.city ?? '';
    const inCity = tenant.roomLists.filter((list) => list.address.city === city);
    await firstResults();
    await openFilters(pane);
    const picker = await screen.findByRole('combobox', { name: 'Building' });

    await pane.user.type(picker, city);

    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual([
      'All buildings',
      ...inCity.map((list) => `${list.displayName}, ${city}`).sort(),
    ]);
    await pane.user.keyboard('{Escape}');

    await pane.user.type(screen.getByRole('searchbox', { name: 'Search text' }), city);
    const list = await searchNow(pane);
    const inCityRooms = new Set(
      tenant.rooms
        .filter((room) => inCity.some((list) => list.emailAddress === room.roomListEmail))
        .map((room) => room.displayName),
    );
    const shown = roomNames(list);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((name) => inCityRooms.has(name ?? ''))).toBe(true);
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(city);
  });
});
