// The user's upcoming events that carry Roombook's properties, and cancelling one.
import * as React from 'react';
import { cancelBooking } from '../../core/booking';
import { nothingChanged } from '../../core/bookingVerify';
import type { BookedEvent } from '../../core/model';
import { useI18n } from '../i18n/I18nProvider';
import { useServices } from '../services';
import { useAnnounce, useUserAction } from '../StatusRegion';
import { useReportError } from '../useReportError';

/** How far ahead My bookings looks. */
const HORIZON_DAYS = 60;

export interface MyBookings {
  readonly bookings: readonly BookedEvent[] | null;
  readonly loading: boolean;
  readonly cancelling: string | null;
  /**
   * Bookings cancelled since the list was read. They stay in place, marked, until the next refresh,
   * so the rows below (and their Cancel buttons) do not move under the pointer.
   */
  readonly cancelled: ReadonlySet<string>;
  refresh(): void;
  /** Whether the booking was cancelled (a failure is reported in the status region). */
  cancel(booking: BookedEvent): Promise<boolean>;
}

export function useMyBookings(): MyBookings {
  const services = useServices();
  const { t } = useI18n();
  const announce = useAnnounce();
  const fail = useReportError();
  const acted = useUserAction();
  const [bookings, setBookings] = React.useState<readonly BookedEvent[] | null>(null);
  const [loading, setLoading] = React.useState(true);
  const [cancelling, setCancelling] = React.useState<string | null>(null);
  const [cancelled, setCancelled] = React.useState<ReadonlySet<string>>(new Set());

  // Refresh bumps a generation; the effect loads for it and ignores answers of older generations.
  const [generation, setGeneration] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    const start = services.now();
    const end = new Date(start.getTime() + HORIZON_DAYS * 86_400_000);
    services.bookings
      .listMine({ start, end })
      .then(
        (found) => {
          if (!live) return;
          setBookings(found);
          setCancelled(new Set());
        },
        (error: unknown) => live && fail(error, { context: 'bookings' }),
      )
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [services, fail, generation]);

  const refresh = React.useCallback(() => {
    acted();
    setLoading(true);
    setGeneration((g) => g + 1);
  }, [acted]);

  const cancel = React.useCallback(
    async (booking: BookedEvent) => {
      acted();
      setCancelling(booking.eventId);
      try {
        await cancelBooking(services, booking);
        setCancelled((current) => new Set(current).add(booking.eventId));
        announce({ intent: 'success', text: t('cancelled', { room: booking.record.resourceLocation }) });
        return true;
      } catch (error) {
        // It acts through the meeting's calls; to the user it is one of My bookings.
        fail(error, { nothingChanged: nothingChanged(error), context: 'bookings' });
        return false;
      } finally {
        setCancelling(null);
      }
    },
    [services, announce, fail, acted, t],
  );

  return { bookings, loading, cancelling, cancelled, refresh, cancel };
}
