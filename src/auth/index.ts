// The token provider: MSAL with nested app authentication and its fallbacks, against the authority
// the configuration names (Microsoft Entra ID in production, the emulator's in the demo).
import type { AuthConfig } from '../config';
import type { TokenProvider } from '../core/ports';
import { openAuthDialog, supportsNestedAppAuth } from '../office/authDialog';
import { createNaaTokenProvider } from './naaTokens';

export function createTokenProvider(auth: AuthConfig): TokenProvider {
  return createNaaTokenProvider(auth, { supportsNestedAppAuth, openAuthDialog });
}
