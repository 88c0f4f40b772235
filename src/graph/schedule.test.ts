// getSchedule through the real client against the in-process emulator, with latency so that
// requests overlap as they do against Graph. Sized to run in well under jest's default timeout on a
// busy two-core machine: 40 rooms (two getSchedule chunks, one $batch of two) over three windows is
// six requests at once, enough to pass the four-in-flight limit the test is about.
import { createEmulator } from '../../dev/emulator';
import { occurrencesToCheck, scheduleWindows } from '../core/occurrences';
import { makeAppointment, makeWeeklyRecurrence } from '../../test/kit/builders';
import { createGraphClient } from './client/client';
import { createScheduleSource } from './schedule';

function setup() {
  const emulator = createEmulator({ seed: 3, roomCount: 60, latencyMs: 5 });
  const client = createGraphClient({
    baseUrl: 'http://emulator.test/v1.0',
    tokens: { getToken: async () => emulator.tokenFor(), signOut: async () => undefined },
    fetch: (url, init) => emulator.fetch(url, init),
    sleep: async () => undefined,
  });
  const rooms = emulator.tenant.rooms.slice(0, 40).map((room) => room.emailAddress);
  return { emulator, schedules: createScheduleSource(client), rooms };
}

const weekly = makeAppointment({
  start: new Date('2026-03-04T09:00:00Z'),
  end: new Date('2026-03-04T10:00:00Z'),
  recurrence: makeWeeklyRecurrence({ numberOfOccurrences: 20 }),
});

describe('schedules of many rooms over a series', () => {
  it('checks every window of a series at once without a 429: a $batch counts as the requests inside it', async () => {
    const { emulator, schedules, rooms } = setup();
    const windows = scheduleWindows(occurrencesToCheck(weekly));
    expect(windows.length).toBeGreaterThanOrEqual(3);
    const answers = await Promise.all(windows.map((window) => schedules.getSchedules(rooms, window)));
    expect(answers.every((answer) => [...answer.values()].every((s) => s.ok))).toBe(true);
    const calls = emulator.requestLog().filter((e) => e.url === '/v1.0/me/calendar/getSchedule');
    expect(calls).toHaveLength(windows.length * 2);
    expect(calls.filter((e) => e.status === 429)).toEqual([]);
  });

  it('asks for one availabilityView digit a day: Roombook reads only the schedule items', async () => {
    const { emulator, schedules, rooms } = setup();
    const [window] = scheduleWindows(occurrencesToCheck(weekly));
    if (!window) throw new Error('no window');
    await schedules.getSchedules(rooms.slice(0, 2), window);
    const call = emulator.requestLog().find((e) => e.url === '/v1.0/me/calendar/getSchedule');
    expect(call?.body).toMatchObject({ availabilityViewInterval: 1440 });
  });
});
