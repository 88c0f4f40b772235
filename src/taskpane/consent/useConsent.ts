// Consent state from the roaming-settings store: nothing else in the pane runs until it is given.
import * as React from 'react';
import { makeConsent, needsConsent } from '../../core/consent';
import type { ConsentRecord } from '../../core/model';
import { useServices } from '../services';

export type ConsentState =
  | { readonly status: 'loading' }
  | { readonly status: 'needed' }
  | { readonly status: 'given'; readonly record: ConsentRecord }
  | { readonly status: 'failed'; readonly error: unknown };

export interface UseConsent {
  readonly state: ConsentState;
  accept(): Promise<void>;
  withdraw(): Promise<void>;
}

export function useConsent(): UseConsent {
  const { consent, now, directory, preferences } = useServices();
  const [state, setState] = React.useState<ConsentState>({ status: 'loading' });

  React.useEffect(() => {
    let live = true;
    consent.get().then(
      (record) =>
        live &&
        setState(record && !needsConsent(record) ? { status: 'given', record } : { status: 'needed' }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [consent]);

  const accept = React.useCallback(async () => {
    const record = makeConsent(now());
    await consent.save(record);
    setState({ status: 'given', record });
  }, [consent, now]);

  const withdraw = React.useCallback(async () => {
    await consent.clear();
    // What Roombook kept on the device goes with the consent (docs/security-and-data-access.md).
    await directory.forget().catch(() => undefined);
    await preferences.clear().catch(() => undefined);
    setState({ status: 'needed' });
  }, [consent, directory, preferences]);

  return { state, accept, withdraw };
}
