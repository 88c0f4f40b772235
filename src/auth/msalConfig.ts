// One MSAL configuration for the task pane and the sign-in dialog page, so both talk to the same
// authority as the same app. CP1 declares that Roombook handles claims challenges, which is what makes
// Microsoft Graph send them (https://learn.microsoft.com/entra/identity-platform/claims-challenge).
import type { Configuration } from '@azure/msal-browser';
import type { AuthConfig } from '../config';

export const CLIENT_CAPABILITIES = ['CP1'];

export function msalConfiguration(
  auth: AuthConfig,
  cacheLocation: 'memoryStorage' | 'sessionStorage',
): Configuration {
  return {
    auth: {
      clientId: auth.clientId,
      authority: auth.authority,
      knownAuthorities: [...auth.knownAuthorities],
      // The dialog page is also MSAL's redirect bridge: popups and redirects come back to it.
      redirectUri: auth.dialogUrl,
      clientCapabilities: CLIENT_CAPABILITIES,
    },
    cache: { cacheLocation },
  };
}
