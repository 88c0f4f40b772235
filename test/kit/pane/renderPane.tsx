// Renders the pane as the composition root does (src/taskpane/index.tsx), with the production Graph
// adapters behind the in-process emulator and fakes for the Office.js ports, so component tests take
// the path a user takes: the same hooks, core workflow, Graph pipeline and emulated tenant. The Graph
// wiring is the integration tests' own (test/kit/harness.ts), not a copy of it.
import { act, render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import * as React from 'react';
import { DEMO_USER, type Emulator, type EmulatorOptions } from '../../../dev/emulator';
import { client } from '../../../dev/emulator/testClient';
import { fault, graphSetup, MANIFEST, NOW, type GraphSetup } from '../harness';
import { PROPERTY_NAMES, propertyId } from '../../../src/core/bookingProperties';
import { CONSENT_VERSION } from '../../../src/core/consent';
import type { Appointment, ConsentRecord } from '../../../src/core/model';
import { makeAppointment } from '../builders';
import { App } from '../../../src/taskpane/App';
import { createRoomDirectory, indexedDbSnapshots, keptDirectory } from '../../../src/graph';
import { IDBFactory } from 'fake-indexeddb';
import type { Services } from '../../../src/taskpane/services';
import { FakeAppointment, FakeConsentStore } from './fakeOutlook';

export { NOW, outlookItem } from '../harness';

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
  /** Roaming settings fail from the start (every consent read and write rejects with this). */
  readonly consentFailure?: Error;
  readonly appointment?: Partial<Appointment>;
  readonly missingRequirements?: readonly string[];
  /** The user's display time zone (Office's); the appointment carries its own. */
  readonly timeZone?: string;
  /** The emulated tenant; 60 rooms by default (one Places page, one getSchedule $batch). */
  readonly emulator?: EmulatorOptions;
  /** Outlook in cached mode: Graph cannot see a newly saved item for this long. */
  readonly syncDelayMs?: number;
  /** What adding a room location does: invite it (default) or only show it (Outlook for Mac). */
  readonly roomLocations?: 'invite' | 'locationOnly';
  /** Runs before each of the pane's waits (which move the emulator's clock), e.g. to hold one. */
  readonly beforeSleep?: (ms: number) => Promise<void>;
  /** The device's IndexedDB, where the pane keeps the directory; a fresh one by default. */
  readonly indexedDb?: IDBFactory;
  /** Graph failures set up in the emulator before the pane renders. */
  readonly faults?: readonly FaultSpec[];
}

export interface PaneHarness {
  readonly services: Services;
  readonly emulator: Emulator;
  /** The Graph side: emulator, audit log, scopes asked for, the adapters. */
  readonly graph: GraphSetup;
  readonly appointment: FakeAppointment;
  readonly consent: FakeConsentStore;
}

export function createPaneHarness(options: PaneOptions = {}): PaneHarness {
  const graph = graphSetup({ roomCount: 60, ...options.emulator });
  const appointment = new FakeAppointment(
    graph.emulator,
    // Office.js reads custom properties under the manifest id in lower case (cecp-<id>).
    MANIFEST.addinId,
    makeAppointment({ organizerEmail: DEMO_USER, ...options.appointment }),
    options.syncDelayMs,
    options.roomLocations !== 'locationOnly',
  );
  const consent = new FakeConsentStore(options.consent === undefined ? GIVEN_CONSENT : options.consent);
  consent.failure = options.consentFailure ?? null;
  const services: Services = {
    appointment,
    consent,
    // Kept on a fresh fake IndexedDB, as index.tsx keeps it in the browser's.
    directory: keptDirectory({
      open: () => createRoomDirectory(graph.client),
      store: indexedDbSnapshots(options.indexedDb ?? new IDBFactory(), DIRECTORY_KEY),
      now: () => NOW,
    }),
    schedules: graph.schedules,
    meetingTimes: graph.meetingTimes,
    bookings: graph.bookings,
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
  return { services, emulator: graph.emulator, graph, appointment, consent };
}

export type RenderedPane = RenderResult & PaneHarness & { readonly user: UserEvent };

/** Renders <App> as index.tsx does, on a fresh emulated tenant. */
export async function renderPane(options: PaneOptions = {}): Promise<RenderedPane> {
  const harness = createPaneHarness(options);
  for (const spec of options.faults ?? []) await fault(harness.emulator, { ...spec });
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
