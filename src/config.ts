// Build-time configuration, injected by webpack (DefinePlugin) from config/*.json: the demo uses
// the emulator, an organisation's production build uses its own values (docs/admin-deployment.md).
export type AuthConfig =
  | { readonly kind: 'emulator'; readonly tokenUrl: string }
  | {
      readonly kind: 'naa';
      readonly clientId: string;
      readonly tenantId: string;
      /** Page opened with the Office dialog API when NAA is unavailable or the popup is blocked. */
      readonly dialogUrl: string;
    };

export interface AppConfig {
  readonly graphBaseUrl: string;
  readonly auth: AuthConfig;
  /** The manifest's <Id>: names the custom-properties mirror (`cecp-<Id>`). */
  readonly addinId: string;
  readonly addinVersion: string;
}
