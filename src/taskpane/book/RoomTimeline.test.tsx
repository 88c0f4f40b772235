import { screen, within } from '@testing-library/react';
import { seededBusy } from '../../../dev/emulator/tenant';
import { searchWithCapacity } from '../../../test/kit/pane/flows';
import { renderPane } from '../../../test/kit/pane/renderPane';

// The Book tab searches and lists its rooms as it opens, before each test's own steps: on a loaded
// two-core machine, more than the half minute these tests had.
jest.setTimeout(60_000);

describe('a room card’s timeline', () => {
  it('shows the room’s busy time around the meeting, from the schedule the search read', async () => {
    const pane = await renderPane();
    const list = await searchWithCapacity(pane, 4);
    const slot = await pane.appointment.read();
    const busyCard = within(list)
      .getAllByRole('listitem')
      .find((item) => within(item).queryByText('Busy') !== null);
    if (!busyCard) throw new Error('the fixture has no busy room among the results');
    const room = pane.emulator.tenant.rooms.find(
      (r) => r.displayName === busyCard.getAttribute('aria-label'),
    );
    // The emulator's own record of the room's busy time at the meeting: the timeline must show it.
    expect(seededBusy(pane.emulator.tenant.seed, room?.emailAddress ?? '', slot).length).toBeGreaterThan(0);

    const timeline = within(busyCard).getByRole('img', { name: /^The room around this meeting/ });
    expect(timeline).toHaveAccessibleName(/your meeting 11:00\sAM–12:00\sPM; .*busy \d\d:\d\d\s[AP]M–/);

    const freeCard = within(list)
      .getAllByRole('listitem')
      .find((item) => within(item).queryByText('Free') !== null);
    expect(
      within(freeCard as HTMLElement).getByRole('img', { name: /^The room around this meeting/ }),
    ).toHaveAccessibleName(/your meeting 11:00\sAM–12:00\sPM/);
    expect(screen.getAllByRole('img', { name: /^The room around this meeting/ }).length).toBe(
      within(list).getAllByRole('listitem').length,
    );
  });
});
