// State of the Book tab: the item as Outlook has it, its existing booking, the search and booking.
// Follows the item: a changed time or attendee list re-reads it and refreshes availability.
import * as React from 'react';
import { findAlternativeTimes, type TimeOption } from '../../core/alternatives';
import {
  bookRoom,
  inviteBookedRoom,
  isRoomInvited,
  loadExistingBooking,
  type BookingInput,
} from '../../core/booking';
import { nothingChanged } from '../../core/bookingVerify';
import { decideBooking, occurrenceAvailability, type BookingDecision } from '../../core/bookingDecision';
import { checkRoomBeforeBooking } from '../../core/bookingDecisionCheck';
import type { Appointment, BookingRecord, Room, RoomList, SearchCriteria } from '../../core/model';
import { occurrencesToCheck } from '../../core/occurrences';
import { findRelaxations, type Relaxation } from '../../core/relaxations';
import { searchRooms } from '../../core/roomSearch';
import { type Preferences, withRememberedFilters } from '../../core/preferences';
import { defaultCriteria } from '../../core/search';
import { bookSeriesWithPlan } from '../../core/seriesBooking';
import type { SeriesPlan } from '../../core/seriesPlan';
import { useI18n } from '../i18n/I18nProvider';
import { useServices } from '../services';
import { useAnnounce, useUserAction } from '../StatusRegion';
import { useReportError } from '../useReportError';
import type { BookConfirmation } from './BookConfirmDialog';
import { useStopSignal } from './useStopSignal';
import type { CheckedSearch } from './useBackgroundAvailability';
import { seriesBookedMessage, seriesPlanFor } from './seriesPlanBooking';
import { useBookingState, type BookingStateView } from './useBookingState';
import { usePreferences } from './usePreferences';

/** The first results of a search; the rest of its rooms are checked in the background (useBackgroundAvailability). */
export type SearchOutcome = CheckedSearch;

/** What the pane offers when nothing fitting is free: other times, and wider searches. */
export interface AlternativesFound {
  readonly times: readonly TimeOption[];
  readonly relaxations: readonly Relaxation[];
}

export interface BookViewState {
  readonly appointment: Appointment | null;
  readonly existing: BookingRecord | null;
  /** Where the existing booking stands (the room's answer), followed while the pane is open. */
  readonly booking: BookingStateView;
  readonly criteria: SearchCriteria | null;
  readonly setCriteria: (criteria: SearchCriteria) => void;
  readonly rooms: readonly Room[];
  readonly roomLists: readonly RoomList[];
  readonly outcome: SearchOutcome | null;
  readonly busy: 'loading' | 'searching' | 'checking' | 'booking' | 'suggesting' | null;
  /** The booking is waiting (for Outlook's sync or the room's answer), where it can be stopped. */
  readonly bookingWaits: boolean;
  readonly bookingRoom: string | null;
  readonly alternatives: AlternativesFound | null;
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
  /** Stops the search, room check or look for other times under way; nothing else changes. */
  stop(): void;
  /** Moves the meeting in Outlook to a suggested time; the results follow the change. */
  pickTime(option: TimeOption): Promise<void>;
  /** Searches with wider criteria instead. */
  relax(relaxation: Relaxation): Promise<void>;
  /** Searches again with the same criteria, the booked room (declined, or broken by a change) left out. */
  findAnotherRoom(): Promise<void>;
}

