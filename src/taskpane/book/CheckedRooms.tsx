// How many matching rooms have their availability checked, and the free rooms found in the
// background, which join the list only when the user asks (so nothing moves under the pointer).
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import * as React from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useBookViewStyles } from './BookView.styles';
import type { AvailabilityProgress } from './useBackgroundAvailability';

export function CheckedRooms(props: { readonly progress: AvailabilityProgress }): React.JSX.Element {
  const { t } = useI18n();
  const styles = useBookViewStyles();
  const { checked, total, heldFree } = props.progress;
  return (
    <>
      <Text size={200} className={styles.meta}>
        {checked < total ? t('checkedSome', { checked, total }) : t('checkedAll', { count: total })}
      </Text>
      {/* Announced when free rooms turn up, without taking focus from where the user is. */}
      <div aria-live="polite">
        {heldFree > 0 && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t('heldFreeFound', { count: heldFree })}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={props.progress.reveal}>{t('heldFreeShow')}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
    </>
  );
}
