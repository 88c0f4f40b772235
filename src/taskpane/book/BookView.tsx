// The Book tab: the meeting, the search, the results, and other times when nothing is free.
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import * as React from 'react';
import { favouritesFirst, isFavourite } from '../../core/preferences';
import { useI18n } from '../i18n/I18nProvider';
import { Alternatives } from './Alternatives';
import { AppointmentSummary } from './AppointmentSummary';
import { BookConfirmDialog } from './BookConfirmDialog';
import { DegradedAvailability } from './DegradedAvailability';
import { CheckedRooms } from './CheckedRooms';
import { BookingState } from './BookingState';
import { DirectoryAge } from './DirectoryAge';
import { useBookViewStyles } from './BookView.styles';
import { RoomResults } from './RoomResults';
import { SearchForm } from './SearchForm';
import { StopStep } from './StopStep';
import { useBackgroundAvailability } from './useBackgroundAvailability';
import { useBookView } from './useBookView';

export function BookView(): React.JSX.Element {
  const view = useBookView();
  const { booking } = view;
  const { t } = useI18n();
  const styles = useBookViewStyles();
  // After a search the user asked for, the results take focus: keyboard and screen-reader users
  // land on them, and in a narrow pane they scroll into view below the form.
  const resultsHeading = React.useRef<HTMLHeadingElement>(null);
  const progress = useBackgroundAvailability(view.outcome, view.busy === 'searching');
  React.useEffect(() => {
    if (view.searchCount + progress.revealCount > 0) resultsHeading.current?.focus();
  }, [view.searchCount, progress.revealCount]);
  if (!view.appointment || !view.criteria) {
    return view.busy === 'loading' ? <Spinner label={t('loading')} /> : <></>;
  }
  const results = favouritesFirst(progress.results, view.preferences);
  const noneFree =
    view.outcome !== null &&
    progress.heldFree === 0 &&
    !results.some((r) => r.availability.status === 'free');
  return (
    <div className={styles.root}>
      {view.existing && (
        <BookingState
          state={booking}
          record={view.existing}
          timeZone={view.appointment.displayTimeZone}
          busy={view.busy !== null}
          onFindAnother={() => void view.findAnotherRoom()}
        />
      )}
      <AppointmentSummary
        appointment={view.appointment}
        existing={view.existing}
        accepted={booking.phase === 'accepted'}
      />
      {view.roomNotInvited && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('roomNotInvited')}</MessageBarBody>
          <MessageBarActions>
            <Button disabled={view.busy !== null} onClick={() => void view.inviteRoom()}>
              {t('inviteRoom')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <DirectoryAge />
      <SearchForm
        criteria={view.criteria}
        onChange={view.setCriteria}
        onSearch={() => void view.search()}
        rooms={view.rooms}
        roomLists={view.roomLists}
        searching={view.busy === 'searching'}
      />
      <StopStep
        busy={view.busy}
        bookingWaits={view.bookingWaits}
        roomName={view.rooms.find((room) => room.email === view.bookingRoom)?.displayName ?? view.bookingRoom}
        onStop={view.stop}
      />
      {view.outcome && (
        <DegradedAvailability
          // Counted over the list shown, so rooms checked in the background count too.
          unchecked={results.filter((r) => r.availability.status === 'unknown').length}
          total={results.length}
        />
      )}
      {results.length > 0 && (
        <RoomResults
          ref={resultsHeading}
          results={results}
          bookedEmail={view.existing?.resourceMailbox ?? null}
          bookedDeclined={booking.phase === 'declined'}
          bookingEmail={view.bookingRoom}
          canBook={view.appointment.mode === 'compose' && view.busy === null}
          onBook={(room) => void view.book(room)}
          isFavourite={(room) => isFavourite(view.preferences, room.email)}
          onToggleFavourite={view.toggleFavourite}
          timeZone={view.appointment.displayTimeZone}
        />
      )}
      {view.outcome && <CheckedRooms progress={progress} />}
      {noneFree && (
        <Alternatives
          found={view.alternatives}
          timeZone={view.appointment.displayTimeZone}
          series={view.appointment.recurrence !== null}
          busy={view.busy !== null}
          onSuggest={() => void view.suggestTimes()}
          onPickTime={(option) => void view.pickTime(option)}
          onRelax={(relaxation) => void view.relax(relaxation)}
        />
      )}
      {view.confirmation && (
        <BookConfirmDialog
          confirmation={view.confirmation}
          timeZone={view.appointment.displayTimeZone}
          onSafe={view.dismissConfirmation}
          onConfirm={() => void view.confirmBooking()}
        />
      )}
    </div>
  );
}
