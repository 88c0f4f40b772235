// The whole plan for a series whose room clashes on some dates, before anything is applied: what
// Exchange does with the room as it is, then each clashing date with the room that takes it (or
// "no free room"), and what Exchange does with those exceptions. "Keep looking" is the focused,
// safe default; only "Book with these exceptions" books.
import { Text } from '@fluentui/react-components';
import * as React from 'react';
import type { ExchangeOutcome } from '../../core/bookingDecision';
import type { SeriesPlan } from '../../core/seriesPlan';
import { ConfirmDialog } from '../ConfirmDialog';
import type { MessageKey } from '../i18n/en-US';
import { useI18n } from '../i18n/I18nProvider';
import { OUTCOME, STATUS, type BookConfirmDialogProps } from './BookConfirmDialog';
import { useSeriesPlanStyles } from './SeriesPlan.styles';

const WITH_PLAN: Record<ExchangeOutcome, MessageKey> = {
  accept: 'seriesPlanAccept',
  declineClashingDates: 'seriesPlanDeclineClashingDates',
  acceptDoubleBooked: 'seriesPlanDoubleBooked',
  decline: 'seriesPlanDecline',
  mayDecline: 'seriesPlanMayDecline',
};

export function SeriesPlanDialog(props: BookConfirmDialogProps & { plan: SeriesPlan }): React.JSX.Element {
  const { t, dateTime } = useI18n();
  const styles = useSeriesPlanStyles();
  const { plan, confirmation } = props;
  const room = { room: plan.room.displayName };
  const previous = { ...room, previous: confirmation.replacing ?? '' };
  return (
    <ConfirmDialog
      title={t('seriesPlanTitle', { ...room, count: plan.dates.length })}
      safeLabel={t('seriesPlanKeepLooking')}
      confirmLabel={t('seriesPlanBook')}
      onSafe={props.onSafe}
      onConfirm={props.onConfirm}
    >
      {plan.asIs !== 'accept' && (
        <Text as="p" block>
          {t(OUTCOME[plan.asIs].series, room)}
        </Text>
      )}
      <Text as="p" block>
        {t('seriesPlanDates', room)}
      </Text>
      <ul className={styles.dates}>
        {plan.dates.map((date) => (
          <li key={date.start.toISOString()}>
            {t('seriesPlanItem', {
              date: dateTime(date.start, props.timeZone),
              status: t(STATUS[date.status === 'free' ? 'unknown' : date.status]),
              room: date.room?.displayName ?? '',
            })}
            {!date.room && <span className={styles.noRoom}>{t('seriesPlanNoRoom')}</span>}
          </li>
        ))}
      </ul>
      <Text as="p" block>
        {t(WITH_PLAN[plan.withPlan], room)}
      </Text>
      {confirmation.replacing && (
        <Text as="p" block>
          {t('confirmReplaceBody', previous)}
        </Text>
      )}
    </ConfirmDialog>
  );
}
