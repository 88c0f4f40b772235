import { bookingPhase, isSettled, PHASE_CHECK_WAITS_MS } from './bookingPhase';

describe('bookingPhase', () => {
  it.each([
    [{ sent: false, invited: true, response: 'none' }, 'added'],
    [{ sent: true, invited: true, response: 'none' }, 'waiting'],
    [{ sent: true, invited: true, response: 'tentativelyAccepted' }, 'tentative'],
    [{ sent: true, invited: true, response: 'accepted' }, 'accepted'],
    [{ sent: true, invited: true, response: 'declined' }, 'declined'],
    [{ sent: true, invited: false, response: 'none' }, 'notInvited'],
    [{ sent: false, invited: false, response: 'none' }, 'notInvited'],
  ] as const)('%j is %s', (status, phase) => {
    expect(bookingPhase(status)).toBe(phase);
  });

  it('keeps checking only phases the room can still change', () => {
    expect(['added', 'waiting', 'tentative'].map((p) => isSettled(p as never))).toEqual([
      false,
      false,
      false,
    ]);
    expect(['accepted', 'declined', 'notInvited'].map((p) => isSettled(p as never))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('checks with a growing wait, and for a bounded time only', () => {
    const waits = [...PHASE_CHECK_WAITS_MS];
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(10 * 60_000);
  });
});
