// Dates as the tests expect to read them in the pane: formatted here, on their own, not through the
// product's formatter (a test that borrows it would agree with its bugs).

/** A date and time as an en-US pane in Europe/Berlin shows it ("Wed, Mar 4, 2026, 11:00 AM"). */
export const berlinDateTime = (date: Date): string =>
  new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Berlin',
  })
    .format(date)
    .replace(/\s/g, ' ');
