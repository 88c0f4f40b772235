// The token provider the configuration asks for: emulator tokens for the demo, NAA in production.
import type { AuthConfig } from '../config';
import type { TokenProvider } from '../core/ports';
import { openAuthDialog, supportsNestedAppAuth } from '../office/authDialog';
import { deferredTokenProvider } from './deferred';
import { createEmulatorTokenProvider } from './emulatorTokens';

export function createTokenProvider(auth: AuthConfig): TokenProvider {
  if (auth.kind === 'emulator') return createEmulatorTokenProvider({ tokenUrl: auth.tokenUrl });
  // MSAL is a chunk of its own (webpack splits at the dynamic import), fetched with the first token.
  return deferredTokenProvider(async () =>
    (await import('./naaTokens')).createNaaTokenProvider(auth, { supportsNestedAppAuth, openAuthDialog }),
  );
}
