// Every matching room gets availability, against the emulator: a weekly series whose only room free
// on all ten dates fits worst, so the first round trip does not check it and the background does.
// And moving the meeting through Office.js, as Outlook's Time.setAsync does it.
import { seededBusy } from '../../dev/emulator/tenant';
import { checkRemaining } from '../../src/core/backgroundCheck';
import type { RankedRoom } from '../../src/core/model';
import { occurrencesToCheck } from '../../src/core/occurrences';
import { searchRooms } from '../../src/core/roomSearch';
import { anyRoom, flowSetup, occupy, uninstallOutlook } from '../kit/harness';

afterEach(uninstallOutlook);

const START = new Date('2026-03-05T10:00:00Z');
const END = new Date('2026-03-05T11:00:00Z');

describe('progressive availability against the emulator', () => {
  it('finds the only room free on all ten dates of a weekly series beyond the first round trip', async () => {
    const flow = flowSetup({ roomCount: 200 });
    flow.outlook.mailbox.update({
      subject: 'Weekly',
      start: START,
      end: END,
      repeat: 'weekly',
      occurrences: 10,
    });
    const appointment = await flow.appointment.read();
    const dates = occurrencesToCheck(appointment);
    expect(dates).toHaveLength(10);
    const criteria = { ...anyRoom, minCapacity: 4 };
    const rooms = (await flow.directory.listRooms()).filter((room) => (room.capacity ?? 0) >= 4);
    const freeAllDates = rooms.filter((room) =>
      dates.every((date) => seededBusy(flow.emulator.tenant.seed, room.email, date).length === 0),
    );
    // The largest of them fits worst: checked last. Every other one gets a clash on the first date.
    const target = freeAllDates.reduce((a, b) => ((b.capacity ?? 0) > (a.capacity ?? 0) ? b : a));
    for (const room of freeAllDates)
      if (room !== target)
        await occupy(flow.emulator, room.email, dates[0]?.start ?? START, dates[0]?.end ?? END);

    const found = await searchRooms(flow, { appointment, criteria });
    // Ten weeks span two getSchedule windows: a round trip checks 40 rooms (two requests each).
    expect(found.windows).toHaveLength(2);
    expect(found.results).toHaveLength(40);
    expect(found.totalMatches).toBe(rooms.length);
    expect(found.results.filter((r) => r.availability.status === 'free')).toEqual([]);
    expect(found.unchecked.map((room) => room.email)).toContain(target.email);

    const later: RankedRoom[] = [];
    await checkRemaining(flow, { ...found, onChecked: (checked) => later.push(...checked) });
    expect(found.results.length + later.length).toBe(rooms.length);
    const free = later.filter((r) => r.availability.status === 'free');
    expect(free.map((r) => r.room.email)).toEqual([target.email]);
    expect(free[0]?.availability).toEqual({ status: 'free', total: 10, freeCount: 10 });
  });

  it('moves the meeting through Office.js: the start keeps the length, then the end is set', async () => {
    const flow = flowSetup();
    flow.outlook.mailbox.update({ subject: 'Planning', start: START, end: END });
    const later = { start: new Date('2026-03-05T14:00:00Z'), end: new Date('2026-03-05T15:30:00Z') };

    await flow.appointment.setTime(later.start, later.end);

    expect(await flow.appointment.read()).toMatchObject(later);
    // Outlook refuses an end before the start (InvalidEndTime), which setting the end first could hit.
    const item = (globalThis as unknown as { Office: typeof Office }).Office.context.mailbox
      .item as Office.AppointmentCompose;
    const result = await new Promise<Office.AsyncResult<void>>((resolve) =>
      item.end.setAsync(new Date('2026-03-05T13:00:00Z'), resolve),
    );
    expect(result.status).toBe('failed');
    expect(result.error.name).toBe('InvalidEndTime');
    expect(flow.outlook.mailbox.item().end).toEqual(later.end);
  });
});
