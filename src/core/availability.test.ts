// The room that accepted this meeting holds it on its own calendar: that copy is no clash with itself.
import { availabilityOf, withoutOwnMeeting } from './availability';
import type { BusyItem, MailboxSchedule, TimeRange } from './model';

const at = (start: string, end: string): TimeRange => ({ start: new Date(start), end: new Date(end) });
const busy = (range: TimeRange): BusyItem => ({ ...range, status: 'busy' });

const meeting = at('2026-03-04T10:00:00Z', '2026-03-04T11:00:00Z');
const overlapping = at('2026-03-04T10:30:00Z', '2026-03-04T11:30:00Z');

describe('withoutOwnMeeting', () => {
  it('leaves out the room’s copy of this meeting at exactly its time, and keeps everything else', () => {
    const schedule: MailboxSchedule = { ok: true, items: [busy(meeting), busy(overlapping)] };
    expect(withoutOwnMeeting(schedule, [meeting])).toEqual({
      schedule: { ok: true, items: [busy(overlapping)] },
      held: 1,
    });
  });

  it('leaves out only one item a time: a second meeting at the same time is a real clash', () => {
    const someoneElse: BusyItem = { ...meeting, status: 'tentative' };
    const schedule: MailboxSchedule = { ok: true, items: [busy(meeting), someoneElse] };
    const own = withoutOwnMeeting(schedule, [meeting]);
    expect(own.schedule).toEqual({ ok: true, items: [someoneElse] });
    expect(availabilityOf(own.schedule, [meeting]).status).toBe('tentative');
    expect(
      availabilityOf(
        withoutOwnMeeting({ ok: true, items: [busy(meeting), busy(meeting)] }, [meeting]).schedule,
        [meeting],
      ).status,
    ).toBe('busy');
  });

  it('leaves nothing out for an item that only overlaps the meeting, or a meeting moved since', () => {
    const schedule: MailboxSchedule = { ok: true, items: [busy(overlapping)] };
    expect(withoutOwnMeeting(schedule, [meeting])).toEqual({ schedule, held: 0 });
    expect(availabilityOf(schedule, [meeting]).status).toBe('busy');
  });

  it('leaves out one copy for each occurrence of a series, and counts the occurrences it held', () => {
    const second = at('2026-03-11T10:00:00Z', '2026-03-11T11:00:00Z');
    const third = at('2026-03-18T10:00:00Z', '2026-03-18T11:00:00Z');
    // The room declined the third date on its own (a clash there): only someone else's item is left.
    const schedule: MailboxSchedule = { ok: true, items: [busy(meeting), busy(second), busy(third)] };
    const own = withoutOwnMeeting(schedule, [meeting, second]);
    expect(own).toEqual({ schedule: { ok: true, items: [busy(third)] }, held: 2 });
    expect(availabilityOf(own.schedule, [meeting, second, third])).toEqual({
      status: 'busy',
      total: 3,
      freeCount: 2,
    });
  });

  it('keeps every block when there is no time to leave out, and an unreadable schedule as it is', () => {
    const schedule: MailboxSchedule = { ok: true, items: [busy(meeting)] };
    expect(withoutOwnMeeting(schedule, [])).toEqual({ schedule, held: 0 });
    const failed: MailboxSchedule = { ok: false, error: 'ErrorMailboxNotFound' };
    expect(withoutOwnMeeting(failed, [meeting])).toEqual({ schedule: failed, held: 0 });
  });
});
