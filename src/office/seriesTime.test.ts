// Moving a series to another time of day, as Outlook's clients allow it: classic Outlook on Windows
// refuses Time.setAsync on a series, the other clients take it; Roombook moves a series through its
// pattern (recurrence.setAsync) on both, and hears a pattern changed in Outlook.
import { graphSetup, installOutlook, uninstallOutlook, type OutlookSetup } from '../../test/kit/harness';
import { createOfficeAdapters } from './index';

const START = new Date('2026-03-04T09:00:00Z'); // 10:00 in Berlin, a Wednesday
const HOUR = 3_600_000;

let outlook: OutlookSetup;

let off: () => void = () => undefined;

afterEach(() => {
  // The adapter keeps one Office handler for all of the pane's listeners: the next test starts with none.
  off();
  uninstallOutlook();
});

describe.each(['allowed', 'refused'] as const)(
  'a weekly series, Time.setAsync on a series %s',
  (seriesTimeSetAsync) => {
    beforeEach(() => {
      outlook = installOutlook(graphSetup().emulator, 'W. Europe Standard Time', { seriesTimeSetAsync });
      outlook.mailbox.update({
        subject: 'Weekly sync',
        start: START,
        end: new Date(START.getTime() + HOUR),
        repeat: 'weekly',
        occurrences: 4,
      });
    });

    it('moves every date to the new time of day and length, and the pane hears the change', async () => {
      const { appointment } = createOfficeAdapters();
      const changed = jest.fn();
      off = appointment.onChanged(changed);

      // 14:30–16:00 in Berlin on the series' first date.
      await appointment.setTime(new Date('2026-03-04T13:30:00Z'), new Date('2026-03-04T15:00:00Z'));

      const item = outlook.mailbox.item();
      expect(item.start.toISOString()).toBe('2026-03-04T13:30:00.000Z');
      expect(item.end.toISOString()).toBe('2026-03-04T15:00:00.000Z');
      expect(item).toMatchObject({ repeat: 'weekly', occurrences: 4 });
      expect(changed).toHaveBeenCalled();
      const read = await appointment.read();
      expect(read.recurrence).toMatchObject({
        type: 'weekly',
        daysOfWeek: ['wednesday'],
        endDate: '2026-03-25',
      });
    });

    it('refuses a time that lands on another day in the series’ zone, and changes nothing', async () => {
      const { appointment } = createOfficeAdapters();
      // 00:30 on Thursday in Berlin: every date of a Wednesday series would move a day.
      await expect(
        appointment.setTime(new Date('2026-03-04T23:30:00Z'), new Date('2026-03-05T00:30:00Z')),
      ).rejects.toMatchObject({ kind: 'office' });
      expect(outlook.mailbox.item().start).toEqual(START);
    });

    it('hears a change of the series’ pattern made in Outlook', async () => {
      const { appointment } = createOfficeAdapters();
      const changed = jest.fn();
      off = appointment.onChanged(changed);
      outlook.mailbox.update({ occurrences: 6 });
      expect(changed).toHaveBeenCalledTimes(1);
    });
  },
);

it('the simulator refuses Time.setAsync on a series where classic Outlook on Windows does, and not elsewhere', async () => {
  const attempt = (seriesTimeSetAsync: 'allowed' | 'refused', repeat: 'none' | 'weekly') => {
    outlook = installOutlook(graphSetup().emulator, 'W. Europe Standard Time', { seriesTimeSetAsync });
    outlook.mailbox.update({ start: START, end: new Date(START.getTime() + HOUR), repeat });
    const item = Office.context.mailbox.item as Office.AppointmentCompose;
    return new Promise<string>((resolve) =>
      item.start.setAsync(new Date(START.getTime() + HOUR), (result) => resolve(String(result.status))),
    );
  };
  await expect(attempt('refused', 'weekly')).resolves.toBe('failed');
  await expect(attempt('refused', 'none')).resolves.toBe('succeeded');
  await expect(attempt('allowed', 'weekly')).resolves.toBe('succeeded');
});
