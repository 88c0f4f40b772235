// Errors raised through the pane name what failed (the room directory, My bookings, other times) and
// what the user can do; a 403 names the permission an admin must grant. Unit cases: errorMessage.test.ts.
import { screen, waitFor } from '@testing-library/react';
import { searchWithCapacity } from '../../test/kit/pane/flows';
import { renderPane } from '../../test/kit/pane/renderPane';

// Renders the whole pane over the emulator: slow on a shared machine.
// The Book tab searches and lists its rooms as it opens, before each test's own steps: on a loaded
// two-core machine, more than the half minute these tests had.
jest.setTimeout(60_000);

const slow = { timeout: 10_000 };
const statusSays = (text: string | RegExp) =>
  waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text), slow);

describe('error messages by context', () => {
  it('a 404 from the room directory says the directory is missing, never the meeting', async () => {
    await renderPane({ faults: [{ pathPattern: '/places/', status: 404 }] });
    await statusSays(
      'Microsoft 365 has no room directory for your organisation. Ask your administrator to set up rooms and room lists (Places).',
    );
    expect(screen.getByRole('status')).not.toHaveTextContent(/meeting/i);
  });

  it('a 403 from the room directory names Place.Read.All for the admin, in German too', async () => {
    await renderPane({ locale: 'de-DE', faults: [{ pathPattern: '/places/', status: 403 }] });
    await statusSays(
      'Das Raumverzeichnis konnte nicht gelesen werden. Microsoft 365 hat den Zugriff verweigert. Bitten Sie Ihre Administration, Roombook die Berechtigung Place.Read.All zu erteilen.',
    );
  });

  it('My bookings that cannot be read say so', async () => {
    const pane = await renderPane({ faults: [{ pathPattern: '/calendarView', status: 503 }] });
    await pane.user.click(await screen.findByRole('tab', { name: 'My bookings' }));
    await statusSays(
      'My bookings could not be read or changed. Microsoft 365 is not answering right now. Try again in a moment.',
    );
  });

  it('other times refused name their permission, Calendars.Read.Shared', async () => {
    const pane = await renderPane({
      faults: [
        { pathPattern: 'getSchedule', status: 403 },
        { pathPattern: 'findMeetingTimes', status: 403 },
      ],
    });
    await searchWithCapacity(pane, 20);
    await pane.user.click(screen.getByRole('button', { name: 'Suggest other times' }));
    await statusSays(
      'Other times could not be looked up. Microsoft 365 refused access. Ask your administrator to grant Roombook the permission Calendars.Read.Shared.',
    );
  });
});
