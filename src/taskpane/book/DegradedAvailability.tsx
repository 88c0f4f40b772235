// When getSchedule answered for only some of the rooms (or none): a banner that says so, beside the
// results that show those rooms as "Availability unknown", ranked after every room known to be free
// (src/core/ranking.ts). It is an alert: a user about to book the top room must hear it.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import * as React from 'react';
import { useI18n } from '../i18n/I18nProvider';

export function DegradedAvailability(props: {
  /** Rooms whose availability could not be read. */
  readonly unchecked: number;
  /** Rooms shown. */
  readonly total: number;
}): React.JSX.Element | null {
  const { t } = useI18n();
  if (props.unchecked === 0 || props.total === 0) return null;
  const text =
    props.unchecked >= props.total
      ? t('availabilityDegradedAll', { total: props.total })
      : t('availabilityDegradedSome', { count: props.unchecked, total: props.total });
  return (
    <div role="alert">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{text}</MessageBarBody>
      </MessageBar>
    </div>
  );
}
