// One mapping from error kinds to the catalogue: adapters' wording never reaches the user.
import { RoombookError, type ErrorKind } from '../core/errors';
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
};

export function errorMessage(error: unknown, t: Translate): string {
  if (!(error instanceof RoombookError)) return t('errorUnexpected');
  // Office's own text is the only detail worth showing (it names the failing call, never data).
  return t(KEYS[error.kind], { detail: error.message, sets: error.message });
}
