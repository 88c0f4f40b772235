// My bookings: upcoming meetings booked with Roombook, the room's response, and cancel (after a
// confirmation that says what happens to the room and the meeting).
import { Badge, Button, mergeClasses, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import * as React from 'react';
import type { BookedEvent, RoomResponse } from '../../core/model';
import { useBookViewStyles } from '../book/BookView.styles';
import { ConfirmDialog } from '../ConfirmDialog';
import type { MessageKey } from '../i18n/en-US';
import { useI18n } from '../i18n/I18nProvider';
import { useMyBookings } from './useMyBookings';

const RESPONSES: Record<
  RoomResponse,
  { key: MessageKey; color: 'success' | 'danger' | 'warning' | 'informative' }
> = {
  accepted: { key: 'responseAccepted', color: 'success' },
  declined: { key: 'responseDeclined', color: 'danger' },
  tentativelyAccepted: { key: 'responseTentative', color: 'warning' },
  none: { key: 'responseNone', color: 'informative' },
};

export function MyBookings(props: { timeZone: string }): React.JSX.Element {
  const { t, dateTime, time } = useI18n();
  const styles = useBookViewStyles();
  const view = useMyBookings();
  const headingId = React.useId();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = React.useState<BookedEvent | null>(null);
  const confirmCancel = async (booking: BookedEvent) => {
    setConfirming(null);
    // The row's Cancel button is gone once cancelled: the list's heading keeps the user's place.
    if (await view.cancel(booking)) heading.current?.focus();
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
            return (
              <li key={booking.eventId} className={styles.result} aria-label={subject}>
                <div className={styles.resultText}>
                  <Text weight="semibold" id={`${headingId}-${index}`}>
                    {subject}
                  </Text>
                  <Text size={200} className={styles.meta}>
                    {dateTime(booking.start, props.timeZone)} – {time(booking.end, props.timeZone)}
                  </Text>
                  <Text size={200}>{booking.record.resourceLocation}</Text>
                  {view.cancelled.has(booking.eventId) ? (
                    <Badge appearance="tint" color="informative" className={styles.badge}>
                      {t('bookingCancelled')}
                    </Badge>
                  ) : (
                    <Badge appearance="tint" color={response.color} className={styles.badge}>
                      {t(response.key)}
                    </Badge>
                  )}
                </div>
                {!view.cancelled.has(booking.eventId) && (
                  <Button
                    disabledFocusable={view.cancelling !== null}
                    aria-describedby={`${headingId}-${index}`}
                    onClick={() => setConfirming(booking)}
                  >
                    {t('cancelBooking')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('confirmCancelTitle', { room: confirming.record.resourceLocation })}
          safeLabel={t('confirmKeepBooking')}
          confirmLabel={t('confirmCancelBooking')}
          fallbackFocus={heading}
          onSafe={() => setConfirming(null)}
          onConfirm={() => void confirmCancel(confirming)}
        >
          {t('confirmCancelBody', {
            room: confirming.record.resourceLocation,
            subject: confirming.subject || t('untitled'),
          })}
        </ConfirmDialog>
      )}
    </section>
  );
}
