// While a step the user can stop is running (a search, checking a room before booking, looking for
// other times, or a booking while it waits for Outlook or the room): what is running, and a Stop
// button named for it. Stopping is useStopSignal.ts, and for a booking its own signal (useBookView).
import { Button, Spinner } from '@fluentui/react-components';
import * as React from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useStopStepStyles } from './StopStep.styles';
import type { BookViewState } from './useBookView';

export function StopStep(props: {
  readonly busy: BookViewState['busy'];
  readonly bookingWaits: boolean;
  /** The room being checked, for `checking`. */
  readonly roomName: string | null;
  readonly onStop: () => void;
}): React.JSX.Element | null {
  const { t } = useI18n();
  const styles = useStopStepStyles();
  const room = props.roomName ?? '';
  // A booking's wait first: a refresh of the results may run beside it (the booking changed the item).
  const step = props.bookingWaits
    ? { label: null, stop: t('stopBooking', { room }) }
    : props.busy === 'searching'
      ? { label: t('searching'), stop: t('stopSearch') }
      : props.busy === 'checking'
        ? { label: null, stop: t('stopCheck', { room }) }
        : props.busy === 'suggesting'
          ? { label: null, stop: t('stopSuggestions') }
          : null;
  if (!step) return null;
  return (
    <div className={styles.root}>
      <Spinner size="small" {...(step.label ? { label: step.label } : {})} />
      <Button onClick={props.onStop}>{step.stop}</Button>
    </div>
  );
}
