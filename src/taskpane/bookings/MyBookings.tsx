// My bookings: upcoming meetings booked with Roombook and the room's response; Check in around the
// meeting's time, Release room (after a confirmation that says what happens to the room and the
// meeting), and for a room that declined, the way to book another.
import { Badge, Button, mergeClasses, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import * as React from 'react';
import type { BookedEvent, RoomResponse } from '../../core/model';
import { useBookViewStyles } from '../book/BookView.styles';
import { ConfirmDialog } from '../ConfirmDialog';
import type { MessageKey } from '../i18n/en-US';
import { useI18n } from '../i18n/I18nProvider';
import { useMyBookingsStyles } from './MyBookings.styles';
import { HORIZON_DAYS, useMyBookings } from './useMyBookings';

const RESPONSES: Record<
  RoomResponse,
  { key: MessageKey; color: 'success' | 'danger' | 'warning' | 'informative' }
> = {
  accepted: { key: 'responseAccepted', color: 'success' },
  declined: { key: 'responseDeclined', color: 'danger' },
  tentativelyAccepted: { key: 'responseTentative', color: 'warning' },
  none: { key: 'responseNone', color: 'informative' },
};

export function MyBookings(props: { timeZone: string; onBookThisMeeting: () => void }): React.JSX.Element {
  const { t, dateTime, time } = useI18n();
  const styles = useBookViewStyles();
  const own = useMyBookingsStyles();
  const view = useMyBookings(props.onBookThisMeeting);
  const headingId = React.useId();
  const heading = React.useRef<HTMLHeadingElement>(null);
  // Each row's Release button, by event id: where focus goes once its Check in button is gone.
  const releaseButtons = React.useRef(new Map<string, HTMLElement>());
  const [confirming, setConfirming] = React.useState<BookedEvent | null>(null);
  const confirmRelease = async (booking: BookedEvent) => {
    setConfirming(null);
    // The row's buttons are gone once released: the list's heading keeps the user's place.
    if (await view.release(booking)) heading.current?.focus();
  };
  const checkIn = async (booking: BookedEvent) => {
    await view.checkIn(booking);
    releaseButtons.current.get(booking.eventId)?.focus();
  };
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.row}>
        <h2 id={headingId} ref={heading} tabIndex={-1} className={mergeClasses(styles.heading, styles.grow)}>
          <Subtitle2>{t('bookingsHeading')}</Subtitle2>
        </h2>
        <Button onClick={view.refresh} disabled={view.loading}>
          {t('bookingsRefresh')}
        </Button>
      </div>
      {view.loading && <Spinner size="small" label={t('loading')} />}
      {view.bookings?.length === 0 && <Text>{t('bookingsEmpty')}</Text>}
      {view.bookings && view.bookings.length > 0 && (
        <ul className={styles.list} aria-labelledby={headingId}>
          {view.bookings.map((booking, index) => {
            const response = RESPONSES[booking.roomResponse];
            const subject = booking.subject || t('untitled');
            const released = view.released.has(booking.eventId);
            const checkedIn = view.checkedIn.get(booking.eventId);
            const when = `${dateTime(booking.start, props.timeZone)} – ${time(booking.end, props.timeZone)}`;
            const subjectId = `${headingId}-${index}`;
            return (
              <li key={booking.eventId} className={own.item} aria-label={subject}>
                <div className={own.text}>
                  <Text weight="semibold" id={subjectId}>
                    {subject}
                  </Text>
                  <Text size={200} className={styles.meta}>
                    {booking.isRecurring ? t('seriesNext', { when }) : when}
                  </Text>
                  {booking.isRecurring && (
                    <Text size={200} className={styles.meta}>
                      {t('seriesDatesLeft', { count: booking.datesInView, days: HORIZON_DAYS })}
                    </Text>
                  )}
                  <Text size={200}>{booking.record.resourceLocation}</Text>
                  <div className={own.badges}>
                    {released ? (
                      <Badge appearance="tint" color="informative">
                        {t('roomReleasedBadge')}
                      </Badge>
                    ) : (
                      <Badge appearance="tint" color={response.color}>
                        {t(response.key)}
                      </Badge>
                    )}
                    {checkedIn && !released && (
                      <Badge appearance="tint" color="success">
                        {t('checkedInBadge', { time: time(checkedIn, props.timeZone) })}
                      </Badge>
                    )}
                  </div>
                </div>
                {!released && (
                  <div className={own.actions}>
                    {!checkedIn && view.canCheckIn(booking) && (
                      <Button
                        appearance="primary"
                        disabledFocusable={view.busy !== null}
                        aria-describedby={subjectId}
                        onClick={() => void checkIn(booking)}
                      >
                        {t('checkIn')}
                      </Button>
                    )}
                    {booking.roomResponse === 'declined' && (
                      <Button aria-describedby={subjectId} onClick={() => void view.bookAnother(booking)}>
                        {t('rebook')}
                      </Button>
                    )}
                    <Button
                      ref={(button) => {
                        if (button) releaseButtons.current.set(booking.eventId, button);
                        else releaseButtons.current.delete(booking.eventId);
                      }}
                      disabledFocusable={view.busy !== null}
                      aria-describedby={subjectId}
                      onClick={() => setConfirming(booking)}
                    >
                      {t('releaseRoom')}
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('confirmReleaseTitle', { room: confirming.record.resourceLocation })}
          safeLabel={t('confirmKeepRoomBooked')}
          confirmLabel={t('confirmRelease')}
          fallbackFocus={heading}
          onSafe={() => setConfirming(null)}
          onConfirm={() => void confirmRelease(confirming)}
        >
          {t(confirming.isRecurring ? 'confirmReleaseSeriesBody' : 'confirmReleaseBody', {
            room: confirming.record.resourceLocation,
            subject: confirming.subject || t('untitled'),
          })}
        </ConfirmDialog>
      )}
    </section>
  );
}
