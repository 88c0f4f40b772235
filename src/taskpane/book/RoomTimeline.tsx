// The room's day around the meeting as a small bar: busy and tentative blocks, the meeting's slot
// outlined, the window's ends below. Screen readers get the same in words, as the bar's name.
import { mergeClasses } from '@fluentui/react-components';
import * as React from 'react';
import { percentOf, type Timeline } from '../../core/timeline';
import { useI18n } from '../i18n/I18nProvider';
import { useRoomTimelineStyles } from './RoomTimeline.styles';

export interface RoomTimelineProps {
  readonly timeline: Timeline;
  readonly timeZone: string;
}

export function RoomTimeline({ timeline, timeZone }: RoomTimelineProps): React.JSX.Element {
  const { t, time } = useI18n();
  const styles = useRoomTimelineStyles();
  const span = (range: { start: Date; end: Date }) => ({
    from: time(range.start, timeZone),
    to: time(range.end, timeZone),
  });
  // Positions come from the data, so they are set through the style object (CSSOM, allowed by the CSP).
  const place = (range: { start: Date; end: Date }): React.CSSProperties => {
    const left = percentOf(timeline, range.start);
    return { left: `${left}%`, width: `${percentOf(timeline, range.end) - left}%` };
  };
  const blocks = timeline.blocks.map((block) =>
    t(
      block.status === 'tentative'
        ? 'timelineTentative'
        : block.status === 'unknown'
          ? 'timelineUnknown'
          : 'timelineBusy',
      span(block),
    ),
  );
  const label = t('timelineLabel', {
    meeting: t('timelineMeeting', span(timeline.meeting)),
    blocks: blocks.length ? blocks.join(', ') : t('timelineFree', span(timeline.window)),
  });
  return (
    <div className={styles.root}>
      <div className={styles.track} role="img" aria-label={label}>
        {timeline.blocks.map((block, index) => (
          <span
            // Two meetings may share a time and status (a room that allows conflicts).
            key={`${index}-${block.start.getTime()}-${block.end.getTime()}-${block.status}`}
            className={mergeClasses(styles.block, styles[block.status])}
            style={place(block)}
          />
        ))}
        <span className={styles.meeting} style={place(timeline.meeting)} />
      </div>
      <div className={styles.scale} aria-hidden="true">
        <span>{time(timeline.window.start, timeZone)}</span>
        <span>{time(timeline.window.end, timeZone)}</span>
      </div>
    </div>
  );
}
