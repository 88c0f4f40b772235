// A token provider whose code is not in the pane's first paint: MSAL is about a third of the pane's
// JavaScript and no token is needed before the user has agreed and searches. The pane preloads it
// beside the Graph adapters, while the user reads the consent panel, so that the first search does
// not wait for MSAL to download (half a second of a first-ever open at 10,000 rooms in
// docs/performance.md, "Chromium"); otherwise it loads with the first token. Loading the code asks
// nothing of anyone: no sign-in, no token.
import { loadOnce } from '../core/loadOnce';
import type { TokenProvider } from '../core/ports';

export function deferredTokenProvider(
  load: () => Promise<TokenProvider>,
): TokenProvider & { readonly preload: () => Promise<unknown> } {
  const provider = loadOnce(load);
  return {
    // A preload that fails (offline for a moment) is tried again with the first token.
    preload: () => provider.get().catch(() => undefined),
    getToken: async (scopes, options) => (await provider.get()).getToken(scopes, options),
    // Nothing was loaded, so nothing is signed in: signing out must not fetch MSAL to do nothing.
    signOut: async () => {
      const started = provider.started();
      return started ? (await started).signOut() : undefined;
    },
  };
}
