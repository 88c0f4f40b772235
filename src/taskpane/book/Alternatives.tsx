// Other times when nothing fitting is free (findMeetingTimes). Suggestions only: the organizer moves
// the meeting in Outlook, and the pane follows the new time.
import { Button, Subtitle2, Text } from '@fluentui/react-components';
import * as React from 'react';
import type { TimeSuggestion } from '../../core/model';
import { useI18n } from '../i18n/I18nProvider';
import { useBookViewStyles } from './BookView.styles';

export interface AlternativesProps {
  readonly suggestions: readonly TimeSuggestion[] | null;
  readonly timeZone: string;
  readonly busy: boolean;
  readonly onSuggest: () => void;
}

export function Alternatives(props: AlternativesProps): React.JSX.Element {
  const { t, dateTime, time } = useI18n();
  const styles = useBookViewStyles();
  const headingId = React.useId();
  return (
    <section className={styles.form} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t('alternativesHeading')}
      </Subtitle2>
      <Button onClick={props.onSuggest} disabled={props.busy}>
        {t('alternativesButton')}
      </Button>
      {props.suggestions?.length === 0 && <Text>{t('alternativesNone')}</Text>}
      {props.suggestions && props.suggestions.length > 0 && (
        <ul className={styles.list} aria-labelledby={headingId}>
          {props.suggestions.map((s) => (
            <li key={s.start.toISOString()}>
              {t('alternativeItem', {
                time: `${dateTime(s.start, props.timeZone)} – ${time(s.end, props.timeZone)}`,
                count: s.roomEmails.length,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