export function useBookView(): BookViewState {
  const services = useServices();
  const { t, dateTime } = useI18n();
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
  const [alternatives, setAlternatives] = React.useState<AlternativesFound | null>(null);
  const [searchCount, setSearchCount] = React.useState(0);
  const [roomNotInvited, setRoomNotInvited] = React.useState(false);
  const [confirmation, setConfirmation] = React.useState<BookConfirmation | null>(null);
  const fail = useReportError();
  const acted = useUserAction();
  const stopper = useStopSignal();
  // A booking stops at its next wait and is undone, so it has its own signal (useStopSignal's steps
  // end at once and change nothing).
  const bookingStop = React.useRef<AbortController | null>(null);
  const [bookingWaits, setBookingWaits] = React.useState(false);
  const stop = React.useCallback(() => {
    stopper.stop();
    bookingStop.current?.abort();
  }, [stopper]);
  const remembered = usePreferences();
  const booking = useBookingState(existing);
  // Once the booked room accepted, its calendar holds this meeting: the search leaves that copy out.
  const acceptedRoom = booking.phase === 'accepted' ? (existing?.resourceMailbox ?? null) : null;

  // First load: the item, what it already carries, and the directory for the form's options. The
  // pane is ready (`busy` leaves 'loading') once the item and its booking are known; the directory is
  // not waited for: the opening search below reads the same directory (shared, cached) through core,
  // so its first results need only the rooms, not every room list.
  React.useEffect(() => {
    let live = true;
    (async () => {
      const [item, preferences] = await Promise.all([services.appointment.read(), remembered.initial]);
      if (!live) return;
      setAppointment(item);
      setCriteriaState((current) => current ?? withRememberedFilters(defaultCriteria(item), preferences));
      Promise.all([services.directory.listRoomLists(), services.directory.listRooms()]).then(
        ([lists, rooms]) => live && setDirectory({ rooms, lists }),
        (error: unknown) => live && fail(error),
      );
      const record = await loadExistingBooking(services, item);
      if (!live) return;
      setExisting(record);
      return { item, record };
    })()
      .catch((error: unknown) => {
        if (live) fail(error);
        return undefined;
      })
      .then(async (loaded) => {
        // Only the loading ends here: a search the user started meanwhile keeps its own state.
        if (live) setBusy((now) => (now === 'loading' ? null : now));
        // Re-opened after Send: make sure the room is really invited, not just on the location line.
        if (!loaded?.record || !loaded.item.eventId) return;
        const invited = await isRoomInvited(services, loaded.item.eventId, loaded.record).catch(() => true);
        if (live) setRoomNotInvited(!invited);
      });
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

  /** A move to another time asked for here: the search that follows it focuses its results. */
  const focusAfterSearch = React.useRef(false);
  // Numbers each search: only the newest one's results (or failure) are shown, so a refresh started
  // while an older search is still out (a change in Outlook during the opening search) wins. The
  // older one is also stopped (runLatest), so its requests give the newer one their slots.
  const searchRun = React.useRef(0);
  // The pane opens on results: the opening search runs once, unless the user searched first.
  const opening = React.useRef(true);
  // The accepted room the last search left this meeting's copy out for (null: none).
  const searchedAccepted = React.useRef<string | null>(null);

  const runSearch = React.useCallback(
    async (
      item: Appointment,
      current: SearchCriteria,
      options: {
        /** A room left out of the results (the booked one, when the user looks for another). */
        readonly exclude?: string;
        /**
         * A search the pane runs on its own (on opening, or again once the booked room accepted): it
         * says only what it found, not that it started.
         */
        readonly quiet?: boolean;
      } = {},
    ) => {
      const run = ++searchRun.current;
      opening.current = false;
      searchedAccepted.current = acceptedRoom;
      setBusy('searching');
      setAlternatives(null);
      if (!options.quiet) announce({ intent: 'info', text: t('searching') });
      try {
        const found = await stopper.runLatest('search', (signal) =>
          searchRooms(
            services,
            {
              appointment: item,
              criteria: current,
              bookedRoom: existing?.resourceMailbox ?? null,
              acceptedRoom,
            },
            { signal },
          ),
        );
        if (run !== searchRun.current) return;
        // A declined room (or one a change broke) is left out when the user looks for another.
        const kept = (room: Room) => room.email.toLowerCase() !== options.exclude?.toLowerCase();
        const results = found.results.filter((r) => kept(r.room));
        const unchecked = found.unchecked.filter(kept);
        const totalMatches = results.length + unchecked.length;
        setOutcome({
          ...found,
          results,
          unchecked,
          totalMatches,
          ranking: { minCapacity: current.minCapacity, currentRoom: found.currentRoom },
        });
        announce({
          intent: 'info',
          text: results.length
            ? t('resultsSummary', { shown: results.length, total: totalMatches })
            : t('noResults'),
        });
      } catch (error) {
        if (run === searchRun.current) stopper.failed(error, t('stoppedSearch'));
      } finally {
        if (run === searchRun.current) {
          setBusy(null);
          if (focusAfterSearch.current) {
            focusAfterSearch.current = false;
            setSearchCount((count) => count + 1);
          }
        }
      }
    },
    [services, existing, acceptedRoom, announce, stopper, t],
  );

  // Once the item and its booking are known, the pane searches with the initial criteria (defaults
  // and remembered filters), as the Search button would. Not the user's: it moves no focus and is not
  // counted in `searchCount`.
  React.useEffect(() => {
    if (!opening.current || busy !== null || !appointment || !criteria) return;
    void runSearch(appointment, criteria, { quiet: true });
  }, [busy, appointment, criteria, runSearch]);

  // The user changed the time or the attendees in Outlook: re-read, keep a capacity the user chose,
  // and refresh availability if results are on screen or on their way.
  const latest = React.useRef({ criteria, capacityTouched, outcome, busy, runSearch });
  React.useEffect(() => {
    latest.current = { criteria, capacityTouched, outcome, busy, runSearch };
  });
  // The pane learns that the room accepted after a search read its calendar (the opening search runs
  // beside the first read of the room's answer; or the meeting was sent meanwhile): the results shown
  // may call the room busy with this very meeting, so the pane searches again on its own, once. Not
  // while the user books or checks a room: once that ends.
  React.useEffect(() => {
    const { criteria: current, outcome: shown } = latest.current;
    if (!acceptedRoom || searchedAccepted.current === acceptedRoom || !appointment || !current) return;
    // A search under way is replaced at once; results on screen are searched again once idle.
    const replaces = busy === 'searching';
    const refreshes = busy === null && shown !== null;
    if (replaces || refreshes) void runSearch(appointment, current, { quiet: true });
  }, [acceptedRoom, appointment, busy, runSearch]);

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
          if ((now.outcome || now.busy === 'searching') && next) void now.runSearch(item, next);
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
    acted();
    remembered.remember(criteria);
    await runSearch(appointment, criteria);
    setSearchCount((count) => count + 1);
  }, [appointment, criteria, runSearch, acted, remembered]);

  /**
   * `clashing`: the user confirmed booking a room that is not free on every date; `plan`: with
   * other rooms on the clashing dates of a series (seriesBooking.ts).
   */
  const bookNow = React.useCallback(
    async (room: Room, clashing = false, plan: SeriesPlan | null = null) => {
      if (!criteria) return;
      acted();
      setBusy('booking');
      setBookingRoom(room.email);
      announce({ intent: 'info', text: t('booking', { room: room.displayName }) });
      const controller = new AbortController();
      bookingStop.current = controller;
      try {
        const input: BookingInput = {
          room,
          criteria,
          addinVersion: services.addinVersion,
          ownerEmail: services.userEmail,
          previous: existing,
          notification: (r) => t('bookedNotification', { room: r.displayName }),
          onProgress: (step) => {
            setBookingWaits(true);
            announce({ intent: 'info', text: t(step) });
          },
          signal: controller.signal,
        };
        const series = plan ? await bookSeriesWithPlan(services, { ...input, plan }) : null;
        const done = series ?? (await bookRoom(services, input));
        setExisting(done.record);
        setRoomNotInvited(!done.roomInvited);
        const item = await services.appointment.read();
        setAppointment(item);
        if (series) {
          announce(seriesBookedMessage({ t, dateTime }, series, room, item.displayTimeZone));
          return;
        }
        // Never "booked" for a room Exchange may decline: say it is only added, and what to expect.
        const text = clashing
          ? t('addedDespiteClashes', { room: room.displayName })
          : done.roomAdded
            ? // Booked only once the room accepted (a sent meeting); until Send it is only added.
              t(done.roomAccepted ? 'bookedStatus' : 'addedStatus', { room: room.displayName })
            : t('alreadyBooked', { room: room.displayName });
        announce({
          intent: clashing ? 'warning' : 'success',
          text: done.replaced ? `${text} ${t('replacedStatus', { room: room.displayName })}` : text,
        });
      } catch (error) {
        // "Nothing was changed" only when the meeting was verified as it was.
        fail(error, { nothingChanged: nothingChanged(error) });
      } finally {
        bookingStop.current = null;
        setBookingWaits(false);
        setBusy(null);
        setBookingRoom(null);
      }
    },
    [services, criteria, existing, announce, fail, acted, t, dateTime],
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
      let plan: SeriesPlan | null = null;
      if (listed !== 'free') {
        setBusy('checking');
        setBookingRoom(room.email);
        acted();
        decision = await stopper
          .run((signal) => checkRoomBeforeBooking(services, appointment, room, { signal }))
          .catch((error: unknown) =>
            stopper.stopped(error, t('stoppedCheck', { room: room.displayName }))
              ? null
              : // The calendar could not be read: every date is unknown, which asks too.
                decideBooking(occurrenceAvailability(undefined, occurrencesToCheck(appointment))),
          );
        // A series that clashes on some dates: other rooms for those dates, offered as a plan.
        plan = decision
          ? await seriesPlanFor(services, {
              appointment,
              room,
              decision,
              results: outcome?.results ?? [],
              minCapacity: criteria?.minCapacity ?? 1,
            }).catch(() => null)
          : null;
        setBusy(null);
        setBookingRoom(null);
        if (!decision) return;
      }
      if (decision?.needsConfirmation || replacing) {
        setConfirmation({ room, decision, replacing, plan });
        return;
      }
      await bookNow(room);
    },
    [services, appointment, outcome, existing, criteria, bookNow, acted, stopper, t],
  );

  const confirmBooking = React.useCallback(async () => {
    if (!confirmation) return;
    setConfirmation(null);
    await bookNow(
      confirmation.room,
      confirmation.decision?.needsConfirmation === true,
      confirmation.plan ?? null,
    );
  }, [confirmation, bookNow]);

  const dismissConfirmation = React.useCallback(() => setConfirmation(null), []);

  const inviteRoom = React.useCallback(async () => {
    const eventId = (await services.appointment.read()).eventId;
    if (!existing || !eventId) return;
    acted();
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
  }, [services, existing, announce, fail, acted, t]);

  const suggestTimes = React.useCallback(async () => {
    if (!appointment || !outcome) return;
    acted();
    setBusy('suggesting');
    try {
      const rooms = outcome.results.map((r) => r.room);
      const [times, relaxations] = await stopper.run((signal) =>
        Promise.all([
          findAlternativeTimes(services, { appointment, rooms, now: services.now() }, { signal }),
          criteria ? findRelaxations(services, { appointment, criteria }, { signal }) : [],
        ]),
      );
      setAlternatives({ times, relaxations });
    } catch (error) {
      stopper.failed(error, t('stoppedSuggestions'));
    } finally {
      setBusy(null);
    }
  }, [services, appointment, outcome, criteria, acted, stopper, t]);

  const pickTime = React.useCallback(
    async (option: TimeOption) => {
      // Outlook raises its change event, and the pane re-reads the item and searches again. The user
      // asked for it here, so that search's results take focus when it ends: the clicked time is gone
      // by then, and focus given any earlier could be lost with it.
      focusAfterSearch.current = true;
      try {
        await services.appointment.setTime(option.start, option.end);
      } catch (error) {
        focusAfterSearch.current = false;
        fail(error, { nothingChanged: true });
      }
    },
    [services, fail],
  );

  const relax = React.useCallback(
    async (relaxation: Relaxation) => {
      if (!appointment) return;
      setCriteria(relaxation.criteria);
      await runSearch(appointment, relaxation.criteria);
      setSearchCount((count) => count + 1);
    },
    [appointment, setCriteria, runSearch],
  );

  const findAnotherRoom = React.useCallback(async () => {
    if (!criteria || !existing) return;
    // The item as Outlook has it now: after a change, the search is for the new time and attendees.
    const item = await services.appointment.read().catch(() => appointment);
    if (!item) return;
    await runSearch(item, criteria, { exclude: existing.resourceMailbox });
    setSearchCount((count) => count + 1);
  }, [services, appointment, criteria, existing, runSearch]);

  return {
    appointment,
    existing,
    booking,
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
    stop,
    bookingWaits,
    pickTime,
    relax,
    findAnotherRoom,
  };
}
