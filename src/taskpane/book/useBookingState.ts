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

const NO_BREAKS: readonly BookingBreak[] = [];
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function useBookingState(record: BookingRecord | null): BookingStateView {
  const services = useServices();
  const { t } = useI18n();
  const announce = useAnnounce();
  // Kept with the room it is about: another booking starts with nothing known.
  const [tracked, setTracked] = React.useState<{
    mailbox: string;
    phase: BookingPhase | null;
    following: boolean;
  } | null>(null);
  // Kept with the room they were found for: another booking starts with none.
  const [found, setFound] = React.useState<{ mailbox: string; breaks: readonly BookingBreak[] } | null>(null);
  // Each follow run has a number: a newer run (a recheck, another booking, closing) ends older ones.
  const run = React.useRef(0);
  // The times the room accepted this meeting for: its calendar holds them until the update is sent.
  const acceptedTimes = React.useRef<readonly TimeRange[]>([]);
  const mailbox = record?.resourceMailbox ?? null;
  const room = record ? roomName(record) : '';

  const follow = React.useCallback(() => {
    const id = ++run.current;
    if (!mailbox) return;
    const sleep = services.sleep ?? realSleep;
    const update = (phase: BookingPhase | null, following: boolean) =>
      setTracked((before) => ({
        mailbox,
        phase: phase ?? (before?.mailbox === mailbox ? before.phase : null),
        following,
      }));
    let last: BookingPhase | null = null;
    // The item's id is read when following starts, not taken from the view: a change event's read of
    // the item can land after the booking saved it and still carry no id.
    const eventId = services.appointment.read().then(
      (item) => item.eventId,
      () => null,
    );
    const read = async (): Promise<BookingPhase | null> => {
      const saved = await eventId;
      // Not readable now (offline, Outlook still syncing): keep what is shown and try again later.
      return saved ? services.bookings.roomStatus(saved, mailbox).then(bookingPhase, () => null) : null;
    };
    void (async () => {
      for (let attempt = 0; ; attempt += 1) {
        const next = await read();
        if (id !== run.current) return;
        // An item never saved has nothing to follow until it is (a change starts following again).
        if (!(await eventId)) return update(null, false);
        // The first time the room is seen accepting, the meeting is as the room booked it; after a
        // change the item moved on while the room's copy stays where it was until the update is sent.
        if (next === 'accepted' && acceptedTimes.current.length === 0) {
          const item = await services.appointment.read().catch(() => null);
          if (item) acceptedTimes.current = occurrencesToCheck(item);
        }
        const wait = next && isSettled(next) ? undefined : PHASE_CHECK_WAITS_MS[attempt];
        update(next, wait !== undefined);
        // Announce what the room did, not where following started (booking already said that).
        if (next && last && next !== last) announcePhase(next);
        last = next ?? last;
        if (wait === undefined) return;
        await sleep(wait);
        if (id !== run.current) return;
      }
    })();

    function announcePhase(next: BookingPhase) {
      if (next === 'notInvited') return;
      announce({ intent: PHASE_TEXT[next].intent, text: t(PHASE_TEXT[next].key, { room }) });
    }
  }, [services, mailbox, room, announce, t]);

  React.useEffect(() => {
    acceptedTimes.current = [];
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
        const breaks = await checkBookingChange(services, {
          record: booked,
          appointment,
          bookedTimes: acceptedTimes.current,
          now: services.now(),
        });
        if (live && mine === check) setFound({ mailbox: booked.resourceMailbox, breaks });
      })().catch(() => undefined);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [services]);

  const current = tracked && tracked.mailbox === mailbox ? tracked : null;
  const breaks = found && found.mailbox === mailbox ? found.breaks : NO_BREAKS;
  return {
    phase: current?.phase ?? null,
    following: current?.following ?? false,
    breaks,
    recheck: follow,
  };
}
