// Build-time configuration, injected by webpack (DefinePlugin) from config/*.json: the demo uses
// the emulator, an organisation's production build uses its own values (docs/admin-deployment.md).
/**
 * Sign-in with MSAL. Production names Microsoft Entra ID; the demo names the emulator's Entra-like
 * authority, and the same code path runs against it.
 */
export interface AuthConfig {
  readonly clientId: string;
  /** `https://login.microsoftonline.com/{tenant}` in production. */
  readonly authority: string;
  /** Authority hosts MSAL trusts without Microsoft's instance discovery: empty in production. */
  readonly knownAuthorities: readonly string[];
  /**
   * The sign-in page (auth-dialog.html): opened with the Office dialog API when NAA is unavailable
   * or the popup is blocked, and the redirect URI that MSAL's popup and redirect come back to.
   */
  readonly dialogUrl: string;
}

export interface AppConfig {
  readonly graphBaseUrl: string;
  readonly auth: AuthConfig;
  /** The manifest's <Id>: names the custom-properties mirror (`cecp-<Id>`). */
  readonly addinId: string;
  readonly addinVersion: string;
}
