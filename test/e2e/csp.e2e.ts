// The pane under its own Content-Security-Policy (config/contentSecurityPolicy.js, written into the
// page by webpack): the whole flow of `npm start`'s demo (consent, search, book, cancel) with the
// policy enforced by Chromium records no violation and no console error; then an injected script shows
// that the policy is really enforced and that violations are really recorded.
import type { Browser, ConsoleMessage, Frame, FrameLocator, Page } from 'playwright-core';
import { startDemo, type Demo } from '../../dev/start';
import { launchChromium } from './browser';

// The first webpack build of the demo takes most of a minute on a 2-core machine.
jest.setTimeout(180_000);

// Ports of their own above E2E_PORT_BASE, so that this file and booking.e2e.ts can run side by side.
const PORT = Number(process.env.E2E_PORT_BASE ?? 3200) + 10;

interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly source: string;
}

let demo: Demo;
let browser: Browser;
let page: Page;
let pane: FrameLocator;
const consoleErrors: string[] = [];

const describeMessage = (message: ConsoleMessage) =>
  `${message.location().url}: ${message.text().slice(0, 300)}`;

/** Every violation the pane's document reported, by its securitypolicyviolation events. */
async function violations(): Promise<Violation[]> {
  return paneFrame().evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);
}

/** What has focus in the pane, as role and name, or BODY when focus fell to the page. */
async function focused(): Promise<string> {
  return paneFrame().evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'BODY';
    // The accessible name: an aria-label when there is one (the Book buttons name their room).
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
    return `${element.getAttribute('role') ?? element.tagName.toLowerCase()}: ${name}`;
  });
}

function paneFrame(): Frame {
  const frame = page.frame({ url: /taskpane\.html/ });
  if (!frame) throw new Error('task pane frame not found');
  return frame;
}

beforeAll(async () => {
  demo = await startDemo({ port: PORT, graphPort: PORT + 1, quiet: true });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(20_000);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(describeMessage(message));
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  // Before any of the page's own scripts, in every frame: violations are recorded as they happen.
  await page.addInitScript(() => {
    const recorded: { directive: string; blocked: string; source: string }[] = [];
    (window as unknown as { __cspViolations: typeof recorded }).__cspViolations = recorded;
    document.addEventListener('securitypolicyviolation', (event) => {
      recorded.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
  });
  // Outlook in online mode: in cached mode (the demo's default) the pane polls Graph until the saved
  // item has synced, and the browser logs each expected 404 as a console error. booking.e2e.ts
  // covers cached mode.
  await page.goto(`${demo.url}?syncDelay=0`);
  pane = page.frameLocator('iframe[title="Roombook task pane"]');
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('the task pane under its Content-Security-Policy', () => {
  it('declares a strict policy in the page: no inline script, no eval, connections to the emulator only', async () => {
    await page.getByLabel('Title').fill('Policy review');
    await page.getByRole('button', { name: 'Book a room' }).click();
    await pane.getByRole('checkbox', { name: /^I agree/ }).waitFor();
    const policy = await paneFrame().evaluate(
      () =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    const directive = (name: string) =>
      policy
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .find(([first]) => first === name)
        ?.slice(1);
    expect(directive('script-src')).toEqual(["'self'"]);
    expect(directive('connect-src')).toEqual([
      "'self'",
      `http://localhost:${PORT + 1}`,
      `https://localhost:${PORT + 2}`,
    ]);
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('walks consent, search, book and cancel with no violation and no console error', async () => {
    await pane.getByRole('checkbox', { name: /^I agree/ }).check();
    await pane.getByRole('button', { name: 'Continue' }).click();
    // Focus lands on something meaningful after each action that replaces what was pressed.
    await pane.getByRole('tab', { name: 'Book', exact: true }).waitFor();
    expect(await focused()).toBe('tab: Book');
    // The Book tab opens on results, no click, and leaves focus where it was.
    const items = pane.getByRole('list', { name: 'Rooms' }).getByRole('listitem');
    await items.first().waitFor();
    await pane.getByRole('button', { name: 'Search rooms', disabled: false }).waitFor();
    expect(await focused()).toBe('tab: Book');
    const free = items.filter({ hasText: 'Free' }).first();
    const roomName = (await free.getAttribute('aria-label')) ?? '';
    await free.getByRole('button', { name: `Book ${roomName}` }).click();
    await pane.getByRole('status').getByText(`${roomName} is added`).waitFor();
    expect(await focused()).toBe(`button: Book ${roomName}`);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText(/^Sent\./).waitFor();
    await pane.getByRole('tab', { name: 'My bookings' }).click();
    const booking = pane.getByRole('listitem', { name: 'Policy review' });
    await booking.getByRole('button', { name: 'Release room' }).click();
    await pane.getByRole('alertdialog').getByRole('button', { name: 'Release the room' }).click();
    await pane
      .getByRole('status')
      .getByText(/is released and free for others/)
      .waitFor();
    expect(await focused()).toBe('h2: Upcoming bookings');

    // Fluent's styles were applied (Griffel's <style> elements were allowed), not just unreported.
    const tab = pane.getByRole('tab', { name: 'My bookings' });
    expect(await tab.evaluate((element) => getComputedStyle(element).cursor)).toBe('pointer');
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('is enforced: an injected inline script does not run, and its violation is recorded', async () => {
    const ran = await paneFrame().evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injectedRan = true';
      document.head.append(script);
      return (window as unknown as { __injectedRan?: boolean }).__injectedRan ?? false;
    });
    expect(ran).toBe(false);
    await paneFrame().waitForFunction(
      () => (window as unknown as { __cspViolations: unknown[] }).__cspViolations.length > 0,
    );
    expect((await violations()).map((v) => v.directive)).toEqual(['script-src-elem']);
  });
});
