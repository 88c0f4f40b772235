import { percentOf, timelineAround, widenForTimeline } from './timeline';

const at = (hhmm: string) => new Date(`2026-03-04T${hhmm}:00Z`);
const meeting = { start: at('10:00'), end: at('11:00') };

describe('a room’s timeline around the meeting', () => {
  it('reaches two hours either side, clips blocks to it and leaves free time out', () => {
    const timeline = timelineAround(
      [
        { start: at('06:00'), end: at('08:30'), status: 'busy' },
        { start: at('12:30'), end: at('14:00'), status: 'tentative' },
        { start: at('09:00'), end: at('09:30'), status: 'free' },
        { start: at('09:30'), end: at('10:00'), status: 'oof' },
        { start: at('14:00'), end: at('15:00'), status: 'busy' },
        { start: at('07:00'), end: at('07:30'), status: 'busy' },
      ],
      meeting,
    );
    expect(timeline.window).toEqual({ start: at('08:00'), end: at('13:00') });
    expect(timeline.blocks).toEqual([
      { start: at('08:00'), end: at('08:30'), status: 'busy' },
      { start: at('09:30'), end: at('10:00'), status: 'busy' },
      { start: at('12:30'), end: at('13:00'), status: 'tentative' },
    ]);
  });

  it('places instants as a share of the window, bounded to it', () => {
    const timeline = timelineAround([], meeting);
    expect(percentOf(timeline, at('10:00'))).toBeCloseTo(40);
    expect(percentOf(timeline, at('05:00'))).toBe(0);
    expect(percentOf(timeline, at('20:00'))).toBe(100);
  });

  it('widens a schedule window by the same margin', () => {
    expect(widenForTimeline(meeting)).toEqual({ start: at('08:00'), end: at('13:00') });
  });
});
