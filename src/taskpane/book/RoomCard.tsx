// One ranked room: a list item named by the room, with where it is (its city too), its equipment,
// its availability for this meeting, a star to keep it as a favourite and a "Book <room>" button.
import { Badge, Button, mergeClasses, Spinner, Text, ToggleButton } from '@fluentui/react-components';
import * as React from 'react';
import { locationText } from '../../core/booking';
import type { RankedRoom, Room, RoomAvailability } from '../../core/model';
import type { MessageKey } from '../i18n/en-US';
import { useI18n, type Translate } from '../i18n/I18nProvider';
import { useBookViewStyles } from './BookView.styles';
import { useRoomResultsStyles } from './RoomResults.styles';
import { RoomEquipment } from './RoomEquipment';
import { RoomTimeline } from './RoomTimeline';

const STATUS: Record<
  RoomAvailability['status'],
  { key: MessageKey; color: 'success' | 'danger' | 'warning' | 'informative' }
> = {
  free: { key: 'statusFree', color: 'success' },
  busy: { key: 'statusBusy', color: 'danger' },
  tentative: { key: 'statusTentative', color: 'warning' },
  unknown: { key: 'statusUnknown', color: 'informative' },
};

/**
 * The booked room that accepted this meeting is busy only with this meeting (core leaves that copy
 * out): free otherwise, it says it is reserved for the meeting instead of "Free".
 */
const heldFree = (ranked: RankedRoom) =>
  ranked.heldForMeeting === true && ranked.availability.status === 'free';

function availabilityText(availability: RoomAvailability, t: Translate): string {
  if (availability.total > 1 && availability.status !== 'unknown') {
    return t('seriesFree', { free: availability.freeCount, total: availability.total });
  }
  return t(STATUS[availability.status].key);
}

/** What every card of a list shares: the booking's state and what the user can do with a room. */
export interface RoomCardActions {
  readonly bookedEmail: string | null;
  /** The booked room declined the meeting: it is marked so, never as booked. */
  readonly bookedDeclined?: boolean;
  readonly bookingEmail: string | null;
  readonly canBook: boolean;
  readonly onBook: (room: Room) => void;
  readonly isFavourite: (room: Room) => boolean;
  readonly onToggleFavourite: (room: Room) => void;
  /** The meeting's zone, for the rooms' timelines. */
  readonly timeZone: string;
}

export interface RoomCardProps extends RoomCardActions {
  readonly ranked: RankedRoom;
  /** The card's place in the whole list (0-based) and the list's length, for screen readers. */
  readonly index: number;
  readonly setSize: number;
  /** Where a long list places the card, in px from the list's top; a short list's cards flow. */
  readonly top: number | null;
  readonly onFocus: (room: Room) => void;
}

const same = (a: string | null, b: string) => a?.toLowerCase() === b.toLowerCase();

/** The ref is the list item, which a long list measures. */
export const RoomCard = React.forwardRef<HTMLLIElement, RoomCardProps>(function RoomCard(props, ref) {
  const { t } = useI18n();
  const styles = useBookViewStyles();
  const placement = useRoomResultsStyles();
  const { room, availability, timeline } = props.ranked;
  const held = heldFree(props.ranked);
  return (
    <li
      ref={ref}
      className={mergeClasses(styles.result, props.top !== null && placement.virtualItem)}
      aria-label={room.displayName}
      // A long list renders only some of its cards: these say "3 of 2,000" all the same.
      aria-posinset={props.index + 1}
      aria-setsize={props.setSize}
      data-index={props.index}
      style={props.top === null ? undefined : { transform: `translateY(${props.top}px)` }}
      onFocus={() => props.onFocus(room)}
    >
      <ToggleButton
        appearance="subtle"
        size="small"
        checked={props.isFavourite(room)}
        aria-label={t('favouriteRoom', { room: room.displayName })}
        // A glyph, not an icon package: the star is the only icon the list needs.
        icon={<span aria-hidden="true">{props.isFavourite(room) ? '★' : '☆'}</span>}
        onClick={() => props.onToggleFavourite(room)}
      />
      <div className={styles.resultText}>
        <Text weight="semibold">{room.displayName}</Text>
        <Text size={200} className={styles.meta}>
          {[locationText(room), room.city].filter(Boolean).join(', ')} ·{' '}
          {room.capacity === null ? t('capacityUnknown') : t('capacity', { count: room.capacity })}
        </Text>
        <RoomEquipment features={room.features} />
        {/* The booked badge sits beside the availability, not beside the Book button: at
            320 px the row has no width left for it there and it was cut to a stub. */}
        <div className={styles.badges}>
          <Badge appearance="tint" color={STATUS[availability.status].color}>
            {held ? (
              // One short word beside "Booked" at 320 px; screen readers hear it in full.
              <>
                <span aria-hidden="true">{t('heldShort')}</span>
                <span className={styles.visuallyHidden}>{t('heldForMeeting')}</span>
              </>
            ) : (
              availabilityText(availability, t)
            )}
          </Badge>
          {same(props.bookedEmail, room.email) ? (
            <Badge appearance="filled" color={props.bookedDeclined ? 'danger' : 'success'}>
              {props.bookedDeclined ? t('declinedBadge') : t('booked')}
            </Badge>
          ) : null}
        </div>
        {timeline && <RoomTimeline timeline={timeline} timeZone={props.timeZone} />}
      </div>
      <Button
        className={styles.bookButton}
        // The room already held for this meeting is not the one to book next.
        appearance={availability.status === 'free' && !held ? 'primary' : 'secondary'}
        // Focusable while disabled, so focus stays on the room being booked (and returns to it
        // from the confirmation) instead of falling to the page.
        disabledFocusable={!props.canBook || props.bookingEmail !== null}
        icon={
          same(props.bookingEmail, room.email) ? (
            <Spinner size="tiny" aria-label={t('booking', { room: room.displayName })} />
          ) : undefined
        }
        onClick={() => props.onBook(room)}
        // The visible word stays short so the button never wraps at 320 px; the name says which room.
        aria-label={t('bookButton', { room: room.displayName })}
      >
        {t('bookShort')}
      </Button>
    </li>
  );
});
