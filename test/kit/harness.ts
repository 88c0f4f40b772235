// Wiring for integration tests: the real Graph adapters over the in-process emulator, and the real
// Office adapter (src/office) over the Outlook simulator's Office.js facade, whose item is saved and
// sent through the same emulator. Only the clock, the sleep between retries and the token are fixed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEmulator, DEMO_USER, type Emulator } from '../../dev/emulator';
import type { TenantRoom } from '../../dev/emulator/tenant';
import { SimulatedMailbox, type MailboxOptions } from '../../dev/simulator/mailbox';
import { manifestFacts } from '../../dev/simulator/manifest';
import { createOfficeFacade, type ShimOptions } from '../../dev/simulator/officeFacade';
import { AuditLog } from '../../src/core/auditLog';
import { decodeSearch } from '../../src/core/bookingProperties';
import type { BookingRecord, Room, SearchCriteria } from '../../src/core/model';
import { createGraphAdapters, createGraphClient, type FetchLike } from '../../src/graph';
import { createAppointmentPort } from '../../src/office/appointment';

export const NOW = new Date('2026-03-04T07:00:00Z');
/** What Outlook reads from Roombook's XML manifest: its id (lower case) and image resources. */
export const MANIFEST = manifestFacts(readFileSync(path.resolve(__dirname, '../../manifest.xml'), 'utf8'));
/** The add-in id as an organisation's configuration may spell it (GUIDs are often upper case). */
export const ADDIN_ID = MANIFEST.addinId.toUpperCase();
export const BASE = 'http://emulator.test';

/** Sees every Graph request after the emulator answered it (e.g. to change the event in between). */
export type AfterResponse = (url: string, init: RequestInit | undefined, status: number) => Promise<void>;

/** The client's own settings a test may shorten (a hang test's timeout). */
export type ClientTuning = { readonly timeoutMs?: number };

export function graphSetup(options: Parameters<typeof createEmulator>[0] = {}, tuning: ClientTuning = {}) {
  // The clock stands still except when the code under test sleeps: a sleep moves it on, so waits
  // (Retry-After, Outlook's sync delay) take no real time and still see time pass.
  const clock = { ms: NOW.getTime() };
  const emulator = createEmulator({ seed: 9, now: () => new Date(clock.ms), ...options });
  const audit = new AuditLog();
  const scopes: string[][] = [];
  const sleeps: number[] = [];
  const hooks: { after: AfterResponse | null } = { after: null };
  const sleep = async (ms: number) => {
    sleeps.push(ms);
    clock.ms += ms;
  };
  const fetch: FetchLike = async (url, init) => {
    const response = await emulator.fetch(url, init);
    await hooks.after?.(url, init, response.status);
    return response;
  };
  const client = createGraphClient({
    baseUrl: `${BASE}/v1.0`,
    tokens: {
      getToken: async (s) => {
        scopes.push([...s]);
        return emulator.tokenFor();
      },
      signOut: async () => undefined,
    },
    fetch,
    audit,
    sleep,
    ...tuning,
  });
  return {
    emulator,
    audit,
    scopes,
    sleeps,
    sleep,
    clock,
    hooks,
    client,
    ...createGraphAdapters({ client, addinId: ADDIN_ID }),
  };
}

export type GraphSetup = ReturnType<typeof graphSetup>;

/** A Graph call as the emulator saw it, with its JSON body. */
export const graphCalls = (emulator: Emulator, method: string, path: RegExp) =>
  emulator.requestLog().filter((e) => e.method === method && path.test(e.url));

/** Injects a fault (dev/emulator/faults.ts) through the emulator's control route. */
export async function fault(emulator: Emulator, spec: Record<string, unknown>): Promise<void> {
  const response = await emulator.fetch(`${BASE}/_emulator/faults`, {
    method: 'POST',
    body: JSON.stringify(spec),
  });
  if (response.status !== 201) throw new Error(`fault refused: ${await response.text()}`);
}

export interface OutlookItemView {
  id: string;
  isDraft: boolean;
  attendees: { address: string; type: string; response: string }[];
  locations: { displayName: string; locationEmailAddress?: string }[];
  customProperties: Record<string, string>;
}

/** Outlook's (Exchange's) view of an item, not through Graph: what is really saved. */
export async function outlookItem(emulator: Emulator, id: string): Promise<OutlookItemView> {
  const response = await emulator.fetch(`${BASE}/_emulator/outlook/items/${encodeURIComponent(id)}`);
  return (await response.json()) as OutlookItemView;
}

