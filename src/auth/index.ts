// The token provider the configuration asks for: emulator tokens for the demo, NAA in production.
import type { AuthConfig } from '../config';
import type { TokenProvider } from '../core/ports';
import { openAuthDialog, supportsNestedAppAuth } from '../office/authDialog';
import { createEmulatorTokenProvider } from './emulatorTokens';
import { createNaaTokenProvider } from './naaTokens';

export function createTokenProvider(auth: AuthConfig): TokenProvider {
  if (auth.kind === 'emulator') return createEmulatorTokenProvider({ tokenUrl: auth.tokenUrl });
  return createNaaTokenProvider(auth, { supportsNestedAppAuth, openAuthDialog });
}
