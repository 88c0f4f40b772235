// State of the Book tab: the item as Outlook has it, its existing booking, the search and booking.
// Follows the item: a changed time or attendee list re-reads it and refreshes availability.
import * as React from 'react';
import { findAlternativeTimes } from '../../core/alternatives';
import { bookRoom, inviteBookedRoom, isRoomInvited, loadExistingBooking } from '../../core/booking';
import { decideBooking, occurrenceAvailability, type BookingDecision } from '../../core/bookingDecision';
import { checkRoomBeforeBooking } from '../../core/bookingDecisionCheck';
import type {
  Appointment,
  BookingRecord,
  RankedRoom,
  Room,
  RoomList,
  SearchCriteria,
  TimeSuggestion,
} from '../../core/model';
import { occurrencesToCheck } from '../../core/occurrences';
import { searchRooms } from '../../core/roomSearch';
import { type Preferences, withRememberedFilters } from '../../core/preferences';
import { defaultCriteria } from '../../core/search';
import { useI18n } from '../i18n/I18nProvider';
import { useServices } from '../services';
import { useAnnounce } from '../StatusRegion';
import { useReportError } from '../useReportError';
import type { BookConfirmation } from './BookConfirmDialog';
import { usePreferences } from './usePreferences';

export interface SearchOutcome {
  readonly results: readonly RankedRoom[];
  readonly totalMatches: number;
}

export interface BookViewState {
  readonly appointment: Appointment | null;
  readonly existing: BookingRecord | null;
  readonly criteria: SearchCriteria | null;
  readonly setCriteria: (criteria: SearchCriteria) => void;
  readonly rooms: readonly Room[];
  readonly roomLists: readonly RoomList[];
  readonly outcome: SearchOutcome | null;
  readonly busy: 'loading' | 'searching' | 'checking' | 'booking' | 'suggesting' | null;
  readonly bookingRoom: string | null;
  readonly alternatives: readonly TimeSuggestion[] | null;
  /** Searches the user asked for (not the refreshes after a change in Outlook). */
  readonly searchCount: number;
  /** The booked room is on the location but not a resource attendee, so Exchange will not reserve it. */
  readonly roomNotInvited: boolean;
  /** A booking waiting for the user's answer: the room is not free on every date, or replaces another. */
  readonly confirmation: BookConfirmation | null;
  /** Favourite rooms and last filters, remembered in roaming settings. */
  readonly preferences: Preferences;
  toggleFavourite(room: Room): void;
  inviteRoom(): Promise<void>;
  search(): Promise<void>;
  /** Books the room, or first asks (see `confirmation`) when Exchange may decline it or it replaces one. */
  book(room: Room): Promise<void>;
  confirmBooking(): Promise<void>;
  dismissConfirmation(): void;
  suggestTimes(): Promise<void>;
}

