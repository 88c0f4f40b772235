// The user's upcoming events that carry Roombook's properties; checking in to one, releasing its
// room, and booking another room for one the room declined.
import * as React from 'react';
import { canCheckIn, checkIn as checkInTo, readCheckIns } from '../../core/checkIn';
import { nothingChanged } from '../../core/bookingVerify';
import { RoombookError } from '../../core/errors';
import type { BookedEvent } from '../../core/model';
import { releaseRoom } from '../../core/release';
import { useI18n } from '../i18n/I18nProvider';
import { useServices } from '../services';
import { useAnnounce, useUserAction } from '../StatusRegion';
import { useReportError } from '../useReportError';

/** How far ahead My bookings looks. */
export const HORIZON_DAYS = 60;
/** How often the pane looks at the clock again, so Check in appears when a window opens. */
const CLOCK_TICK_MS = 30_000;

export interface MyBookings {
  readonly bookings: readonly BookedEvent[] | null;
  readonly loading: boolean;
  /** The event id of the booking a check-in or release is running for. */
  readonly busy: string | null;
  /**
   * Bookings whose room was released since the list was read. They stay in place, marked, until the
   * next refresh, so the rows below (and their buttons) do not move under the pointer.
   */
  readonly released: ReadonlySet<string>;
  /** When someone checked in, by event id, as Graph reads it back. */
  readonly checkedIn: ReadonlyMap<string, Date>;
  /** Whether the booking's check-in window is open now. */
  canCheckIn(booking: BookedEvent): boolean;
  refresh(): void;
  checkIn(booking: BookedEvent): Promise<void>;
  /** Whether the room was released (a failure is reported in the status region). */
  release(booking: BookedEvent): Promise<boolean>;
  /** Opens the Book tab when the pane is open on this meeting; otherwise says how to get there. */
  bookAnother(booking: BookedEvent): Promise<void>;
}

export function useMyBookings(onBookThisMeeting: () => void): MyBookings {
  const services = useServices();
  const { t } = useI18n();
  const announce = useAnnounce();
  const fail = useReportError();
  const acted = useUserAction();
  const [bookings, setBookings] = React.useState<readonly BookedEvent[] | null>(null);
  const [loading, setLoading] = React.useState(true);
  const [busy, setBusy] = React.useState<string | null>(null);
  const [released, setReleased] = React.useState<ReadonlySet<string>>(new Set());
  const [checkedIn, setCheckedIn] = React.useState<ReadonlyMap<string, Date>>(new Map());

  const [now, setNow] = React.useState(() => services.now());
  React.useEffect(() => {
    const timer = setInterval(() => setNow(services.now()), CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, [services]);

  // Refresh bumps a generation; the effect loads for it and ignores answers of older generations.
  const [generation, setGeneration] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    const start = services.now();
    const end = new Date(start.getTime() + HORIZON_DAYS * 86_400_000);
    services.bookings
      .listMine({ start, end })
      .then(async (found) => {
        const claims = await readCheckIns(services, found, start);
        if (!live) return;
        setBookings(found);
        setCheckedIn(claims);
        setReleased(new Set());
      })
      .catch((error: unknown) => live && fail(error, { context: 'bookings' }))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [services, fail, generation]);

  const refresh = React.useCallback(() => {
    acted();
    setNow(services.now());
    setLoading(true);
    setGeneration((g) => g + 1);
  }, [services, acted]);

  const checkIn = React.useCallback(
    async (booking: BookedEvent) => {
      acted();
      setBusy(booking.eventId);
      try {
        const at = await checkInTo(services, booking);
        setCheckedIn((current) => new Map(current).set(booking.eventId, at));
        announce({
          intent: 'success',
          text: t('checkedInAnnounce', { room: booking.record.resourceLocation }),
        });
      } catch (error) {
        if (error instanceof RoombookError && error.kind === 'verificationFailed')
          announce({ intent: 'warning', text: t('checkInNotConfirmed') });
        else fail(error, { context: 'bookings' });
      } finally {
        setBusy(null);
      }
    },
    [services, announce, fail, acted, t],
  );

  const release = React.useCallback(
    async (booking: BookedEvent) => {
      acted();
      setBusy(booking.eventId);
      try {
        await releaseRoom(services, booking);
        setReleased((current) => new Set(current).add(booking.eventId));
        announce({
          intent: 'success',
          text: t('roomReleasedAnnounce', { room: booking.record.resourceLocation }),
        });
        return true;
      } catch (error) {
        // The PATCH went out, but the read-back did not show the room gone: say so, not "nothing changed".
        if (error instanceof RoombookError && error.kind === 'verificationFailed')
          announce({
            intent: 'warning',
            text: t('releaseNotConfirmed', { room: booking.record.resourceLocation }),
          });
        // It acts through the meeting's calls; to the user it is one of My bookings.
        else fail(error, { nothingChanged: nothingChanged(error), context: 'bookings' });
        return false;
      } finally {
        setBusy(null);
      }
    },
    [services, announce, fail, acted, t],
  );

  const bookAnother = React.useCallback(
    async (booking: BookedEvent) => {
      acted();
      try {
        const item = await services.appointment.read();
        // Booking goes through the open Outlook item: only this meeting's own item can take a room.
        if (item.eventId !== null && item.eventId === booking.eventId) {
          onBookThisMeeting();
          return;
        }
      } catch {
        /* no item to compare with: the user opens the meeting */
      }
      announce({
        intent: 'info',
        text: t('rebookOpenMeeting', { subject: booking.subject || t('untitled') }),
      });
    },
    [services, onBookThisMeeting, announce, acted, t],
  );

  return {
    bookings,
    loading,
    busy,
    released,
    checkedIn,
    canCheckIn: (booking) => canCheckIn(booking, now),
    refresh,
    checkIn,
    release,
    bookAnother,
  };
}
