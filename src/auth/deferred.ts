// A token provider whose code loads with the first token instead of with the pane: MSAL is about a
// third of the pane's JavaScript and no token is needed before the user has agreed and searches.
import type { TokenProvider } from '../core/ports';

export function deferredTokenProvider(load: () => Promise<TokenProvider>): TokenProvider {
  let provider: Promise<TokenProvider> | null = null;
  const loaded = (): Promise<TokenProvider> => {
    provider ??= load().catch((error: unknown) => {
      // A chunk that failed to load (offline for a moment) is tried again with the next token.
      provider = null;
      throw error;
    });
    return provider;
  };
  return {
    getToken: async (scopes, options) => (await loaded()).getToken(scopes, options),
    // Nothing was loaded, so nothing is signed in: signing out must not fetch MSAL to do nothing.
    signOut: async () => (provider ? (await provider).signOut() : undefined),
  };
}
