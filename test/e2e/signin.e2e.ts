// Sign-in as it runs in Outlook, through `npm start`'s demo: the product's MSAL code against the
// emulator's Entra-like authority. In a host with nested app authentication the broker behind
// window.nestedAppAuthBridge signs in silently; in a host without it, the Office dialog opens a real
// window in which MSAL signs in by redirect (sessionStorage cache) and hands the token back. Either way
// the pane survives its tokens expiring, and a CAE claims challenge, in the middle of the flow.
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startDemo, type Demo } from '../../dev/start';
import { launchChromium } from './browser';

// The first webpack build of the demo takes most of a minute on a 2-core machine.
jest.setTimeout(180_000);

const PORT = Number(process.env.E2E_PORT_BASE ?? 3200) + 50;
const GRAPH_PORT = PORT + 1;
const EMULATOR = `http://localhost:${GRAPH_PORT}`;

interface LoggedRequest {
  method: string;
  url: string;
  status: number;
  batchId?: string;
}
interface AuthorityLogEntry {
  endpoint: string;
  grantType?: string;
  prompt?: string;
  claims: boolean;
  challenge: boolean;
  outcome: string;
}

const control = async <T>(path: string, method = 'GET', body?: unknown): Promise<T> =>
  (await (
    await fetch(`${EMULATOR}/_emulator/${path}`, {
      method,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    })
  ).json()) as T;
/** Web storage keys in the task pane that look like MSAL's or a token's (the pane keeps none). */
async function paneStorageKeys(page: Page): Promise<string[]> {
  const frame = page.frame({ url: /taskpane\.html/ });
  if (!frame) throw new Error('task pane frame not found');
  const keys = await frame.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
  return keys.filter((key) => /msal|token|\.idtoken|accesstoken/i.test(key));
}
const graphLog = async () => (await control<{ value: LoggedRequest[] }>('requests')).value;
const authorityLog = async () => (await control<{ value: AuthorityLogEntry[] }>('authority/log')).value;

