// What every browser-test file sets up the same way: `npm start`'s demo on ports of its own, Debian's
// Chromium, the simulator's page opened until its form takes input, and the README's screenshots.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import type { EmulatorOptions } from '../../dev/emulator';
import { startDemo, type Demo } from '../../dev/start';
import { launchChromium } from './browser';

/** Outlook's narrowest usual task pane. */
export const NARROW_PANE = 320;

/** Set ROOMBOOK_SCREENSHOTS=1 to renew the README's pictures in docs/images. */
export const SCREENSHOTS =
  process.env.ROOMBOOK_SCREENSHOTS === '1' ? path.resolve(__dirname, '../../docs/images') : null;

/** The ports of the file at `offset` above E2E_PORT_BASE, so several checkouts run side by side. */
export function demoPorts(offset: number): { port: number; graphPort: number; emulator: string } {
  const port = Number(process.env.E2E_PORT_BASE ?? 3200) + offset;
  return { port, graphPort: port + 1, emulator: `http://localhost:${port + 1}` };
}

export interface DemoSession {
  readonly demo: Demo;
  readonly browser: Browser;
}

/** Starts the demo and Chromium before the file's tests and closes both after them. */
export function demoForThisFile(offset: number, options: EmulatorOptions = {}): DemoSession {
  const { port, graphPort } = demoPorts(offset);
  let demo: Demo | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    demo = await startDemo({ port, graphPort, quiet: true, ...options });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use it inside a test or hook`);
    return value;
  };
  return {
    get demo() {
      return started(demo, 'the demo');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
  };
}

export interface SimulatorPage {
  readonly page: Page;
  readonly pane: FrameLocator;
}

/**
 * Opens the simulator at `url` in a new page and waits until its form takes input (it has read the
 * tenant and the manifest); `paneWidth` narrows Outlook's task pane.
 */
export async function openSimulator(
  on: Browser | BrowserContext,
  url: string,
  options: { paneWidth?: number } = {},
): Promise<SimulatorPage> {
  // A context was made with its own viewport; a browser's page gets a desktop Outlook window's.
  const page =
    'newContext' in on ? await on.newPage({ viewport: { width: 1280, height: 900 } }) : await on.newPage();
  // Generous: two cores shared with other builds make a step take many seconds; no timing is tested.
  page.setDefaultTimeout(60_000);
  // The first request waits for webpack's first build, which takes longer than a step on a busy machine.
  await page.goto(url, { timeout: 170_000 });
  await page.getByText(/^Signed in as/).waitFor();
  if (options.paneWidth !== undefined) {
    await page.locator('aside').evaluate((aside, width) => {
      (aside as HTMLElement).style.width = `${width}px`;
    }, options.paneWidth);
  }
  return { page, pane: page.frameLocator('iframe[title="Roombook task pane"]') };
}

/** Saves the task pane as it shows now as docs/images/<name>.png, when screenshots are asked for. */
export async function shootPane(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  // No hover highlight left where the last click was.
  await page.mouse.move(0, 0);
  // Finite animations (a dialog's fade, a badge's entrance) are finished first; spinners stop.
  await page
    .locator('#pane')
    .screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
}

/** Waits until the pane shows results and no search runs (the one on opening, or the user's). */
export async function searchEnded(pane: FrameLocator): Promise<void> {
  await pane.getByRole('list', { name: 'Rooms' }).getByRole('listitem').first().waitFor();
  await pane.getByRole('button', { name: 'Search rooms', disabled: false }).waitFor();
}

/** Reads or writes Graph on the demo's emulator as the demo's user, beside the pane; expects a 200. */
export async function emulatorGraph<T>(
  emulator: string,
  pathAndQuery: string,
  init: { method: string; body: unknown } | null = null,
): Promise<T> {
  const { access_token: token } = (await (await fetch(`${emulator}/_emulator/token`)).json()) as {
    access_token: string;
  };
  const response = await fetch(`${emulator}/v1.0${pathAndQuery}`, {
    method: init?.method ?? 'GET',
    body: init ? JSON.stringify(init.body) : undefined,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      prefer: 'outlook.timezone="UTC"',
    },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}
