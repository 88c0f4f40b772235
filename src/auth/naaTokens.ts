// Production sign-in with nested app authentication (NAA), as Microsoft's NAA samples do it: silent
// first, a popup when the user must interact, and the Office dialog API where NAA is unsupported or
// the popup is blocked. A 401 claims challenge comes back here with its claims, once. Tokens live in
// MSAL's memory cache only; nothing here touches UI code, logs a token, or writes web storage.
import {
  BrowserAuthError,
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { RoombookError } from '../core/errors';
import type { TokenProvider } from '../core/ports';

export interface NaaOptions {
  readonly clientId: string;
  readonly tenantId: string;
  /** The dialog page's URL (auth-dialog.html). */
  readonly dialogUrl: string;
}

export interface NaaHost {
  supportsNestedAppAuth(): boolean;
  openAuthDialog(url: string): Promise<{ accessToken: string }>;
}

const POPUP_BLOCKED = new Set(['popup_window_error', 'empty_window_error']);
const DECLINED = /consent_required|access_denied|AADSTS65001|AADSTS65004|user_cancelled/i;

function declined(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { errorCode?: unknown }).errorCode;
  return DECLINED.test(`${typeof code === 'string' ? code : ''} ${error.message}`);
}

export function createNaaTokenProvider(options: NaaOptions, host: NaaHost): TokenProvider {
  let app: Promise<IPublicClientApplication> | null = null;
  const dialogTokens = new Map<string, string>();

  const application = () =>
    (app ??= createNestablePublicClientApplication({
      auth: {
        clientId: options.clientId,
        authority: `https://login.microsoftonline.com/${options.tenantId}`,
      },
      cache: { cacheLocation: 'memoryStorage' },
    }));

  async function viaDialog(scopes: readonly string[], claims?: string): Promise<string> {
    const key = scopes.join(' ');
    const cached = dialogTokens.get(key);
    if (cached && !claims) return cached;
    const params = new URLSearchParams({ scopes: key, ...(claims ? { claims } : {}) });
    const { accessToken } = await host.openAuthDialog(`${options.dialogUrl}?${params.toString()}`);
    dialogTokens.set(key, accessToken);
    return accessToken;
  }

  async function interactive(
    pca: IPublicClientApplication,
    scopes: string[],
    claims?: string,
  ): Promise<AuthenticationResult | null> {
    try {
      return await pca.acquireTokenPopup({ scopes, ...(claims ? { claims } : {}) });
    } catch (error) {
      if (error instanceof BrowserAuthError && POPUP_BLOCKED.has(error.errorCode)) return null;
      if (declined(error))
        throw new RoombookError('consentDeclined', 'Sign-in or consent was declined.', { cause: error });
      throw new RoombookError('interactionRequired', 'Sign-in could not complete.', { cause: error });
    }
  }

  return {
    async getToken(requested, tokenOptions) {
      const scopes = [...requested];
      const claims = tokenOptions?.claims;
      if (!host.supportsNestedAppAuth()) return viaDialog(scopes, claims);
      const pca = await application();
      const account: AccountInfo | null = pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;
      try {
        const result = account
          ? await pca.acquireTokenSilent({ scopes, account, ...(claims ? { claims } : {}) })
          : await pca.ssoSilent({ scopes, ...(claims ? { claims } : {}) });
        if (result.account) pca.setActiveAccount(result.account);
        return result.accessToken;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError) && !(error instanceof BrowserAuthError)) {
          throw new RoombookError('interactionRequired', 'Sign-in failed.', { cause: error });
        }
      }
      const result = await interactive(pca, scopes, claims);
      if (!result) return viaDialog(scopes, claims);
      if (result.account) pca.setActiveAccount(result.account);
      return result.accessToken;
    },
    async signOut() {
      dialogTokens.clear();
      if (app) (await app).setActiveAccount(null);
    },
  };
}
