// Renders the pane as the composition root does (src/taskpane/index.tsx), with the production Graph
// adapters behind the in-process emulator and the production Office adapters (src/office) over the
// Outlook simulator's Office.js facade, so component tests take the path a user takes: the same
// hooks, core workflow, Office and Graph adapters and emulated tenant. The wiring is the integration
// tests' own (test/kit/harness.ts), not a copy of it.
import { act, render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import * as React from 'react';
import { DEMO_USER, type Emulator, type EmulatorOptions } from '../../../dev/emulator';
import { client } from '../../../dev/emulator/testClient';
import { fault, graphSetup, installOutlook, NOW, type GraphSetup, type OutlookSetup } from '../harness';
import { PROPERTY_NAMES, propertyId } from '../../../src/core/bookingProperties';
import { CONSENT_VERSION } from '../../../src/core/consent';
import type { Appointment, ConsentRecord, Recurrence } from '../../../src/core/model';
import type { Preferences } from '../../../src/core/preferences';
import type { Repeat, SimulatedMailbox } from '../../../dev/simulator/mailbox';
import type { AppointmentPort, ConsentStore } from '../../../src/core/ports';
import { makeAppointment } from '../builders';
import { App } from '../../../src/taskpane/App';
import { createRoomDirectory, indexedDbSnapshots, keptDirectory } from '../../../src/graph';
import { IDBFactory } from 'fake-indexeddb';
import type { Services } from '../../../src/taskpane/services';
import { createOfficeAdapters } from '../../../src/office';

export { NOW, outlookItem } from '../harness';

/** Where the pane keeps its consent in roaming settings (src/office/consentStore.ts). */
const CONSENT_KEY = 'roombook.consent';
/** Where the pane keeps favourites and last filters (src/office/preferencesStore.ts). */
const PREFERENCES_KEY = 'roombook.preferences';

export const GIVEN_CONSENT: ConsentRecord = {
  version: CONSENT_VERSION,
  acceptedAt: '2026-02-01T09:00:00.000Z',
};

/** A fault as POST /_emulator/faults takes it (dev/emulator/faults.ts). */
export interface FaultSpec {
  readonly pathPattern: string;
  readonly method?: string;
  readonly status?: number;
  readonly count?: number;
}

/** Where the harness keeps the directory in its IndexedDB. */
export const DIRECTORY_KEY = `emulator|${DEMO_USER}`;

export interface PaneOptions {
  readonly locale?: string;
  /** What roaming settings hold; defaults to a consent of the current version. */
  readonly consent?: ConsentRecord | null;
  /** What an earlier pane kept in roaming settings: favourites and last filters. */
  readonly preferences?: Preferences;
  /** Roaming settings are out of reach from the start (reads throw, saves fail). */
  readonly consentFailure?: boolean;
  /**
   * The item being composed: `attendeeCount` people are invited beside the organizer, and a
   * recurrence is a daily or weekly series on the start's weekday, as the simulator composes them.
   */
  readonly appointment?: Partial<
    Pick<Appointment, 'subject' | 'start' | 'end' | 'attendeeCount' | 'location' | 'recurrence'>
  >;
  readonly missingRequirements?: readonly string[];
  /** The user's display time zone (Office's); the appointment carries its own. */
  readonly timeZone?: string;
  /** The emulated tenant; 60 rooms by default (one Places page, one getSchedule $batch). */
  readonly emulator?: EmulatorOptions;
  /** Outlook in cached mode: Graph cannot see a newly saved item for this long. */
  readonly syncDelayMs?: number;
  /** What adding a room location does: invite it (default) or only show it (Outlook for Mac). */
  readonly roomLocations?: 'invite' | 'locationOnly';
  /** Whether Time.setAsync may move a series: refused in classic Outlook on Windows. */
  readonly seriesTimeSetAsync?: 'allowed' | 'refused';
  /** Runs before each of the pane's waits (which move the emulator's clock), e.g. to hold one. */
  readonly beforeSleep?: (ms: number) => Promise<void>;
  /** The device's IndexedDB, where the pane keeps the directory; a fresh one by default. */
  readonly indexedDb?: IDBFactory;
  /** Graph failures set up in the emulator before the pane renders. */
  readonly faults?: readonly FaultSpec[];
  /**
   * Sets up the tenant or Outlook before the pane renders (e.g. makes rooms busy): the Book tab
   * searches as soon as it opens, so what its first search should see must be there before.
   */
  readonly prepare?: (harness: PaneHarness) => Promise<void>;
}

export interface PaneHarness {
  readonly services: Services;
  readonly emulator: Emulator;
  /** The Graph side: emulator, audit log, scopes asked for, the adapters. */
  readonly graph: GraphSetup;
  /** The Outlook side: the simulated mailbox behind Office.js, and its facade. */
  readonly outlook: OutlookSetup;
  /** The production Office adapters the pane is given, over the simulator's facade. */
  readonly appointment: AppointmentPort;
  readonly consent: ConsentStore;
}

/** The addresses of `count` invitees, for the simulated item's required attendees. */
export const invitees = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `guest${i + 1}@contoso.com`);

/** The consent record as roaming settings last saved it, or undefined when none is stored. */
export const storedConsent = (pane: PaneHarness): unknown => pane.outlook.mailbox.storedSetting(CONSENT_KEY);

/** Favourites and last filters as roaming settings last saved them. */
export const storedPreferences = (pane: PaneHarness): unknown =>
  pane.outlook.mailbox.storedSetting(PREFERENCES_KEY);

