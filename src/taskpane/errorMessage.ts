// One mapping from errors to the catalogue: adapters' wording never reaches the user. A message names
// what failed (the error's context: where it was raised, or what the view was doing) and what the
// user can do (its kind): "The room directory could not be read. Microsoft 365 is busy…". Where the
// pair means something of its own (a 404 from the room directory is not a missing meeting) the
// catalogue has a message for the pair.
import { BookingFailure } from '../core/bookingVerify';
import { RoombookError, type ErrorContext, type ErrorKind } from '../core/errors';
import type { MessageKey } from './i18n/en-US';
import type { Translate } from './i18n/I18nProvider';

const KEYS: Record<ErrorKind, MessageKey> = {
  unsupportedHost: 'errorUnsupportedHost',
  office: 'errorOffice',
  notSaved: 'errorNotSaved',
  interactionRequired: 'errorInteractionRequired',
  consentDeclined: 'errorConsentDeclined',
  unauthorized: 'errorUnauthorized',
  forbidden: 'errorForbidden',
  notFound: 'errorNotFound',
  conflict: 'errorConflict',
  throttled: 'errorThrottled',
  unavailable: 'errorUnavailable',
  network: 'errorNetwork',
  invalidResponse: 'errorInvalidResponse',
  refused: 'errorRefused',
  verificationFailed: 'errorVerificationFailed',
  roomDeclined: 'errorRoomDeclined',
  bookingRunning: 'errorBookingRunning',
  stopped: 'errorStopped',
};

/** What failed, said first. */
const WHERE: Record<ErrorContext, MessageKey> = {
  directory: 'errorWhereDirectory',
  availability: 'errorWhereAvailability',
  meeting: 'errorWhereMeeting',
  bookings: 'errorWhereBookings',
  suggestions: 'errorWhereSuggestions',
  signIn: 'errorWhereSignIn',
};

/** Pairs whose message is their own, whole (it names what failed itself). */
const PAIRS: Partial<Record<ErrorContext, Partial<Record<ErrorKind, MessageKey>>>> = {
  directory: { notFound: 'errorDirectoryNotFound' },
  availability: { notFound: 'errorAvailabilityNotFound' },
  meeting: { notFound: 'errorNotFound' },
  bookings: { notFound: 'errorBookingsNotFound' },
  suggestions: { notFound: 'errorSuggestionsNotFound' },
};

/** Kinds that are about signing in wherever they happen; their messages say so already. */
const SIGN_IN: ReadonlySet<ErrorKind> = new Set(['interactionRequired', 'consentDeclined', 'unauthorized']);

/**
 * The message for `error`. `context` is what the view was doing; it names what failed when the error
 * does not (an Office error), or better than the error can (My bookings cancels through the meeting).
 */
export function errorMessage(error: unknown, t: Translate, context?: ErrorContext): string {
  if (!(error instanceof RoombookError)) return t('errorUnexpected');
  if (SIGN_IN.has(error.kind)) return t(KEYS[error.kind]);
  const where = context ?? error.context;
  const pair = where ? PAIRS[where]?.[error.kind] : undefined;
  if (pair) return t(pair);
  // Office's own text is the only detail worth showing (it names the failing call, never data).
  const what =
    error.kind === 'forbidden' && error.permission
      ? t('errorForbiddenPermission', { permission: error.permission })
      : t(KEYS[error.kind], { detail: error.message, sets: error.message });
  return where ? `${t(WHERE[where])} ${what}` : what;
}

/**
 * The status region's text for a failure: its message, then only what was verified about the meeting
 * ("nothing was changed" when checked; a warning to look at it when a booking's outcome is unknown).
 */
export function reportText(
  error: unknown,
  t: Translate,
  options: { readonly nothingChanged?: boolean; readonly context?: ErrorContext } = {},
): string {
  const text = errorMessage(error, t, options.context);
  const after = options.nothingChanged
    ? t('errorNothingChanged')
    : error instanceof BookingFailure && error.state === 'unknown'
      ? t('errorOutcomeUnknown')
      : null;
  return after ? `${text} ${after}` : text;
}
