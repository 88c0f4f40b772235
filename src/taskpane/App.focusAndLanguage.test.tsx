// Where focus lands after the pane's three actions that replace or disable what the user pressed
// (Continue, Book, Release room): always on something meaningful, never the page body. And the
// page declares the language it is shown in.
import { screen, waitFor, within } from '@testing-library/react';
import { bookBestRoom, searchWithCapacity, waitForStatus } from '../../test/kit/pane/flows';
import { renderPane } from '../../test/kit/pane/renderPane';

// Each booking test searches, books (and releases) through the emulated Graph with a little latency,
// so that the in-flight state can be seen: longer than the default 5 s on a busy 2-core machine.
// The Book tab searches and lists its rooms as it opens, before each test's own steps: on a loaded
// two-core machine, more than the half minute these tests had.
jest.setTimeout(60_000);

afterEach(() => {
  document.documentElement.lang = '';
});

describe('the page language', () => {
  it('follows Office’s display language', async () => {
    await renderPane({ locale: 'de-DE' });
    expect(document.documentElement).toHaveAttribute('lang', 'de-DE');
    expect(await screen.findByRole('tab', { name: 'Buchen' })).toBeInTheDocument();
  });

  it('is en-US for an English Outlook', async () => {
    await renderPane({ locale: 'en-US' });
    expect(document.documentElement).toHaveAttribute('lang', 'en-US');
  });
});

describe('focus', () => {
  it('goes to the selected tab after Continue replaces the consent form', async () => {
    const pane = await renderPane({ consent: null });
    await pane.user.click(screen.getByRole('checkbox', { name: /^I agree/ }));
    await pane.user.click(screen.getByRole('button', { name: 'Continue' }));

    const tab = await screen.findByRole('tab', { name: 'Book', selected: true });
    await waitFor(() => expect(tab).toHaveFocus());
    expect(document.body).not.toHaveFocus();
  });

  it('stays on the Book button while it books and after', async () => {
    const pane = await renderPane({ emulator: { latencyMs: 20 } });
    const list = await searchWithCapacity(pane, 8);
    const first = within(list).getAllByRole('listitem')[0];
    const name = first?.getAttribute('aria-label') ?? '';
    const button = within(list).getByRole('button', { name: `Book ${name}` });

    await pane.user.click(button);
    // Disabled for a second press, yet focusable: a disabled element would drop focus to the body.
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toHaveAttribute('disabled');
    expect(button).toHaveFocus();

    await waitForStatus(`${name} is added`);
    expect(screen.getByRole('button', { name: `Book ${name}` })).toHaveFocus();
  });

  it('goes to the list’s heading when a confirmed Release room releases the room', async () => {
    const pane = await renderPane({
      appointment: { subject: 'Roadmap review' },
      emulator: { latencyMs: 20 },
    });
    await bookBestRoom(pane, 8);
    await pane.user.click(screen.getByRole('tab', { name: 'My bookings' }));
    const booking = await screen.findByRole('listitem', { name: 'Roadmap review' });
    const release = within(booking).getByRole('button', { name: 'Release room' });

    await pane.user.click(release);
    const confirm = within(await screen.findByRole('alertdialog')).getByRole('button', {
      name: 'Release the room',
    });
    await pane.user.click(confirm);

    await waitFor(
      () => expect(screen.getByRole('status')).toHaveTextContent(/is released and free for others/),
      { timeout: 10_000 },
    );
    expect(screen.getByRole('heading', { name: 'Upcoming bookings' })).toHaveFocus();
  });
});
