// Delegated scopes, each asked for when the feature that needs it is first used (DESIGN.md §3).
export const SCOPES = {
  profile: 'User.Read',
  calendars: 'Calendars.ReadWrite',
  places: 'Place.Read.All',
  sharedCalendars: 'Calendars.Read.Shared',
} as const;

export type Scope = (typeof SCOPES)[keyof typeof SCOPES];
