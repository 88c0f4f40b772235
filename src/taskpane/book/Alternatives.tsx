// When nothing fitting is free: other times, each a button that moves the meeting in Outlook and
// names the rooms free then (for a series, on every date), and wider searches when a filter is what
// keeps the free rooms out, each a button that searches with it.
import { Button, Subtitle2, Text } from '@fluentui/react-components';
import * as React from 'react';
import type { TimeOption } from '../../core/alternatives';
import type { Relaxation } from '../../core/relaxations';
import { useI18n, type I18n } from '../i18n/I18nProvider';
import { useBookViewStyles } from './BookView.styles';
import type { AlternativesFound } from './useBookView';

/** Names shown per time; the rest are counted. */
const NAMED_ROOMS = 3;

export interface AlternativesProps {
  readonly found: AlternativesFound | null;
  readonly timeZone: string;
  readonly series: boolean;
  readonly busy: boolean;
  readonly onSuggest: () => void;
  readonly onPickTime: (option: TimeOption) => void;
  readonly onRelax: (relaxation: Relaxation) => void;
}

function roomNames(option: TimeOption, i18n: I18n): string {
  const names = option.rooms.slice(0, NAMED_ROOMS).map((room) => room.displayName);
  const more = option.rooms.length - names.length;
  const parts = more > 0 ? [...names, i18n.t('alternativeMoreRooms', { count: more })] : names;
  return new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(parts);
}

function relaxationText(relaxation: Relaxation, i18n: I18n): string {
  switch (relaxation.kind) {
    case 'building':
      return i18n.t('relaxBuilding', { count: relaxation.freeRooms });
    case 'equipment':
      return i18n.t('relaxEquipment', { count: relaxation.freeRooms });
    case 'seats':
      return i18n.t('relaxSeats', { count: relaxation.freeRooms, seats: relaxation.criteria.minCapacity });
  }
}

export function Alternatives(props: AlternativesProps): React.JSX.Element {
  const i18n = useI18n();
  const { t, dateTime, time } = i18n;
  const styles = useBookViewStyles();
  const headingId = React.useId();
  const idPrefix = React.useId();
  const times = props.found?.times ?? [];
  const relaxations = props.found?.relaxations ?? [];
  return (
    <section className={styles.form} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t('alternativesHeading')}
      </Subtitle2>
      <Button onClick={props.onSuggest} disabled={props.busy}>
        {t('alternativesButton')}
      </Button>
      {props.found && times.length === 0 && <Text>{t('alternativesNone')}</Text>}
      {times.length > 0 && (
        <ul className={styles.list} aria-labelledby={headingId}>
          {times.map((option, i) => {
            const range = `${props.series ? time(option.start, props.timeZone) : dateTime(option.start, props.timeZone)} – ${time(option.end, props.timeZone)}`;
            const roomsId = `${idPrefix}-${i}`;
            return (
              <li key={option.start.toISOString()} className={styles.resultText}>
                <Button
                  className={styles.badge}
                  aria-describedby={roomsId}
                  disabledFocusable={props.busy}
                  onClick={() => props.onPickTime(option)}
                >
                  {t(props.series ? 'alternativeMoveSeries' : 'alternativeMove', { time: range })}
                </Button>
                <Text id={roomsId} size={200} className={styles.meta}>
                  {t(props.series ? 'alternativeFreeEveryDate' : 'alternativeFreeThen', {
                    rooms: roomNames(option, i18n),
                  })}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
      {relaxations.length > 0 && (
        <div role="group" aria-label={t('relaxHeading')} className={styles.form}>
          {relaxations.map((relaxation) => (
            <Button
              key={relaxation.kind}
              className={styles.badge}
              disabledFocusable={props.busy}
              onClick={() => props.onRelax(relaxation)}
            >
              {relaxationText(relaxation, i18n)}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
}
