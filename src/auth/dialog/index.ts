// The sign-in dialog (Office dialog API), for hosts without nested app authentication or with
// popups blocked: a standard MSAL redirect sign-in in its own window, whose result goes back to the
// task pane through messageParent. Its cache is memory only and dies with the window.
import { createStandardPublicClientApplication } from '@azure/msal-browser';
import type { AppConfig } from '../../config';
import { messageParent, whenDialogReady } from '../../office/authDialog';

declare const __ROOMBOOK_CONFIG__: AppConfig;

async function signIn(): Promise<void> {
  const { auth } = __ROOMBOOK_CONFIG__;
  if (auth.kind !== 'naa') {
    messageParent({ status: 'error', code: 'not_configured' });
    return;
  }
  const redirectUri = `${window.location.origin}${window.location.pathname}`;
  const pca = await createStandardPublicClientApplication({
    auth: {
      clientId: auth.clientId,
      authority: `https://login.microsoftonline.com/${auth.tenantId}`,
      redirectUri,
    },
    cache: { cacheLocation: 'memoryStorage' },
  });
  const result = await pca.handleRedirectPromise();
  if (result) {
    messageParent({ status: 'success', accessToken: result.accessToken });
    return;
  }
  const query = new URLSearchParams(window.location.search);
  const scopes = (query.get('scopes') ?? '').split(' ').filter(Boolean);
  const claims = query.get('claims');
  await pca.acquireTokenRedirect({ scopes, ...(claims ? { claims } : {}) });
}

whenDialogReady()
  .then(signIn)
  .catch((error: unknown) => {
    const code =
      typeof error === 'object' && error !== null && 'errorCode' in error
        ? String(error.errorCode)
        : 'sign_in_failed';
    messageParent({ status: 'error', code });
  });
