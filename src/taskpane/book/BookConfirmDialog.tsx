// Asks before booking a room that is not free on every date, or before replacing the booked room:
// names the dates that clash and what Exchange will do when the meeting is sent.
import { Text } from '@fluentui/react-components';
import * as React from 'react';
import type { BookingDecision, ExchangeOutcome } from '../../core/bookingDecision';
import type { FreeBusy, Room } from '../../core/model';
import type { SeriesPlan } from '../../core/seriesPlan';
import { ConfirmDialog } from '../ConfirmDialog';
import type { MessageKey } from '../i18n/en-US';
import { useI18n } from '../i18n/I18nProvider';
import { SeriesPlanDialog } from './SeriesPlan';

/** A series can clash on dozens of dates; the dialog names the first few and counts the rest. */
const DATES_SHOWN = 5;

export const OUTCOME: Record<
  Exclude<ExchangeOutcome, 'accept'>,
  { single: MessageKey; series: MessageKey }
> = {
  decline: { single: 'confirmOutcomeDecline', series: 'confirmOutcomeDeclineSeries' },
  mayDecline: { single: 'confirmOutcomeMayDecline', series: 'confirmOutcomeMayDecline' },
  declineClashingDates: {
    single: 'confirmOutcomeDeclineClashingDates',
    series: 'confirmOutcomeDeclineClashingDates',
  },
  acceptDoubleBooked: { single: 'confirmOutcomeDoubleBooked', series: 'confirmOutcomeDoubleBooked' },
};

export const STATUS: Record<Exclude<FreeBusy, 'free'>, MessageKey> = {
  busy: 'statusBusy',
  tentative: 'statusTentative',
  unknown: 'statusUnknown',
};

export interface BookConfirmation {
  readonly room: Room;
  /** What Exchange will do; only set when the room is not free on every date. */
  readonly decision: BookingDecision | null;
  /** The booked room this booking would replace (its location text). */
  readonly replacing: string | null;
  /** For a series that clashes on some dates: other rooms for those dates (SeriesPlan.tsx). */
  readonly plan?: SeriesPlan | null;
}

export interface BookConfirmDialogProps {
  readonly confirmation: BookConfirmation;
  readonly timeZone: string;
  readonly onSafe: () => void;
  readonly onConfirm: () => void;
}

function Clashes(props: { decision: BookingDecision; room: Room; timeZone: string }): React.JSX.Element {
  const { t, dateTime } = useI18n();
  const { decision, room } = props;
  const outcome = decision.outcome === 'accept' ? null : OUTCOME[decision.outcome];
  const shown = decision.clashes.slice(0, DATES_SHOWN);
  const more = decision.clashes.length - shown.length;
  return (
    <>
      {outcome && (
        <Text as="p" block>
          {t(decision.total > 1 ? outcome.series : outcome.single, { room: room.displayName })}
        </Text>
      )}
      <Text as="p" block>
        {t('confirmClashes', { count: decision.clashes.length })}
      </Text>
      <ul>
        {shown.map((clash) => (
          <li key={clash.start.toISOString()}>
            {t('confirmClashItem', {
              date: dateTime(clash.start, props.timeZone),
              status: t(STATUS[clash.status === 'free' ? 'unknown' : clash.status]),
            })}
          </li>
        ))}
      </ul>
      {more > 0 && (
        <Text as="p" block>
          {t('confirmClashesMore', { count: more })}
        </Text>
      )}
    </>
  );
}

export function BookConfirmDialog(props: BookConfirmDialogProps): React.JSX.Element {
  const { t } = useI18n();
  const shown = props.confirmation;
  if (shown.plan) return <SeriesPlanDialog {...props} plan={shown.plan} />;
  const conflicts = shown.decision?.needsConfirmation === true;
  const names = { room: shown.room.displayName, previous: shown.replacing ?? '' };
  return (
    <ConfirmDialog
      title={conflicts ? t('confirmBookTitle', names) : t('confirmReplaceTitle', names)}
      safeLabel={conflicts ? t('confirmDontBook') : t('confirmKeepRoom', names)}
      confirmLabel={conflicts ? t('confirmBookAnyway') : t('confirmReplace')}
      onSafe={props.onSafe}
      onConfirm={props.onConfirm}
    >
      {shown.decision?.needsConfirmation && (
        <Clashes decision={shown.decision} room={shown.room} timeZone={props.timeZone} />
      )}
      {shown.replacing && (
        <Text as="p" block>
          {t('confirmReplaceBody', names)}
        </Text>
      )}
    </ConfirmDialog>
  );
}
