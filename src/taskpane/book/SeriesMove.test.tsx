// A series with no room free at its time moves to a suggested time of day through the pane, on a
// client that refuses Time.setAsync on a series (classic Outlook on Windows) as on one that takes it.
import { screen, waitFor, within } from '@testing-library/react';
import { seededBusy } from '../../../dev/emulator/tenant';
import { makeWeeklyRecurrence } from '../../../test/kit/builders';
import { occupy } from '../../../test/kit/harness';
import { searchWithCapacity } from '../../../test/kit/pane/flows';
import { renderPane } from '../../../test/kit/pane/renderPane';

jest.setTimeout(60_000);

describe.each(['refused', 'allowed'] as const)(
  'moving a series, Time.setAsync on a series %s',
  (seriesTimeSetAsync) => {
    it('moves every date of the series to the time picked, and the rooms follow', async () => {
      const pane = await renderPane({
        seriesTimeSetAsync,
        appointment: { subject: 'Weekly sync', recurrence: makeWeeklyRecurrence({ numberOfOccurrences: 4 }) },
      });
      const slot = await pane.appointment.read();
      const { tenant } = pane.emulator;
      // Every room of 20 seats is taken at the series' first date: nothing fits at this time.
      for (const room of tenant.rooms)
        if (room.capacity >= 20 && seededBusy(tenant.seed, room.emailAddress, slot).length === 0)
          await occupy(pane.emulator, room.emailAddress, slot.start, slot.end);
      await searchWithCapacity(pane, 20);

      await pane.user.click(screen.getByRole('button', { name: 'Suggest other times' }));
      const times = await screen.findByRole('list', { name: 'Other times' });
      const first = within(times).getAllByRole('button', { name: /^Move every date to / })[0];
      if (!first) throw new Error('no time suggested');
      await pane.user.click(first);

      // The series keeps its first date, its pattern and its length, at another time of day.
      await waitFor(() => expect(pane.outlook.mailbox.item().start.getTime()).not.toBe(slot.start.getTime()));
      const item = pane.outlook.mailbox.item();
      expect(item.start.toISOString().slice(0, 10)).toBe(slot.start.toISOString().slice(0, 10));
      expect(item.end.getTime() - item.start.getTime()).toBe(slot.end.getTime() - slot.start.getTime());
      expect(item).toMatchObject({ repeat: 'weekly', occurrences: 4 });
      expect(screen.queryByRole('alert')).toBeNull();
      await waitFor(() => expect(screen.queryByRole('list', { name: 'Other times' })).toBeNull());
      expect(screen.getByRole('heading', { name: 'Rooms' })).toHaveFocus();
    });
  },
);
