// The sign-in page. Two jobs, told apart by the URL:
// - With an authorization response in it (code or error, with MSAL's state), it is MSAL's redirect
//   bridge (MSAL 5 needs one): the pane's popup and hidden iframe hand the response back to the pane,
//   and inside the dialog the redirect's response is kept for handleRedirectPromise.
// - Otherwise it is the Office dialog (no NAA, or the popup blocked): a standard MSAL redirect sign-in
//   in its own window, whose token goes back to the task pane through messageParent.
// MSAL refuses redirect sign-in with a memory-only cache (in_mem_redirect_unavailable): the redirect
// leaves the page, so its request state must survive the round trip. The dialog therefore uses
// sessionStorage, which belongs to this dialog window only and dies with it, and clears MSAL's cache
// before it hands the token over (docs/security-and-data-access.md).
import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';
import type { AppConfig } from '../../config';
import { messageParent, whenDialogReady } from '../../office/authDialog';
import { msalConfiguration } from '../msalConfig';

declare const __ROOMBOOK_CONFIG__: AppConfig;

function hasAuthResponse(): boolean {
  return [window.location.hash.slice(1), window.location.search.slice(1)].some((part) => {
    const params = new URLSearchParams(part);
    return params.has('state') && (params.has('code') || params.has('error'));
  });
}

async function signIn(): Promise<void> {
  const { auth } = __ROOMBOOK_CONFIG__;
  const pca = await createStandardPublicClientApplication(msalConfiguration(auth, 'sessionStorage'));
  const result = await pca.handleRedirectPromise();
  if (result) {
    await pca.clearCache();
    messageParent({
      status: 'success',
      accessToken: result.accessToken,
      ...(result.expiresOn ? { expiresOn: result.expiresOn.toISOString() } : {}),
    });
    return;
  }
  const query = new URLSearchParams(window.location.search);
  const scopes = (query.get('scopes') ?? '').split(' ').filter(Boolean);
  const claims = query.get('claims');
  await pca.acquireTokenRedirect({
    scopes,
    redirectStartPage: window.location.href,
    ...(claims ? { claims } : {}),
  });
}

function fail(error: unknown): void {
  const code =
    typeof error === 'object' && error !== null && 'errorCode' in error
      ? String(error.errorCode)
      : 'sign_in_failed';
  messageParent({ status: 'error', code });
}

if (hasAuthResponse()) {
  // A bridge whose opener is gone has nobody to tell; the window closes itself either way.
  void broadcastResponseToMainFrame().catch(() => window.close());
} else {
  whenDialogReady().then(signIn).catch(fail);
}