/** What the pane did to the Outlook item: the rooms on it, whether it was saved, its notification. */
export const itemState = (pane: PaneHarness) => {
  const item = pane.outlook.mailbox.item();
  return {
    rooms: [...item.rooms.map((r) => r.email), ...item.locationOnlyRooms],
    saved: pane.outlook.mailbox.savedState() !== null,
    notification: pane.outlook.mailbox.notification(),
  };
};

/** The item as the user opened it: the pane has added, saved and announced nothing. */
export const UNTOUCHED = { rooms: [], saved: false, notification: null } as const;

/** The user edits the item in Outlook (time, attendees); Office raises its change events. */
export const editItem = (pane: PaneHarness, patch: Parameters<SimulatedMailbox['update']>[0]) =>
  act(async () => pane.outlook.mailbox.update(patch));

/** The Graph (REST) id of the item once Outlook saved it. */
export const savedEventId = (pane: PaneHarness): string | null =>
  pane.outlook.mailbox.savedState()?.restId ?? null;

function repeatOf(recurrence: Recurrence | null): Repeat {
  if (!recurrence) return 'none';
  if ((recurrence.type === 'daily' || recurrence.type === 'weekly') && recurrence.interval === 1) {
    return recurrence.type;
  }
  throw new Error(`The simulator composes no ${recurrence.type} series every ${recurrence.interval}.`);
}

export function createPaneHarness(options: PaneOptions = {}): PaneHarness {
  const graph = graphSetup({ roomCount: 60, ...options.emulator });
  const outlook = installOutlook(
    graph.emulator,
    undefined,
    { roomLocations: options.roomLocations ?? 'invite', seriesTimeSetAsync: options.seriesTimeSetAsync },
    { syncDelayMs: options.syncDelayMs ?? 0 },
  );
  const item = makeAppointment({ organizerEmail: DEMO_USER, ...options.appointment });
  outlook.mailbox.update({
    subject: item.subject,
    start: item.start,
    end: item.end,
    required: invitees(item.attendeeCount),
    customLocation: item.location,
    repeat: repeatOf(item.recurrence),
    occurrences: item.recurrence?.numberOfOccurrences ?? 10,
  });
  const consent = options.consent === undefined ? GIVEN_CONSENT : options.consent;
  if (consent) {
    outlook.mailbox.setSetting(CONSENT_KEY, consent);
    outlook.mailbox.saveSettings();
  }
  if (options.preferences) {
    outlook.mailbox.setSetting(PREFERENCES_KEY, options.preferences);
    outlook.mailbox.saveSettings();
  }
  if (options.consentFailure) outlook.mailbox.roamingFailure = 'Roaming settings are unavailable.';
  const office = createOfficeAdapters();
  const services: Services = {
    appointment: office.appointment,
    consent: office.consent,
    preferences: office.preferences,
    // Kept on a fresh fake IndexedDB, as index.tsx keeps it in the browser's.
    directory: keptDirectory({
      open: () => createRoomDirectory(graph.client),
      store: indexedDbSnapshots(options.indexedDb ?? new IDBFactory(), DIRECTORY_KEY),
      now: () => NOW,
    }),
    schedules: graph.schedules,
    meetingTimes: graph.meetingTimes,
    bookings: graph.bookings,
    exceptions: graph.exceptions,
    checkIns: graph.checkIns,
    // Only Privacy's "Sign out" uses the pane's own token provider; the Graph client has the harness's.
    tokens: { getToken: async () => graph.emulator.tokenFor(), signOut: async () => undefined },
    audit: graph.audit,
    addinVersion: '1.0.0.0',
    userEmail: DEMO_USER,
    now: () => NOW,
    sleep: async (ms) => {
      await options.beforeSleep?.(ms);
      await graph.sleep(ms);
    },
  };
  return { services, emulator: graph.emulator, graph, outlook, ...office };
}

export type RenderedPane = RenderResult & PaneHarness & { readonly user: UserEvent };

/** Renders <App> as index.tsx does, on a fresh emulated tenant. */
export async function renderPane(options: PaneOptions = {}): Promise<RenderedPane> {
  const harness = createPaneHarness(options);
  for (const spec of options.faults ?? []) await fault(harness.emulator, { ...spec });
  await options.prepare?.(harness);
  const user = userEvent.setup();
  let rendered: RenderResult | undefined;
  // The first answers (consent from roaming settings) arrive inside act, as they would before paint.
  await act(async () => {
    rendered = render(
      <App
        services={harness.services}
        locale={options.locale ?? 'en-US'}
        theme="light"
        missingRequirements={options.missingRequirements ?? []}
        timeZone={options.timeZone ?? 'Europe/Berlin'}
      />,
    );
  });
  if (!rendered) throw new Error('render did not run');
  return { ...rendered, ...harness, user };
}

/** Roombook's properties on an event, by name, read straight from the emulator's Graph. */
export async function roombookProperties(
  emulator: Emulator,
  eventId: string,
): Promise<Record<string, string>> {
  const filter = PROPERTY_NAMES.map((name) => `id eq '${propertyId(name)}'`).join(' or ');
  const answer = await client(emulator)(
    'GET',
    `/v1.0/me/events/${encodeURIComponent(eventId)}?$select=subject&$expand=singleValueExtendedProperties($filter=${filter})`,
  );
  if (answer.status !== 200) throw new Error(`Reading the event answered ${answer.status}`);
  const properties = (answer.json.singleValueExtendedProperties ?? []) as { id: string; value: string }[];
  return Object.fromEntries(properties.map((p) => [p.id.replace(/^.* Name /, ''), p.value]));
}
