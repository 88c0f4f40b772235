// Production sign-in with nested app authentication (NAA), as Microsoft's NAA samples do it: silent
// first, a popup when the user must interact, and the Office dialog API where NAA is unsupported (no
// NestedAppAuth 1.1, or no bridge in the pane) or the popup is blocked. A 401 claims challenge comes
// back here with its claims, a plain 401 with forceRefresh, once each. Tokens live in MSAL's memory
// cache (the dialog's in this closure, with their expiry); nothing here touches UI code, logs a token,
// or writes web storage.
import {
  BrowserAuthError,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
} from '@azure/msal-browser';
import type { AuthConfig } from '../config';
import { RoombookError } from '../core/errors';
import type { TokenOptions, TokenProvider } from '../core/ports';
import { msalConfiguration } from './msalConfig';
import { createNestedAppClient, type NestedAppClient } from './nestedAppClient';

export interface NaaHost {
  supportsNestedAppAuth(): boolean;
  openAuthDialog(url: string): Promise<{ accessToken: string; expiresOn: Date | null }>;
}

const POPUP_BLOCKED = new Set(['popup_window_error', 'empty_window_error']);
const DECLINED = /consent_required|access_denied|AADSTS65001|AADSTS65004|user_cancelled/i;
/** A dialog token is not handed out in its last five minutes, as MSAL does with its own cache. */
const EXPIRY_MARGIN_MS = 5 * 60_000;

function declined(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { errorCode?: unknown }).errorCode;
  return DECLINED.test(`${typeof code === 'string' ? code : ''} ${error.message}`);
}

const extras = (options?: TokenOptions) => ({
  ...(options?.claims ? { claims: options.claims } : {}),
  ...(options?.forceRefresh ? { forceRefresh: true } : {}),
});

export function createNaaTokenProvider(
  auth: AuthConfig,
  host: NaaHost,
  now: () => number = Date.now,
): TokenProvider {
  /** Resolves to null where Office reports NAA but the pane has no bridge: then the dialog signs in. */
  let app: Promise<NestedAppClient | null> | null = null;
  const dialogTokens = new Map<string, { token: string; expiresAt: number }>();
  // Parallel Graph calls ask for the same token at once: they share one request, and windows open
  // one at a time (Office allows one dialog per pane, 12007; MSAL one interaction, interaction_in_progress).
  const inFlight = new Map<string, Promise<string>>();
  let interaction: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = interaction.then(work, work);
    interaction = run.catch(() => undefined);
    return run;
  };

  const application = () => (app ??= createNestedAppClient(msalConfiguration(auth, 'memoryStorage')));

  async function viaDialog(scopes: readonly string[], options?: TokenOptions): Promise<string> {
    const key = scopes.join(' ');
    const cached = dialogTokens.get(key);
    if (cached && !options?.claims && !options?.forceRefresh && cached.expiresAt - EXPIRY_MARGIN_MS > now())
      return cached.token;
    dialogTokens.delete(key);
    const params = new URLSearchParams({
      scopes: key,
      ...(options?.claims ? { claims: options.claims } : {}),
    });
    const { accessToken, expiresOn } = await oneAtATime(() =>
      host.openAuthDialog(`${auth.dialogUrl}?${params.toString()}`),
    );
    // Without a known expiry the token serves this one call only.
    if (expiresOn) dialogTokens.set(key, { token: accessToken, expiresAt: expiresOn.getTime() });
    return accessToken;
  }

  async function interactive(
    pca: NestedAppClient,
    scopes: string[],
    options?: TokenOptions,
  ): Promise<AuthenticationResult | null> {
    try {
      return await oneAtATime(() =>
        pca.acquireTokenPopup({ scopes, ...(options?.claims ? { claims: options.claims } : {}) }),
      );
    } catch (error) {
      if (error instanceof BrowserAuthError && POPUP_BLOCKED.has(error.errorCode)) return null;
      if (declined(error))
        throw new RoombookError('consentDeclined', 'Sign-in or consent was declined.', { cause: error });
      throw new RoombookError('interactionRequired', 'Sign-in could not complete.', { cause: error });
    }
  }

  async function acquire(scopes: string[], options?: TokenOptions): Promise<string> {
    if (!host.supportsNestedAppAuth()) return viaDialog(scopes, options);
    const pca = await application();
    if (!pca) return viaDialog(scopes, options);
    const account: AccountInfo | null = pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;
    try {
      const result = account
        ? await pca.acquireTokenSilent({ scopes, account, ...extras(options) })
        : await pca.ssoSilent({ scopes, ...(options?.claims ? { claims: options.claims } : {}) });
      if (result.account) pca.setActiveAccount(result.account);
      return result.accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError) && !(error instanceof BrowserAuthError)) {
        throw new RoombookError('interactionRequired', 'Sign-in failed.', { cause: error });
      }
    }
    const result = await interactive(pca, scopes, options);
    if (!result) return viaDialog(scopes, options);
    if (result.account) pca.setActiveAccount(result.account);
    return result.accessToken;
  }

  return {
    getToken(requested, options) {
      const key = JSON.stringify([requested, options?.claims ?? null, options?.forceRefresh === true]);
      const running = inFlight.get(key);
      if (running) return running;
      const request = acquire([...requested], options).finally(() => inFlight.delete(key));
      inFlight.set(key, request);
      return request;
    },
    async signOut() {
      dialogTokens.clear();
      if (app) (await app)?.setActiveAccount(null);
    },
  };
}
