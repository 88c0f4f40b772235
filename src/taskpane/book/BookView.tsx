// The Book tab: the meeting, the search, the results, and other times when nothing is free.
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import * as React from 'react';
import { favouritesFirst, isFavourite } from '../../core/preferences';
import { useI18n } from '../i18n/I18nProvider';
import { Alternatives } from './Alternatives';
import { AppointmentSummary } from './AppointmentSummary';
import { BookConfirmDialog } from './BookConfirmDialog';
import { DirectoryAge } from './DirectoryAge';
import { useBookViewStyles } from './BookView.styles';
import { RoomResults } from './RoomResults';
import { SearchForm } from './SearchForm';
import { useBookView } from './useBookView';

export function BookView(): React.JSX.Element {
  const view = useBookView();
  const { t } = useI18n();
  const styles = useBookViewStyles();
  // After a search the user asked for, the results take focus: keyboard and screen-reader users
  // land on them, and in a narrow pane they scroll into view below the form.
  const resultsHeading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (view.searchCount > 0) resultsHeading.current?.focus();
  }, [view.searchCount]);
  if (!view.appointment || !view.criteria) {
    return view.busy === 'loading' ? <Spinner label={t('loading')} /> : <></>;
  }
  const results = favouritesFirst(view.outcome?.results ?? [], view.preferences);
  const noneFree = view.outcome !== null && !results.some((r) => r.availability.status === 'free');
  return (
    <div className={styles.root}>
      <AppointmentSummary appointment={view.appointment} existing={view.existing} />
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
      {view.busy === 'searching' && <Spinner size="small" label={t('searching')} />}
      {results.length > 0 && (
        <RoomResults
          ref={resultsHeading}
          results={results}
          bookedEmail={view.existing?.resourceMailbox ?? null}
          bookingEmail={view.bookingRoom}
          canBook={view.appointment.mode === 'compose' && view.busy === null}
          onBook={(room) => void view.book(room)}
          isFavourite={(room) => isFavourite(view.preferences, room.email)}
          onToggleFavourite={view.toggleFavourite}
        />
      )}
      {noneFree && (
        <Alternatives
          suggestions={view.alternatives}
          timeZone={view.appointment.displayTimeZone}
          busy={view.busy !== null}
          onSuggest={() => void view.suggestTimes()}
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
