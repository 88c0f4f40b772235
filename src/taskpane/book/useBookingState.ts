// Where the booking on this meeting stands, followed while the pane is open: the room's place on the
// event is read from Graph after booking and on opening, then again with a growing wait while the room
// can still answer (not sent yet, or sent and not answered), and whenever the user changes the item in
// Outlook. Checking stops once the room accepted or declined, when the pane closes, and after about
// eight minutes (core's PHASE_CHECK_WAITS_MS); the user can check again. It also re-checks the booked
// room against the meeting after each change and says what the change breaks.
import * as React from 'react';
import { checkBookingChange } from '../../core/bookingChangeCheck';
import type { BookingBreak } from '../../core/bookingChange';
import { bookingPhase, isSettled, PHASE_CHECK_WAITS_MS, type BookingPhase } from '../../core/bookingPhase';
import type { BookingRecord, TimeRange } from '../../core/model';
import { occurrencesToCheck } from '../../core/occurrences';
import { useI18n } from '../i18n/I18nProvider';
import { useServices } from '../services';
import { useAnnounce } from '../StatusRegion';
import { PHASE_TEXT, roomName } from './bookingText';

export interface BookingStateView {
  /** Null while the first answer is read, or when there is no saved booking to follow. */
  readonly phase: BookingPhase | null;
  /** True while Roombook still checks on its own; false once settled or after the last wait. */
  readonly following: boolean;
  /** What the user's last change in Outlook breaks; empty when the booking holds. */
  readonly breaks: readonly BookingBreak[];
  /** Reads the room's answer again now, and follows it again for a while if it can still change. */
  recheck(): void;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function useBookingState(record: BookingRecord | null): BookingStateView {
  const services = useServices();
  const { t } = useI18n();
  const announce = useAnnounce();
  const [phase, setPhase] = React.useState<BookingPhase | null>(null);
  const [following, setFollowing] = React.useState(false);
  const [breaks, setBreaks] = React.useState<readonly BookingBreak[]>([]);
  // Each follow run has a number: a newer run (a recheck, another booking, closing) ends older ones.
  const run = React.useRef(0);
  // The times the room accepted this meeting for: its calendar holds them until the update is sent.
  const acceptedTimes = React.useRef<readonly TimeRange[]>([]);
  const mailbox = record?.resourceMailbox ?? null;
  const room = record ? roomName(record) : '';

  const follow = React.useCallback(() => {
    const id = ++run.current;
    if (!mailbox) {
      setPhase(null);
      setFollowing(false);
      return;
    }
    const sleep = services.sleep ?? realSleep;
    let last: BookingPhase | null = null;
    // The item's id is read each time, not taken from the view: a change event's read of the item
    // can land after the booking saved it and still carry no id.
    const read = async (): Promise<BookingPhase | null> => {
      try {
        const { eventId } = await services.appointment.read();
        return eventId ? bookingPhase(await services.bookings.roomStatus(eventId, mailbox)) : null;
      } catch {
        // Not readable now (offline, Outlook still syncing): keep what is shown and try again later.
        return null;
      }
    };
    setFollowing(true);
    void (async () => {
      for (let attempt = 0; ; attempt += 1) {
        const next = await read();
        if (id !== run.current) return;
        if (next) {
          if (next === 'accepted') {
            const item = await services.appointment.read().catch(() => null);
            if (item) acceptedTimes.current = occurrencesToCheck(item);
          }
          setPhase(next);
          // Announce what the room did, not where following started (booking already said that).
          if (last && next !== last) announcePhase(next);
          last = next;
          if (isSettled(next)) break;
        }
        const wait = PHASE_CHECK_WAITS_MS[attempt];
        if (wait === undefined) break;
        await sleep(wait);
        if (id !== run.current) return;
      }
      setFollowing(false);
    })();

    function announcePhase(next: BookingPhase) {
      if (next === 'notInvited') return;
      announce({ intent: PHASE_TEXT[next].intent, text: t(PHASE_TEXT[next].key, { room }) });
    }
  }, [services, mailbox, room, announce, t]);

  React.useEffect(() => {
    acceptedTimes.current = [];
    setBreaks([]);
    follow();
    return () => {
      run.current += 1;
    };
  }, [follow]);

  // A change in Outlook: the room's answer may change once it is sent, and the booked room may no
  // longer fit the meeting. The latest values are read through a ref so the handler stays subscribed.
  const latest = React.useRef({ follow, record });
  React.useEffect(() => {
    latest.current = { follow, record };
  });
  React.useEffect(() => {
    let live = true;
    let check = 0;
    const unsubscribe = services.appointment.onChanged(() => {
      const { follow: followNow, record: booked } = latest.current;
      followNow();
      if (!booked) return;
      const mine = ++check;
      void (async () => {
        const appointment = await services.appointment.read();
        const found = await checkBookingChange(services, {
          record: booked,
          appointment,
          bookedTimes: acceptedTimes.current,
          now: services.now(),
        });
        if (live && mine === check) setBreaks(found);
      })().catch(() => undefined);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [services]);

  return { phase, following, breaks, recheck: follow };
}