let demo: Demo;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemo({ port: PORT, graphPort: GRAPH_PORT, quiet: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** Opens the pane and agrees; `proceed` continues past consent, where Roombook first signs in. */
async function openPane(
  query: string,
): Promise<{ page: Page; pane: FrameLocator; proceed(): Promise<void> }> {
  await control('reset', 'POST');
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // The dev server answers once webpack's first build is done.
  await page.goto(`${demo.url}${query}`, { timeout: 150_000 });
  // Generous: six engineers' builds and browsers share two cores.
  page.setDefaultTimeout(60_000);
  await page.getByLabel('Title').fill('Design review');
  await page.getByRole('button', { name: 'Book a room' }).click();
  const pane = page.frameLocator('iframe[title="Roombook task pane"]');
  await pane.getByRole('checkbox', { name: /^I agree/ }).check();
  return { page, pane, proceed: () => pane.getByRole('button', { name: 'Continue' }).click() };
}

/** Continues past consent, where the Office dialog opens a window at the authority: that window. */
async function dialogOnContinue(page: Page, proceed: () => Promise<void>): Promise<Page> {
  const opened = page.context().waitForEvent('page');
  await proceed();
  return opened;
}

const unanswered = (calls: LoggedRequest[]) =>
  calls.filter(
    (c, i) =>
      c.status >= 400 &&
      !calls
        .slice(i + 1)
        .some((later) => later.method === c.method && later.url === c.url && later.status < 400),
  );

/** Searches, and waits until the search's availability calls were answered (a refused one resent). */
async function search(pane: FrameLocator): Promise<void> {
  const before = (await graphLog()).length;
  await pane.getByRole('button', { name: 'Search rooms' }).click();
  const availability = (c: LoggedRequest) =>
    (c.url.includes('getSchedule') || c.url.includes('$batch')) && c.status < 400;
  let calls: LoggedRequest[] = [];
  for (let tries = 0; tries < 100; tries += 1) {
    calls = (await graphLog()).slice(before);
    if (calls.some(availability) && unanswered(calls).length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(calls.some(availability)).toBe(true);
  expect(unanswered(calls)).toEqual([]);
  await pane.getByRole('status').getByText('Searching rooms…').waitFor({ state: 'hidden' });
  await pane.getByRole('list', { name: 'Rooms' }).getByRole('listitem').first().waitFor();
}

describe('sign-in through the emulated authority', () => {
  it('nested app authentication: the broker signs in silently; search survives expiry and a claims challenge', async () => {
    const { page, pane, proceed } = await openPane('?naa=on');
    await proceed();
    await search(pane);
    const brokered = (await authorityLog()).filter((e) => e.endpoint === 'token');
    expect(brokered.length).toBeGreaterThan(0);
    expect(brokered.every((e) => e.grantType === 'refresh_token' && e.outcome === 'tokens')).toBe(true);

    // Every token issued so far expires; MSAL still trusts its cache, Graph answers 401, the pane asks
    // for a fresh token once and the search goes on.
    await control('authority/expire', 'POST');
    const before = (await graphLog()).length;
    await search(pane);
    const after = (await graphLog()).slice(before);
    expect(after.some((c) => c.status === 401)).toBe(true);

    // A continuous access evaluation event: Graph challenges with claims, the pane asks with them.
    await control('authority/challenge', 'POST');
    const tokensBefore = (await authorityLog()).length;
    await search(pane);
    const renewals = (await authorityLog()).slice(tokensBefore);
    expect(renewals.some((e) => e.endpoint === 'token' && e.challenge && e.outcome === 'tokens')).toBe(true);
    expect(await paneStorageKeys(page)).toEqual([]);
    await page.close();
  });

  it('without NAA: the Office dialog signs in for real (redirect in its own window), and search survives expiry', async () => {
    const { page, pane, proceed } = await openPane('?naa=off');
    // The room directory needs Place.Read.All: the Office dialog opens a window at the authority.
    const dialog = await dialogOnContinue(page, proceed);
    await dialog.getByRole('button', { name: 'Accept' }).click();
    const codeRedeemed = (e: AuthorityLogEntry) =>
      e.endpoint === 'token' && e.grantType === 'authorization_code' && e.outcome === 'tokens';
    // The search needs Calendars.ReadWrite: the dialog opens again and, the authority remembering
    // the session, comes back without a prompt.
    await search(pane);
    expect((await authorityLog()).filter(codeRedeemed).length).toBe(2);
    expect(page.context().pages()).toHaveLength(1);

    // The dialog's tokens expire early: Graph says 401, the pane drops the token and signs in once more.
    await control('authority/expire', 'POST');
    await search(pane);
    expect((await authorityLog()).filter(codeRedeemed).length).toBe(3);
    expect(await paneStorageKeys(page)).toEqual([]);
    await page.close();
  });

  it('NAA reported but no bridge in the pane: the Office dialog signs in', async () => {
    const { page, pane, proceed } = await openPane('?naa=nobridge');
    const dialog = await dialogOnContinue(page, proceed);
    await dialog.getByRole('button', { name: 'Accept' }).click();
    await search(pane);
    const log = await authorityLog();
    // Both tokens came from the dialog's redirect sign-in; the broker (refresh_token) never answered.
    expect(
      log.filter(
        (e) => e.endpoint === 'token' && e.grantType === 'authorization_code' && e.outcome === 'tokens',
      ),
    ).toHaveLength(2);
    expect(log.some((e) => e.grantType === 'refresh_token')).toBe(false);
    expect(await paneStorageKeys(page)).toEqual([]);
    await page.close();
  });

  it('consent refused: the dialog shows "Need admin approval"; leaving it, the pane says the permission was not granted', async () => {
    const { page, pane, proceed } = await openPane('?naa=off');
    await control('authority', 'POST', { consent: 'refused' });
    const dialog = await dialogOnContinue(page, proceed);
    await dialog.getByRole('heading', { name: 'Need admin approval' }).waitFor();
    await dialog.getByRole('button', { name: /^Return to the application/ }).click();
    await pane.getByText(/^The permission Roombook needs was not granted/).waitFor();
    const log = await authorityLog();
    expect(log.some((e) => e.endpoint === 'authorize' && e.outcome === 'access_denied')).toBe(true);
    expect(log.some((e) => e.endpoint === 'token')).toBe(false);
    await page.close();
  });
});
