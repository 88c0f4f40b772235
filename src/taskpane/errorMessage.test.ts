// Messages name what failed (the error's context) and what the user can do (its kind), in both
// catalogues; the component tests (ErrorContexts.test.tsx) show them raised through the pane.
import { RoombookError, type ErrorContext, type ErrorKind } from '../core/errors';
import { errorMessage } from './errorMessage';
import { deDE } from './i18n/de-DE';
import { enUS } from './i18n/en-US';
import { createI18n } from './i18n/I18nProvider';

const en = createI18n('en-US', enUS).t;
const de = createI18n('de-DE', deDE).t;
const error = (kind: ErrorKind, context: ErrorContext | null = null, permission: string | null = null) =>
  new RoombookError(kind, 'adapter text', { context, permission });

describe('errorMessage', () => {
  it('never calls a 404 from the room directory a missing meeting', () => {
    const text = errorMessage(error('notFound', 'directory'), en);
    expect(text).toBe(enUS.errorDirectoryNotFound);
    expect(text).not.toMatch(/meeting/i);
    expect(errorMessage(error('notFound', 'meeting'), en)).toBe(enUS.errorNotFound);
    expect(errorMessage(error('notFound', 'bookings'), en)).toBe(enUS.errorBookingsNotFound);
    expect(errorMessage(error('notFound', 'availability'), en)).toBe(enUS.errorAvailabilityNotFound);
    expect(errorMessage(error('notFound', 'suggestions'), en)).toBe(enUS.errorSuggestionsNotFound);
  });

  it('says first what failed, then what to do', () => {
    expect(errorMessage(error('unavailable', 'directory'), en)).toBe(
      'The room directory could not be read. Microsoft 365 is not answering right now. Try again in a moment.',
    );
    expect(errorMessage(error('throttled', 'availability'), en)).toBe(
      'The rooms’ availability could not be checked. Microsoft 365 is busy. Wait a moment and try again.',
    );
    expect(errorMessage(error('network', 'bookings'), en)).toBe(
      'My bookings could not be read or changed. No connection to Microsoft 365. Check your network and try again.',
    );
    expect(errorMessage(error('invalidResponse', 'suggestions'), en)).toMatch(
      /^Other times could not be looked up\. Microsoft 365 answered/,
    );
    expect(errorMessage(error('conflict', 'meeting'), en)).toBe(
      'This meeting could not be read or changed in your calendar. The meeting changed meanwhile. Try again.',
    );
  });

  it('names the permission an admin must grant for a 403, and stays general without one', () => {
    expect(errorMessage(error('forbidden', 'directory', 'Place.Read.All'), en)).toBe(
      'The room directory could not be read. Microsoft 365 refused access. Ask your administrator to grant Roombook the permission Place.Read.All.',
    );
    expect(errorMessage(error('forbidden', 'suggestions', 'Calendars.Read.Shared'), de)).toBe(
      'Andere Zeiten konnten nicht gesucht werden. Microsoft 365 hat den Zugriff verweigert. Bitten Sie Ihre Administration, Roombook die Berechtigung Calendars.Read.Shared zu erteilen.',
    );
    expect(errorMessage(error('forbidden'), en)).toBe(enUS.errorForbidden);
  });

  it('lets the view name what it was doing, over the call’s own context', () => {
    // My bookings cancels through the meeting's calls: a 404 there is a booking gone from the list.
    expect(errorMessage(error('notFound', 'meeting'), en, 'bookings')).toBe(enUS.errorBookingsNotFound);
    expect(errorMessage(error('notSaved'), en, 'meeting')).toBe(
      `${enUS.errorWhereMeeting} ${enUS.errorNotSaved}`,
    );
  });

  it('words sign-in failures as sign-in wherever they happen', () => {
    for (const kind of ['interactionRequired', 'consentDeclined', 'unauthorized'] as const) {
      expect(errorMessage(error(kind, 'directory'), en)).toBe(
        en(`error${kind[0]?.toUpperCase()}${kind.slice(1)}` as never),
      );
    }
    expect(errorMessage(error('network'), en, 'signIn')).toBe(
      `${enUS.errorWhereSignIn} ${enUS.errorNetwork}`,
    );
  });

  it('has every context and pair in German too', () => {
    const contexts: ErrorContext[] = [
      'directory',
      'availability',
      'meeting',
      'bookings',
      'suggestions',
      'signIn',
    ];
    for (const context of contexts) {
      const text = errorMessage(error('notFound', context), de);
      expect(text).not.toMatch(/\{|\}/);
      expect(text).not.toBe(errorMessage(error('notFound', context), en));
    }
    expect(errorMessage(error('notFound', 'directory'), de)).toMatch(/Raumverzeichnis/);
  });
});
