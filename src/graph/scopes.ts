// Delegated scopes, each asked for when the feature that needs it is first used (DESIGN.md §3).
// No User.Read: Roombook reads no profile (the user's address comes from Office.js), so it asks for
// none; docs/security-and-data-access.md says why.
export const SCOPES = {
  calendars: 'Calendars.ReadWrite',
  places: 'Place.Read.All',
  sharedCalendars: 'Calendars.Read.Shared',
} as const;

export type Scope = (typeof SCOPES)[keyof typeof SCOPES];
