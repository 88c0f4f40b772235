// A token provider whose code loads with the first token instead of with the pane: MSAL is about a
// third of the pane's JavaScript and no token is needed before the user has agreed and searches.
import { loadOnce } from '../core/loadOnce';
import type { TokenProvider } from '../core/ports';

export function deferredTokenProvider(load: () => Promise<TokenProvider>): TokenProvider {
  const provider = loadOnce(load);
  return {
    getToken: async (scopes, options) => (await provider.get()).getToken(scopes, options),
    // Nothing was loaded, so nothing is signed in: signing out must not fetch MSAL to do nothing.
    signOut: async () => {
      const started = provider.started();
      return started ? (await started).signOut() : undefined;
    },
  };
}
