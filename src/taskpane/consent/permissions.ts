// The permissions the pane explains, in the order a user meets them. Scopes come from the Graph
// adapter's list, so the explanation cannot name a scope Roombook does not ask for.
import { SCOPES } from '../../graph/scopes';
import type { MessageKey } from '../i18n/en-US';

export const PERMISSIONS: readonly { readonly scope: string; readonly why: MessageKey }[] = [
  { scope: SCOPES.calendars, why: 'permissionCalendars' },
  { scope: SCOPES.places, why: 'permissionPlaces' },
  { scope: SCOPES.sharedCalendars, why: 'permissionShared' },
];