/** Another user's sent meeting with the room, so the room is busy then (its copy is on its calendar). */
export async function occupy(emulator: Emulator, room: string, start: Date, end: Date): Promise<void> {
  const created = await emulator.fetch(`${BASE}/_emulator/outlook/items`, {
    method: 'POST',
    body: JSON.stringify({
      user: 'adele.vance@contoso.com',
      subject: 'Someone else',
      start: start.toISOString(),
      end: end.toISOString(),
      attendees: [{ address: room, type: 'resource' }],
      locations: [{ locationEmailAddress: room }],
    }),
  });
  const { id } = (await created.json()) as { id: string };
  const sent = await emulator.fetch(`${BASE}/_emulator/outlook/items/${id}/send`, { method: 'POST' });
  const view = (await sent.json()) as OutlookItemView;
  if (view.attendees[0]?.response !== 'accepted') throw new Error(`${room} is not free to occupy`);
}

export interface OutlookSetup {
  readonly mailbox: SimulatedMailbox;
  readonly office: ReturnType<typeof createOfficeFacade>;
  /** Makes Outlook's save fail (Exchange unreachable) until set back to false. */
  failSaves: boolean;
}

/**
 * Installs the simulator's Office.js facade as the global `Office`, over a simulated mailbox of the
 * demo user in Berlin, and returns it. `uninstallOutlook` removes it again.
 */
export function installOutlook(
  emulator: Emulator,
  timeZone = 'W. Europe Standard Time',
  shim: Partial<ShimOptions> = {},
  client: Pick<MailboxOptions, 'syncDelayMs'> = {},
): OutlookSetup {
  const settings = new Map<string, string>();
  const setup = { failSaves: false } as OutlookSetup;
  const mailbox = new SimulatedMailbox({
    emulatorUrl: BASE,
    fetch: async (url, init) => {
      if (setup.failSaves && init?.method !== 'GET') throw new TypeError('fetch failed');
      return emulator.fetch(url, init);
    },
    user: { email: DEMO_USER, displayName: 'Megan Bowen', timeZone },
    storage: { getItem: (k) => settings.get(k) ?? null, setItem: (k, v) => settings.set(k, v) },
    now: () => NOW,
    ...client,
  });
  const office = createOfficeFacade(mailbox, {
    displayLanguage: 'en-US',
    theme: 'light',
    mailboxVersion: '1.13',
    manifest: MANIFEST,
    preview: false,
    roomLocations: 'invite',
    ...shim,
  });
  (globalThis as { Office?: unknown }).Office = office;
  return Object.assign(setup, { mailbox, office });
}

export function uninstallOutlook(): void {
  delete (globalThis as { Office?: unknown }).Office;
}

/** Graph adapters, the Office adapter over the simulator, and the ports core's workflows take. */
export function flowSetup(
  options: Parameters<typeof createEmulator>[0] = {},
  shim: Partial<ShimOptions> = {},
  client: Pick<MailboxOptions, 'syncDelayMs'> = {},
  tuning: ClientTuning = {},
) {
  const graph = graphSetup(options, tuning);
  const outlook = installOutlook(graph.emulator, undefined, shim, client);
  return { ...graph, outlook, appointment: createAppointmentPort() };
}

export type FlowSetup = ReturnType<typeof flowSetup>;

/** The search with no filter: any room for at least one person. */
export const anyRoom: SearchCriteria = decodeSearch('{}');

/** What the Book tab passes to bookRoom. */
export const bookingInput = (room: Room, previous: BookingRecord | null = null) => ({
  room,
  criteria: { ...anyRoom, minCapacity: 4 },
  addinVersion: '1.0.0.0',
  ownerEmail: DEMO_USER,
  previous,
  notification: (r: Room) => `${r.displayName} is booked.`,
});

/** The record Roombook writes for a tenant room (as the emulator seeds it). */
export const recordOf = (room: TenantRoom): BookingRecord => ({
  resourceId: room.id,
  resourceMailbox: room.emailAddress,
  resourceLocation: `${room.displayName}, ${room.floorLabel}, ${room.building}`,
  capacity: room.capacity,
  searchAttributes: { ...anyRoom, minCapacity: 4, features: ['display'] },
  addinVersion: '1.0.0.0',
  ownerEmail: DEMO_USER,
});
