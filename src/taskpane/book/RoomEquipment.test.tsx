import { within } from '@testing-library/react';
import { searchWithCapacity } from '../../../test/kit/pane/flows';
import { renderPane } from '../../../test/kit/pane/renderPane';

// Searches through the whole pane over the emulator: slow on a shared machine.
jest.setTimeout(30_000);

describe('a room card’s equipment', () => {
  it('shows each room’s equipment from the directory as named icons, and its tags in words', async () => {
    const pane = await renderPane();
    const list = await searchWithCapacity(pane, 4);
    const cards = within(list).getAllByRole('listitem');
    const seen = new Set<string>();
    for (const card of cards) {
      const room = pane.emulator.tenant.rooms.find((r) => r.displayName === card.getAttribute('aria-label'));
      if (!room) throw new Error(`no room in the tenant for ${card.getAttribute('aria-label')}`);
      // The emulator's own record of the room, in the words of the search form's equipment filter.
      const expected = [
        room.displayDeviceName ? 'Display' : null,
        room.videoDeviceName ? 'Video' : null,
        room.audioDeviceName ? 'Audio' : null,
        room.isWheelChairAccessible ? 'Wheelchair accessible' : null,
      ].filter((name): name is string => name !== null);
      const icons = within(card)
        .queryAllByRole('img')
        .map((icon) => icon.getAttribute('aria-label') ?? '')
        .filter((name) => !name.startsWith('The room around this meeting'));
      expect(icons).toEqual(expected);
      for (const name of icons) seen.add(name);
      if (room.tags.length > 0) expect(within(card).getByText(room.tags.join(', '))).toBeVisible();
    }
    // The fixture's rooms between them have every kind of equipment, so every icon was checked once.
    expect([...seen].sort()).toEqual(['Audio', 'Display', 'Video', 'Wheelchair accessible']);
  });
});
