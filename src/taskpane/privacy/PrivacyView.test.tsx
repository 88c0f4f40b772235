import { screen, waitFor, within } from '@testing-library/react';
import { bookBestRoom } from '../../../test/kit/pane/flows';
import { GIVEN_CONSENT, renderPane, storedConsent } from '../../../test/kit/pane/renderPane';

describe('PrivacyView', () => {
  it('lists every Graph call of the session by method, path and status, and no data', async () => {
    // One throttled availability call (retried), so that the log shows a failure too.
    const pane = await renderPane({
      appointment: { subject: 'Secret merger talks' },
      faults: [{ pathPattern: 'getSchedule', status: 429, count: 1 }],
    });
    await bookBestRoom(pane, 20);

    await pane.user.click(screen.getByRole('tab', { name: 'Privacy' }));

    // The Privacy tab loads with its first opening (a chunk of its own).
    const table = await screen.findByRole('table', { name: 'Graph calls in this session' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    // One row per call the emulator answered, in- and outside $batch.
    const answered = pane.emulator
      .requestLog()
      .map((entry) => [
        entry.method,
        decodeURIComponent(entry.url.replace(/^\/v1\.0/, '')),
        String(entry.status),
      ]);
    expect(
      rows.map(([, method, path, status]) => [method, decodeURIComponent(path ?? ''), status]).sort(),
    ).toEqual(answered.sort());
    expect(rows).toContainEqual([
      expect.any(String),
      'GET',
      expect.stringMatching(/^\/places\/microsoft\.graph\.room\b/),
      '200',
    ]);
    expect(rows).toContainEqual([expect.any(String), 'POST', '/me/calendar/getSchedule', '200']);
    expect(rows).toContainEqual([expect.any(String), 'POST', '/me/calendar/getSchedule', '429']);
    expect(rows).toContainEqual([
      expect.any(String),
      'PATCH',
      expect.stringMatching(/^\/me\/events\//),
      '200',
    ]);
    expect(table).not.toHaveTextContent('Secret merger talks');
  });

  it('shows the consent given; Withdraw consent asks first, then returns to the consent panel', async () => {
    const pane = await renderPane();
    await pane.user.click(await screen.findByRole('tab', { name: 'Privacy' }));
    // Accepted 2026-02-01T09:00Z, shown in the user's zone (Europe/Berlin).
    expect(
      await screen.findByText(
        `You agreed on Sun, Feb 1, 2026, 10:00 AM (consent version ${GIVEN_CONSENT.version}).`,
        {
          normalizer: (text) => text.replace(/\s/g, ' '),
        },
      ),
    ).toBeInTheDocument();

    const withdraw = screen.getByRole('button', { name: 'Withdraw consent' });
    await pane.user.click(withdraw);
    const dialog = await screen.findByRole('alertdialog', { name: 'Withdraw your consent?' });
    expect(dialog).toHaveTextContent('Rooms already booked stay booked and their meetings are unchanged');
    const keep = within(dialog).getByRole('button', { name: 'Keep my consent' });
    await waitFor(() => expect(keep).toHaveFocus());
    await pane.user.click(keep);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(storedConsent(pane)).toEqual(GIVEN_CONSENT);
    await waitFor(() => expect(withdraw).toHaveFocus());

    await pane.user.click(withdraw);
    await pane.user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Withdraw consent' }),
    );

    expect(await screen.findByRole('checkbox', { name: /^I agree/ })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeDisabled();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(storedConsent(pane)).toBeUndefined();
  });

  it('says so, and keeps the consent, when withdrawing cannot be saved', async () => {
    const pane = await renderPane();
    await pane.user.click(await screen.findByRole('tab', { name: 'Privacy' }));
    pane.outlook.mailbox.roamingFailure = 'Exchange is out of reach.';

    await pane.user.click(await screen.findByRole('button', { name: 'Withdraw consent' }));
    await pane.user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Withdraw consent' }),
    );

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Outlook could not do that: Saving roaming settings failed (9020: Generic Response Error).',
      ),
    );
    expect(screen.getByRole('tab', { name: 'Privacy' })).toBeInTheDocument();
  });
});
