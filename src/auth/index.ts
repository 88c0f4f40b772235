// The token provider: MSAL with nested app authentication and its fallbacks, against the authority
// the configuration names (Microsoft Entra ID in production, the emulator's in the demo).
import type { AuthConfig } from '../config';
import type { TokenProvider } from '../core/ports';
import { openAuthDialog, supportsNestedAppAuth } from '../office/authDialog';
import { deferredTokenProvider } from './deferred';

export function createTokenProvider(auth: AuthConfig): TokenProvider & {
  readonly preload: () => Promise<unknown>;
} {
  // MSAL is a chunk of its own (webpack splits at the dynamic import), fetched with the first token
  // or when preloaded (deferred.ts).
  return deferredTokenProvider(async () =>
    (await import('./naaTokens')).createNaaTokenProvider(auth, { supportsNestedAppAuth, openAuthDialog }),
  );
}