export function useBookView(): BookViewState {
  const services = useServices();
  const { t } = useI18n();
  const announce = useAnnounce();
  const [appointment, setAppointment] = React.useState<Appointment | null>(null);
  const [existing, setExisting] = React.useState<BookingRecord | null>(null);
  const [criteria, setCriteriaState] = React.useState<SearchCriteria | null>(null);
  const [capacityTouched, setCapacityTouched] = React.useState(false);
  const [directory, setDirectory] = React.useState<{ rooms: Room[]; lists: RoomList[] }>({
    rooms: [],
    lists: [],
  });
  const [outcome, setOutcome] = React.useState<SearchOutcome | null>(null);
  const [busy, setBusy] = React.useState<BookViewState['busy']>('loading');
  const [bookingRoom, setBookingRoom] = React.useState<string | null>(null);
  const [alternatives, setAlternatives] = React.useState<readonly TimeSuggestion[] | null>(null);
  const [searchCount, setSearchCount] = React.useState(0);
  const [roomNotInvited, setRoomNotInvited] = React.useState(false);
  const [confirmation, setConfirmation] = React.useState<BookConfirmation | null>(null);
  const fail = useReportError();
  const remembered = usePreferences();

  // First load: the item, what it already carries, and the directory for the form's options.
  React.useEffect(() => {
    let live = true;
    (async () => {
      const [item, preferences] = await Promise.all([services.appointment.read(), remembered.initial]);
      if (!live) return;
      setAppointment(item);
      setCriteriaState((current) => current ?? withRememberedFilters(defaultCriteria(item), preferences));
      const [record, lists, rooms] = await Promise.all([
        loadExistingBooking(services, item),
        services.directory.listRoomLists(),
        services.directory.listRooms(),
      ]);
      if (!live) return;
      setExisting(record);
      setDirectory({ rooms, lists });
      // Re-opened after Send: make sure the room is really invited, not just on the location line.
      if (record && item.eventId) {
        const invited = await isRoomInvited(services, item.eventId, record).catch(() => true);
        if (live) setRoomNotInvited(!invited);
      }
    })()
      .catch((error: unknown) => live && fail(error))
      // The search on open may be running by now: only the loading state is over.
      .finally(() => live && setBusy((now) => (now === 'loading' ? null : now)));
    // A newer directory (read again in the background, or refreshed) replaces the one shown.
    const unsubscribe = services.directory.subscribe(() => {
      Promise.all([services.directory.listRoomLists(), services.directory.listRooms()]).then(
        ([lists, rooms]) => live && setDirectory({ rooms, lists }),
        (error: unknown) => live && fail(error),
      );
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [services, fail, remembered.initial]);

  const runSearch = React.useCallback(
    async (item: Appointment, current: SearchCriteria) => {
      setBusy('searching');
      setAlternatives(null);
      announce({ intent: 'info', text: t('searching') });
      try {
        const currentRoom = directory.rooms.find(
          (room) => room.email.toLowerCase() === existing?.resourceMailbox.toLowerCase(),
        );
        const found = await searchRooms(services, { appointment: item, criteria: current, currentRoom });
        setOutcome({ results: found.results, totalMatches: found.totalMatches });
        announce({
          intent: 'info',
          text: found.results.length
            ? t('resultsSummary', { shown: found.results.length, total: found.totalMatches })
            : t('noResults'),
        });
      } catch (error) {
        fail(error);
      } finally {
        setBusy(null);
      }
    },
    [services, directory.rooms, existing, announce, fail, t],
  );

  // Results as soon as the meeting is known, with the defaults (and the user's last filters): the
  // search does not wait for the directory's room lists, which the form's options need.
  const searchedOnOpen = React.useRef(false);
  React.useEffect(() => {
    if (searchedOnOpen.current || !appointment || !criteria) return;
    searchedOnOpen.current = true;
    void runSearch(appointment, criteria);
  }, [appointment, criteria, runSearch]);

  // The user changed the time or the attendees in Outlook: re-read, keep a capacity the user chose,
  // and refresh availability if results are on screen.
  const latest = React.useRef({ criteria, capacityTouched, outcome, runSearch });
  React.useEffect(() => {
    latest.current = { criteria, capacityTouched, outcome, runSearch };
  });
  React.useEffect(
    () =>
      services.appointment.onChanged(() => {
        services.appointment.read().then((item) => {
          setAppointment(item);
          const now = latest.current;
          const next =
            now.criteria && !now.capacityTouched
              ? { ...now.criteria, minCapacity: defaultCriteria(item).minCapacity }
              : now.criteria;
          if (next) setCriteriaState(next);
          if (now.outcome && next) void now.runSearch(item, next);
        }, fail);
      }),
    [services, fail],
  );

  const setCriteria = React.useCallback((next: SearchCriteria) => {
    setCriteriaState((previous) => {
      if (previous && previous.minCapacity !== next.minCapacity) setCapacityTouched(true);
      return next;
    });
  }, []);

  const search = React.useCallback(async () => {
    if (!appointment || !criteria) return;
    remembered.remember(criteria);
    await runSearch(appointment, criteria);
    setSearchCount((count) => count + 1);
  }, [appointment, criteria, runSearch, remembered]);

  /** `clashing`: the user confirmed booking a room that is not free on every date. */
  const bookNow = React.useCallback(
    async (room: Room, clashing = false) => {
      if (!criteria) return;
      setBusy('booking');
      setBookingRoom(room.email);
      announce({ intent: 'info', text: t('booking', { room: room.displayName }) });
      try {
        const done = await bookRoom(services, {
          room,
          criteria,
          addinVersion: services.addinVersion,
          ownerEmail: services.userEmail,
          previous: existing,
          notification: (r) => t('bookedNotification', { room: r.displayName }),
          onProgress: (step) => announce({ intent: 'info', text: t(step) }),
        });
        setExisting(done.record);
        setRoomNotInvited(!done.roomInvited);
        setAppointment(await services.appointment.read());
        // Never "booked" for a room Exchange may decline: say it is only added, and what to expect.
        const text = clashing
          ? t('addedDespiteClashes', { room: room.displayName })
          : done.roomAdded
            ? t('bookedStatus', { room: room.displayName })
            : t('alreadyBooked', { room: room.displayName });
        announce({
          intent: clashing ? 'warning' : 'success',
          text: done.replaced ? `${text} ${t('replacedStatus', { room: room.displayName })}` : text,
        });
      } catch (error) {
        fail(error, { nothingChanged: true });
      } finally {
        setBusy(null);
        setBookingRoom(null);
      }
    },
    [services, criteria, existing, announce, fail, t],
  );

  // Availability on screen may be minutes old: a room not shown free is read again, and its answer
  // decides whether to ask. A room shown free is booked at once (its status is checked after Send).
  const book = React.useCallback(
    async (room: Room) => {
      if (!appointment) return;
      const listed = outcome?.results.find((r) => r.room.email === room.email)?.availability.status;
      const replacing =
        existing && existing.resourceMailbox.toLowerCase() !== room.email.toLowerCase()
          ? existing.resourceLocation
          : null;
      let decision: BookingDecision | null = null;
      if (listed !== 'free') {
        setBusy('checking');
        setBookingRoom(room.email);
        decision = await checkRoomBeforeBooking(services, appointment, room).catch(() =>
          // The calendar could not be read: every date is unknown, which asks too.
          decideBooking(occurrenceAvailability(undefined, occurrencesToCheck(appointment))),
        );
        setBusy(null);
        setBookingRoom(null);
      }
      if (decision?.needsConfirmation || replacing) {
        setConfirmation({ room, decision, replacing });
        return;
      }
      await bookNow(room);
    },
    [services, appointment, outcome, existing, bookNow],
  );

  const confirmBooking = React.useCallback(async () => {
    if (!confirmation) return;
    setConfirmation(null);
    await bookNow(confirmation.room, confirmation.decision?.needsConfirmation === true);
  }, [confirmation, bookNow]);

  const dismissConfirmation = React.useCallback(() => setConfirmation(null), []);

  const inviteRoom = React.useCallback(async () => {
    const eventId = (await services.appointment.read()).eventId;
    if (!existing || !eventId) return;
    setBusy('booking');
    try {
      await inviteBookedRoom(services, eventId, existing);
      setRoomNotInvited(false);
      announce({ intent: 'success', text: t('roomInvitedStatus', { room: existing.resourceLocation }) });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  }, [services, existing, announce, fail, t]);

  const suggestTimes = React.useCallback(async () => {
    if (!appointment || !outcome) return;
    setBusy('suggesting');
    try {
      const rooms = outcome.results.map((r) => r.room);
      setAlternatives(await findAlternativeTimes(services, { appointment, rooms, now: services.now() }));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  }, [services, appointment, outcome, fail]);

  return {
    appointment,
    existing,
    criteria,
    setCriteria,
    rooms: directory.rooms,
    roomLists: directory.lists,
    outcome,
    busy,
    bookingRoom,
    alternatives,
    searchCount,
    roomNotInvited,
    confirmation,
    preferences: remembered.preferences,
    toggleFavourite: remembered.toggleFavourite,
    inviteRoom,
    search,
    book,
    confirmBooking,
    dismissConfirmation,
    suggestTimes,
  };
}
