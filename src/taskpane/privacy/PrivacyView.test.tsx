import { screen, waitFor, within } from '@testing-library/react';
import { bookBestRoom } from '../../../test/kit/pane/flows';
import { GIVEN_CONSENT, renderPane, savedEventId, storedConsent } from '../../../test/kit/pane/renderPane';

/** A blob's text (jsdom's Blob has no text()). */
const textOf = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });

/** These tests book a room first, after the search the Book tab runs as it opens: slow on a loaded machine. */
const BOOKING_TIMEOUT = 120_000;
// The others open the pane, whose Book tab searches and lists its rooms first: more than jest's 5 s.
jest.setTimeout(30_000);

describe('PrivacyView', () => {
  it(
    'lists every Graph call of the session in plain words, one line each, and no data',
    async () => {
      // One throttled availability call (retried), so that the log shows a failure too.
      const pane = await renderPane({
        appointment: { subject: 'Secret merger talks' },
        faults: [{ pathPattern: 'getSchedule', status: 429, count: 1 }],
      });
      await bookBestRoom(pane, 20);

      await pane.user.click(screen.getByRole('tab', { name: 'Privacy' }));

      // The Privacy tab loads with its first opening (a chunk of its own).
      const log = await screen.findByRole('list', { name: 'Microsoft Graph calls in this session' });
      const lines = within(log)
        .getAllByRole('button')
        .map((line) => line.textContent);
      // One line per call the emulator answered, in- and outside $batch.
      expect(lines).toHaveLength(pane.emulator.requestLog().length);
      expect(screen.getByText(`${lines.length} calls, oldest first`)).toBeInTheDocument();
      const at = '· \\d{2}:\\d{2} [AP]M$';
      expect(lines).toContainEqual(
        expect.stringMatching(new RegExp(`^Read the room directory, page 1 · OK ${at}`)),
      );
      expect(lines).toContainEqual(
        expect.stringMatching(
          new RegExp(`^Checked availability of \\d+ rooms · Failed \\(throttled\\) ${at}`),
        ),
      );
      expect(lines).toContainEqual(
        expect.stringMatching(new RegExp(`^Checked availability of \\d+ rooms · OK ${at}`)),
      );
      expect(lines).toContainEqual(
        expect.stringMatching(new RegExp(`^Sent \\d+ requests together · OK ${at}`)),
      );
      expect(lines).toContainEqual(
        expect.stringMatching(new RegExp(`^Saved Roombook’s booking details on the meeting · OK ${at}`)),
      );
      expect(log).not.toHaveTextContent('Secret merger talks');
    },
    BOOKING_TIMEOUT,
  );

  it(
    'shows a call’s technical detail, without ids, one click or key press away',
    async () => {
      const pane = await renderPane({ appointment: { subject: 'Secret merger talks' } });
      await bookBestRoom(pane, 20);
      const eventId = savedEventId(pane);
      expect(eventId).toBeTruthy();
      await pane.user.click(screen.getByRole('tab', { name: 'Privacy' }));
      const log = await screen.findByRole('list', { name: 'Microsoft Graph calls in this session' });

      const save = within(log).getByRole('button', {
        name: /^Saved Roombook’s booking details on the meeting · OK/,
      });
      expect(save).toHaveAttribute('aria-expanded', 'false');
      await pane.user.click(save);
      expect(save).toHaveAttribute('aria-expanded', 'true');
      const detail = document.getElementById(save.getAttribute('aria-controls') ?? '');
      expect(detail).toHaveTextContent(
        /^MethodPATCHPath \(without values\)\/me\/events\/\{id\}HTTP status200Duration\d+ ms$/,
      );

      // The keyboard opens a line as well: Enter on one, Space on the next.
      const read = within(log).getAllByRole('button', {
        name: /^Read Roombook’s booking details on the meeting · OK/,
      })[0];
      if (!read) throw new Error('no read of the booking');
      read.focus();
      await pane.user.keyboard('{Enter}');
      expect(read).toHaveAttribute('aria-expanded', 'true');
      expect(document.getElementById(read.getAttribute('aria-controls') ?? '')).toHaveTextContent(
        'Path (without values)/me/events/{id}?$select&$expandHTTP status200',
      );
      await pane.user.keyboard(' ');
      expect(read).toHaveAttribute('aria-expanded', 'false');

      // Open every line: no detail names the event, a room list's id or the subject.
      for (const line of within(log).getAllByRole('button'))
        if (line.getAttribute('aria-expanded') === 'false') await pane.user.click(line);
      expect(log).not.toHaveTextContent(eventId ?? '');
      expect(log).not.toHaveTextContent('Secret merger talks');
      expect(log).not.toHaveTextContent(/@|%|=/);
    },
    BOOKING_TIMEOUT,
  );

  it(
    'exports the log as CSV, built in the pane',
    async () => {
      const pane = await renderPane({ appointment: { subject: 'Secret merger talks' } });
      await bookBestRoom(pane, 20);
      const eventId = savedEventId(pane) ?? '';
      // jsdom has no object URLs and no downloads: record what the pane hands the browser.
      const blobs: Blob[] = [];
      const createObjectURL = jest.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:roombook/1';
      });
      Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
      const downloads: { href: string; download: string }[] = [];
      const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        downloads.push({ href: this.href, download: this.download });
      });

      await pane.user.click(screen.getByRole('tab', { name: 'Privacy' }));
      const log = await screen.findByRole('list', { name: 'Microsoft Graph calls in this session' });
      await pane.user.click(screen.getByRole('button', { name: 'Export as CSV' }));
      click.mockRestore();

      expect(downloads).toEqual([
        {
          href: 'blob:roombook/1',
          download: expect.stringMatching(/^roombook-graph-calls-\d{4}-\d{2}-\d{2}\.csv$/),
        },
      ]);
      const [blob] = blobs;
      expect(blob?.type).toBe('text/csv;charset=utf-8');
      const csv = blob ? await textOf(blob) : '';
      const rows = csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(rows[0]).toBe(
        '"Time","Call","Result","Method","Path (without values)","HTTP status","Duration (ms)","Sent in batch"',
      );
      expect(rows).toHaveLength(within(log).getAllByRole('listitem').length + 1);
      expect(rows).toContainEqual(
        expect.stringMatching(
          /^"\d{4}-\d{2}-\d{2}T[\d:.]+Z","Saved Roombook’s booking details on the meeting","OK","PATCH","\/me\/events\/\{id\}","200","\d+",""$/,
        ),
      );
      expect(csv).not.toContain(eventId);
      expect(csv).not.toContain('Secret merger talks');
    },
    BOOKING_TIMEOUT,
  );

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
