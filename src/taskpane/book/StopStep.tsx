// While a step the user can stop is running (a search, checking a room before booking, looking for
// other times): what is running, and a Stop button named for it. Stopping is useStopSignal.ts.
import { Button, Spinner } from '@fluentui/react-components';
import * as React from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useStopStepStyles } from './StopStep.styles';
import type { BookViewState } from './useBookView';

export function StopStep(props: {
  readonly busy: BookViewState['busy'];
  /** The room being checked, for `checking`. */
  readonly roomName: string | null;
  readonly onStop: () => void;
}): React.JSX.Element | null {
  const { t } = useI18n();
  const styles = useStopStepStyles();
  const room = props.roomName ?? '';
  const step =
    props.busy === 'searching'
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
