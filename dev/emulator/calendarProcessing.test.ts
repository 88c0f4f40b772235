import {
  answerRequest,
  EXCHANGE_DEFAULTS,
  parseSettings,
  type CalendarProcessing,
} from './calendarProcessing';

const NOW = new Date('2026-03-04T07:00:00Z');
const DAY = 86_400_000;
/** Ten weekly dates from a week after NOW; `clashing` are the indices that conflict. */
const series = (clashing: number[], count = 10, firstDay = 7) =>
  Array.from({ length: count }, (_, index) => ({
    index,
    start: new Date(NOW.getTime() + (firstDay + 7 * index) * DAY),
    conflict: clashing.includes(index),
  }));
const withSettings = (settings: Partial<CalendarProcessing>) => ({ ...EXCHANGE_DEFAULTS, ...settings });
const declined = (answer: ReturnType<typeof answerRequest>) => [...answer.declinedOccurrences].sort();

describe('a room answers a meeting request as Set-CalendarProcessing documents', () => {
  it('by default: a free series is accepted, one conflict declines the whole series', () => {
    expect(answerRequest(EXCHANGE_DEFAULTS, series([]), true, NOW)).toMatchObject({ response: 'accepted' });
    const answer = answerRequest(EXCHANGE_DEFAULTS, series([4]), true, NOW);
    expect(answer.response).toBe('declined');
  });

  it('accepts a series whose conflicts stay within both limits, declining those occurrences', () => {
    const room = withSettings({ maximumConflictInstances: 2, conflictPercentageAllowed: 20 });
    const answer = answerRequest(room, series([2, 7]), true, NOW);
    expect(answer.response).toBe('accepted');
    expect(declined(answer)).toEqual([2, 7]);
  });

  it('declines the whole series when either limit is exceeded', () => {
    // Three conflicts of ten: more than two instances.
    const instances = withSettings({ maximumConflictInstances: 2, conflictPercentageAllowed: 50 });
    expect(answerRequest(instances, series([1, 2, 3]), true, NOW).response).toBe('declined');
    // Two of ten is 20 %: more than 10 %.
    const percentage = withSettings({ maximumConflictInstances: 5, conflictPercentageAllowed: 10 });
    expect(answerRequest(percentage, series([1, 2]), true, NOW).response).toBe('declined');
  });

  it('with AllowConflicts accepts every date, conflicts included (double-booked)', () => {
    const answer = answerRequest(withSettings({ allowConflicts: true }), series([1, 2, 3]), true, NOW);
    expect(answer).toMatchObject({ response: 'accepted' });
    expect(declined(answer)).toEqual([]);
  });

  it('a single meeting has no allowance: a conflict declines it unless conflicts are allowed', () => {
    const single = [{ index: null, start: new Date(NOW.getTime() + DAY), conflict: true }];
    const room = withSettings({ maximumConflictInstances: 5, conflictPercentageAllowed: 100 });
    expect(answerRequest(room, single, false, NOW).response).toBe('declined');
    expect(answerRequest(withSettings({ allowConflicts: true }), single, false, NOW).response).toBe(
      'accepted',
    );
  });

  it('declines recurring meetings when AllowRecurringMeetings is off', () => {
    const room = withSettings({ allowRecurringMeetings: false });
    expect(answerRequest(room, series([]), true, NOW).response).toBe('declined');
  });

  it('past the booking window: a series is declined, or cut short without EnforceSchedulingHorizon', () => {
    // 10 weekly dates from day 7 run to day 70; a 30-day window holds the first four (days 7–28).
    const window = withSettings({ bookingWindowInDays: 30 });
    expect(answerRequest(window, series([]), true, NOW).response).toBe('declined');
    const cut = answerRequest({ ...window, enforceSchedulingHorizon: false }, series([]), true, NOW);
    expect(cut.response).toBe('accepted');
    expect(declined(cut)).toEqual([4, 5, 6, 7, 8, 9]);
    const far = [{ index: null, start: new Date(NOW.getTime() + 181 * DAY), conflict: false }];
    expect(answerRequest(EXCHANGE_DEFAULTS, far, false, NOW).response).toBe('declined');
  });

  it('takes settings one by one within the cmdlet’s ranges', () => {
    expect(parseSettings(EXCHANGE_DEFAULTS, { maximumConflictInstances: 3 })).toEqual({
      ...EXCHANGE_DEFAULTS,
      maximumConflictInstances: 3,
    });
    expect(() => parseSettings(EXCHANGE_DEFAULTS, { conflictPercentageAllowed: 101 })).toThrow();
    expect(() => parseSettings(EXCHANGE_DEFAULTS, { bookingWindowInDays: 1081 })).toThrow();
    expect(() => parseSettings(EXCHANGE_DEFAULTS, { allowConflicts: 'yes' })).toThrow();
    expect(() => parseSettings(EXCHANGE_DEFAULTS, { automateProcessing: 'None' })).toThrow();
  });
});
