// MSAL's nested app authentication without MSAL's standard controller. createNestablePublicClientApplication
// (@azure/msal-browser 5.30, src/app/PublicClientApplication.ts) wraps the nested-app controller in a
// PublicClientApplication, whose constructor, and the function's own fallback where no bridge answers,
// reference the standard controller (popup, redirect and hidden-frame clients, the platform broker, the
// storage back ends): half of the pane's MSAL chunk, 71.3 KB gzip against 33.0 without it. These lines do
// what that function does when the bridge is there (the operating context initialised, the controller
// created over it and initialised); where it is not, they return null and the pane signs in through the
// Office dialog, whose page has MSAL's full public API. PublicClientApplication's methods only forward to
// its controller, so the controller itself is the client.
// Both modules are outside MSAL's package exports (config/msalInternals.js); test/build/msalInternals.test.ts
// fails if a release of MSAL moves them.
import type { Configuration, IController } from '@azure/msal-browser';
import { NestedAppAuthController } from 'msal-internal/nested-app-auth-controller';
import { NestedAppOperatingContext } from 'msal-internal/nested-app-operating-context';

/** What the token provider uses of a PublicClientApplication, with the same signatures. */
export type NestedAppClient = Pick<
  IController,
  | 'acquireTokenSilent'
  | 'ssoSilent'
  | 'acquireTokenPopup'
  | 'getActiveAccount'
  | 'getAllAccounts'
  | 'setActiveAccount'
>;

/** The nested-app client, or null when the host offers no NAA bridge. */
export async function createNestedAppClient(configuration: Configuration): Promise<NestedAppClient | null> {
  const context = new NestedAppOperatingContext(configuration);
  await context.initialize();
  if (!context.isAvailable()) return null;
  const controller = new NestedAppAuthController(context);
  // Without a correlation id the controller makes one, as createNestablePublicClientApplication does.
  await controller.initialize();
  return controller;
}
