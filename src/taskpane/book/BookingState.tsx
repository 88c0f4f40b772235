// The top of the Book tab: where the booking stands (added, sent and waiting, accepted, declined) and
// what a change in Outlook broke, each with the one action that helps: find another room, or check
// again once Roombook stopped following on its own. A room not invited has its own banner (BookView).
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import * as React from 'react';
import type { BookingBreak } from '../../core/bookingChange';
import { isSettled } from '../../core/bookingPhase';
import type { BookingRecord } from '../../core/model';
import { useI18n } from '../i18n/I18nProvider';
import { PHASE_TEXT, roomName } from './bookingText';
import { useBookingStateStyles } from './BookingState.styles';
import type { BookingStateView } from './useBookingState';

/** How many clashing dates a warning names before it only counts. */
const DATES_SHOWN = 3;

export interface BookingStateProps {
  readonly state: BookingStateView;
  readonly record: BookingRecord;
  readonly timeZone: string;
  /** Another action (search, booking) is under way. */
  readonly busy: boolean;
  /** Searches again with the same criteria, without the booked room, and shows the results. */
  readonly onFindAnother: () => void;
}

function BreakText(props: { item: BookingBreak; room: string; timeZone: string }): React.JSX.Element {
  const { t, dateTime } = useI18n();
  const { item, room } = props;
  switch (item.reason) {
    case 'roomBusy': {
      const dates = item.clashes.slice(0, DATES_SHOWN).map((c) => dateTime(c.start, props.timeZone));
      const more = item.clashes.length - dates.length;
      const listed =
        more > 0 ? `${dates.join('; ')} ${t('breakMoreDates', { count: more })}` : dates.join('; ');
      const key = item.outcome === 'mayDecline' ? 'breakRoomMaybeBusy' : 'breakRoomBusy';
      return <>{t(key, { room, dates: listed })}</>;
    }
    case 'tooSmall':
      return <>{t('breakTooSmall', { room, capacity: item.capacity, people: item.people })}</>;
    case 'beyondBookingWindow':
      return <>{t('breakBeyondWindow', { room, date: dateTime(item.windowEnd, props.timeZone) })}</>;
  }
}

export function BookingState(props: BookingStateProps): React.JSX.Element | null {
  const { t } = useI18n();
  const styles = useBookingStateStyles();
  const { state } = props;
  const room = roomName(props.record);
  const phase = state.phase && state.phase !== 'notInvited' ? PHASE_TEXT[state.phase] : null;
  if (!phase && state.breaks.length === 0) return null;
  const findAnother = (
    <Button appearance="primary" disabled={props.busy} onClick={props.onFindAnother}>
      {t('findAnotherRoom')}
    </Button>
  );
  return (
    <section className={styles.root} aria-label={t('bookingStateLabel')}>
      {state.breaks.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('breaksTitle', { room })}</MessageBarTitle>
            <ul className={styles.reasons}>
              {state.breaks.map((item) => (
                <li key={item.reason}>
                  <BreakText item={item} room={room} timeZone={props.timeZone} />
                </li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>{findAnother}</MessageBarActions>
        </MessageBar>
      )}
      {phase && state.phase && (
        <MessageBar
          intent={phase.intent}
          layout="multiline"
          icon={
            state.following && !isSettled(state.phase) ? (
              <Spinner size="tiny" aria-label={t('followingAnswer', { room })} />
            ) : undefined
          }
        >
          <MessageBarBody>{t(phase.key, { room })}</MessageBarBody>
          {state.phase === 'declined' && state.breaks.length === 0 && (
            <MessageBarActions>{findAnother}</MessageBarActions>
          )}
          {!state.following && !isSettled(state.phase) && (
            <MessageBarActions>
              <Button onClick={state.recheck}>{t('checkAgain')}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </section>
  );
}
