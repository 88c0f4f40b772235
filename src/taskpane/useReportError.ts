// One way to tell the user that something failed: the error's text from the catalogue, announced in
// the status region, where it stays until the user acts. `nothingChanged` adds that the meeting was
// left as it was (a failed write was rolled back), which is what a user most wants to know after a
// failed booking or cancel; `context` names what the view was doing (errorMessage.ts).
import * as React from 'react';
import type { ErrorContext } from '../core/errors';
import { reportText } from './errorMessage';
import { useI18n } from './i18n/I18nProvider';
import { useAnnounce } from './StatusRegion';

export type ReportError = (
  error: unknown,
  options?: { readonly nothingChanged?: boolean; readonly context?: ErrorContext },
) => void;

export function useReportError(): ReportError {
  const announce = useAnnounce();
  const { t } = useI18n();
  return React.useCallback<ReportError>(
    (error, options) => {
      announce({ intent: 'error', text: reportText(error, t, options) });
    },
    [announce, t],
  );
}
