import { screen, waitFor, within } from '@testing-library/react';
import { CONSENT_VERSION } from '../../core/consent';
import {
  GIVEN_CONSENT,
  itemState,
  NOW,
  renderPane,
  storedConsent,
  UNTOUCHED,
} from '../../../test/kit/pane/renderPane';

const agreeBox = () => screen.findByRole('checkbox', { name: /^I agree/ });
const continueButton = () => screen.getByRole('button', { name: 'Continue' });

// The Book tab searches and lists its rooms as it opens: more than jest's 5 s on a loaded machine.
jest.setTimeout(30_000);

describe('ConsentPanel', () => {
  it('lets nothing through, and calls no Graph, until the user agrees', async () => {
    const pane = await renderPane({ consent: null });
    const agree = await agreeBox();

    expect(continueButton()).toBeDisabled();
    await pane.user.click(continueButton());
    await pane.user.click(agree);
    await pane.user.click(agree);
    expect(agree).not.toBeChecked();
    expect(continueButton()).toBeDisabled();

    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(storedConsent(pane)).toBeUndefined();
    expect(pane.emulator.requestLog()).toEqual([]);
    expect(itemState(pane)).toEqual(UNTOUCHED);
  });

  it('saves the versioned consent on Continue, shows the tabs, and only then calls Graph', async () => {
    const pane = await renderPane({ consent: null });
    await pane.user.click(await agreeBox());
    expect(continueButton()).toBeEnabled();
    expect(pane.emulator.requestLog()).toEqual([]);

    await pane.user.click(continueButton());

    expect(await screen.findByRole('tab', { name: 'Book' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'My bookings' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Privacy' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /^I agree/ })).not.toBeInTheDocument();
    expect(storedConsent(pane)).toEqual({ version: CONSENT_VERSION, acceptedAt: NOW.toISOString() });
    await waitFor(() => expect(pane.emulator.requestLog().length).toBeGreaterThan(0));
  });

  it('asks again when the stored consent is of an older version', async () => {
    const pane = await renderPane({
      consent: { version: CONSENT_VERSION - 1, acceptedAt: '2025-01-01T00:00:00Z' },
    });
    expect(await agreeBox()).not.toBeChecked();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(pane.emulator.requestLog()).toEqual([]);
  });

  it('skips the panel when the stored consent is current', async () => {
    const pane = await renderPane();
    expect(await screen.findByRole('tab', { name: 'Book' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /^I agree/ })).not.toBeInTheDocument();
    // Accepting again would store a new record, accepted now.
    expect(storedConsent(pane)).toEqual(GIVEN_CONSENT);
  });

  it('says so when the consent cannot be saved, and stays on the panel', async () => {
    const pane = await renderPane({ consent: null });
    await pane.user.click(await agreeBox());
    pane.outlook.mailbox.roamingFailure = 'Exchange is out of reach.';

    await pane.user.click(continueButton());

    const status = screen.getByRole('status');
    expect(
      await within(status).findByText(
        'Outlook could not do that: Saving roaming settings failed (9020: Generic Response Error).',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(continueButton()).toBeEnabled();
    expect(storedConsent(pane)).toBeUndefined();

    // Trying again once Outlook saves: the tabs appear and the error is gone.
    pane.outlook.mailbox.roamingFailure = null;
    await pane.user.click(continueButton());
    expect(await screen.findByRole('tab', { name: 'Book' })).toBeInTheDocument();
    expect(status).not.toHaveTextContent('Outlook could not do that');
  });
});
