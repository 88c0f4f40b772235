import { screen } from '@testing-library/react';
import { itemState, renderPane, UNTOUCHED } from '../../test/kit/pane/renderPane';

// The Book tab searches and lists its rooms as it opens: more than jest's 5 s on a loaded machine.
jest.setTimeout(30_000);

describe('App', () => {
  it('names the missing requirement set instead of the pane, and calls nothing', async () => {
    const pane = await renderPane({ missingRequirements: ['Mailbox 1.8'] });

    expect(
      screen.getByText(
        'This version of Outlook lacks Mailbox 1.8, which Roombook needs. Use new Outlook, Outlook on the web, or an updated Outlook.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(pane.emulator.requestLog()).toEqual([]);
    expect(itemState(pane)).toEqual(UNTOUCHED);
  });

  it('shows a message, not a blank pane, when the consent cannot be read', async () => {
    const pane = await renderPane({ consentFailure: true });

    expect(
      await screen.findByText('Outlook could not do that: Reading roaming settings failed.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(pane.emulator.requestLog()).toEqual([]);
  });

  it('switches tabs, each tab panel named by its tab', async () => {
    const pane = await renderPane();
    expect(await screen.findByRole('tabpanel', { name: 'Book' })).toBeInTheDocument();
    await pane.user.click(screen.getByRole('tab', { name: 'My bookings' }));
    expect(screen.getByRole('tab', { name: 'My bookings' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'My bookings' })).toBeInTheDocument();
    await pane.user.click(screen.getByRole('tab', { name: 'Privacy' }));
    expect(screen.getByRole('tabpanel', { name: 'Privacy' })).toBeInTheDocument();
  });

  it('speaks German when Office’s display language is de-DE', async () => {
    const pane = await renderPane({ locale: 'de-DE', consent: null });

    await pane.user.click(screen.getByRole('checkbox', { name: /^Ich stimme zu/ }));
    await pane.user.click(screen.getByRole('button', { name: 'Weiter' }));

    expect(await screen.findByRole('tab', { name: 'Buchen' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Meine Buchungen' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Datenschutz' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Book' })).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Räume suchen' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /^Diese Besprechung/ })).toHaveTextContent(
      '3 Teilnehmende außer Ihnen',
    );
  });
});
