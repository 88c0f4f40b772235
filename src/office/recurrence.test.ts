import { fromOfficeRecurrence } from './recurrence';

/** Office.js's recurrence as getAsync gives it; only the series' dates are read from seriesTime. */
const officeRecurrence = (
  recurrenceType: string,
  recurrenceProperties: Record<string, unknown>,
): Office.Recurrence =>
  ({
    recurrenceType,
    recurrenceProperties,
    recurrenceTimeZone: { name: 'Pacific Standard Time' },
    seriesTime: { getStartDate: () => '2026-03-01', getEndDate: () => '' },
  }) as unknown as Office.Recurrence;

describe('Office.js recurrence into the model', () => {
  it("keeps the week's first day, which decides an every-other-week series' weeks", () => {
    // Office's documented example: {"interval": 2, "days": ["mon","thu","fri"], "firstDayOfWeek": "sun"}
    // (https://learn.microsoft.com/en-us/javascript/api/outlook/office.recurrenceproperties).
    expect(
      fromOfficeRecurrence(
        officeRecurrence('weekly', { interval: 2, days: ['mon', 'thu', 'fri'], firstDayOfWeek: 'mon' }),
        'UTC',
      ),
    ).toMatchObject({
      type: 'weekly',
      interval: 2,
      daysOfWeek: ['monday', 'thursday', 'friday'],
      firstDayOfWeek: 'monday',
      timeZone: 'America/Los_Angeles',
    });
    expect(
      fromOfficeRecurrence(officeRecurrence('weekly', { interval: 1, days: ['mon'] }), 'UTC')?.firstDayOfWeek,
    ).toBeUndefined();
  });

  it('reads a kind of day ("the second weekday") as the days it stands for', () => {
    // Office.MailboxEnums.Days: Weekday = "weekday", WeekendDay = "weekendDay", Day = "day".
    const relative = (dayOfWeek: string) =>
      fromOfficeRecurrence(
        officeRecurrence('monthly', { interval: 1, dayOfWeek, weekNumber: 'second' }),
        'UTC',
      );
    expect(relative('weekday')).toMatchObject({
      type: 'relativeMonthly',
      weekIndex: 'second',
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
    });
    expect(relative('weekendDay')?.daysOfWeek).toEqual(['saturday', 'sunday']);
    expect(relative('day')?.daysOfWeek).toHaveLength(7);
    expect(relative('tue')?.daysOfWeek).toEqual(['tuesday']);
  });
});
