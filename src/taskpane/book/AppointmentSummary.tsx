// The item as Outlook has it right now, in the user's time zone.
import { Badge, Subtitle2, Text } from '@fluentui/react-components';
import * as React from 'react';
import type { Appointment, BookingRecord } from '../../core/model';
import { useI18n } from '../i18n/I18nProvider';
import { useBookViewStyles } from './BookView.styles';

export function AppointmentSummary(props: {
  appointment: Appointment;
  existing: BookingRecord | null;
  /** The room accepted the meeting: only then is it called booked. */
  accepted: boolean;
}): React.JSX.Element {
  const { appointment: item, existing } = props;
  const { t, dateTime, time } = useI18n();
  const styles = useBookViewStyles();
  const headingId = React.useId();
  const zone = item.displayTimeZone;
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t('appointmentHeading')}: {item.subject || t('untitled')}
      </Subtitle2>
      <Text>
        {item.isAllDay
          ? `${dateTime(item.start, zone)} · ${t('allDay')}`
          : `${dateTime(item.start, zone)} – ${time(item.end, zone)}`}
      </Text>
      <div className={styles.row}>
        {item.recurrence && <Badge appearance="tint">{t('recurring')}</Badge>}
        <Text className={styles.meta}>{t('attendees', { count: item.attendeeCount })}</Text>
      </div>
      <Text className={styles.meta}>
        {item.location ? t('location', { location: item.location }) : t('noLocation')}
      </Text>
      {existing && (
        <Text weight="semibold">
          {t(props.accepted ? 'bookedRoom' : 'roomOnMeeting', { room: existing.resourceLocation })}
        </Text>
      )}
      {item.mode === 'read' && <Text>{t('readMode')}</Text>}
    </section>
  );
}
