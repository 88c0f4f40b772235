// Ranked rooms, one card each (RoomCard); a long list renders only the cards near the viewport
// (useRoomWindow), and every card says its place in the whole list.
import { mergeClasses, Subtitle2 } from '@fluentui/react-components';
import * as React from 'react';
import type { RankedRoom } from '../../core/model';
import { useI18n } from '../i18n/I18nProvider';
import { useBookViewStyles } from './BookView.styles';
import { RoomCard, type RoomCardActions } from './RoomCard';
import { useRoomResultsStyles } from './RoomResults.styles';
import { useRoomWindow } from './useRoomWindow';

export interface RoomResultsProps extends RoomCardActions {
  readonly results: readonly RankedRoom[];
}

/** The ref is the results heading, which the Book tab focuses after a search. */
export const RoomResults = React.forwardRef<HTMLHeadingElement, RoomResultsProps>(
  function RoomResults(props, headingRef) {
    const { results, ...actions } = props;
    const { t } = useI18n();
    const styles = useBookViewStyles();
    const placement = useRoomResultsStyles();
    const headingId = React.useId();
    const view = useRoomWindow(results);
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
          <Subtitle2>{t('resultsHeading')}</Subtitle2>
        </h2>
        <ul
          ref={view.listRef}
          className={mergeClasses(styles.list, view.height !== null && placement.virtualList)}
          style={view.height === null ? undefined : { height: `${view.height}px` }}
          aria-labelledby={headingId}
          onBlur={view.onListBlur}
        >
          {view.rows.map(({ index, top }) => {
            const ranked = results[index];
            return (
              ranked && (
                <RoomCard
                  key={ranked.room.email}
                  ref={view.measure}
                  {...actions}
                  ranked={ranked}
                  index={index}
                  setSize={results.length}
                  top={top}
                  onFocus={view.onCardFocus}
                />
              )
            );
          })}
        </ul>
      </section>
    );
  },
);
