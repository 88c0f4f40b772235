// An axe scan of every view of the pane at Outlook's narrow pane width (320 px), in the light and the
// dark theme, through `npm start`'s demo (the Outlook simulator, the pane, the Graph emulator): the
// consent panel, Book with results, the booking confirmation, My bookings and its release
// confirmation, Privacy with a call's detail open and its withdraw confirmation. A serious or
// critical violation fails. Also downloads the Privacy log's CSV in Chromium (the pane's CSP and the
// simulator's frame allow it). With ROOMBOOK_SCREENSHOTS=1 it renews the README's pictures, in both
// themes: consent, Book with results, the booked room, and the Privacy log.
import { readFileSync } from 'node:fs';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { demoForThisFile, demoPorts, NARROW_PANE, openSimulator, SCREENSHOTS, shootPane } from './demo';

// The first webpack build of the demo takes most of a minute on a 2-core machine.
jest.setTimeout(300_000);

const { emulator: EMULATOR } = demoPorts(40);
const session = demoForThisFile(40);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The serious and critical violations axe finds in the pane's frame, as "rule: targets". */
async function violations(page: Page): Promise<string[]> {
  const frame = page.frame({ url: /taskpane\.html/ });
  if (!frame) throw new Error('task pane frame not found');
  // Evaluated by the test driver, not added as a <script>: the pane's policy refuses inline script.
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE);
  // A dialog fades in: contrast measured halfway through its animation is no one's real view.
  // (Endless ones, a spinner's, never finish and change no contrast.)
  await frame.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished),
    ),
  );
  return frame.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    // Fluent's focus manager (tabster) puts aria-hidden <i tabindex="0"> guards around focus zones
    // on purpose: they move focus on, never hold it, which axe cannot know.
    const result = await axe.run({ exclude: [['[data-tabster-dummy]']] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

async function emulator<T>(pathAndQuery: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${EMULATOR}${pathAndQuery}`, init);
  expect(response.ok).toBe(true);
  return (await response.json()) as T;
}

/** A room's address, read from the emulator's Graph as the pane would. */
async function roomAddress(name: string): Promise<string> {
  const { access_token: token } = await emulator<{ access_token: string }>('/_emulator/token');
  const rooms = await emulator<{ value: { emailAddress: string; displayName: string }[] }>(
    '/v1.0/places/microsoft.graph.room?$top=1000',
    { headers: { authorization: `Bearer ${token}` } },
  );
  const room = rooms.value.find((r) => r.displayName === name);
  if (!room) throw new Error(`no room named ${name}`);
  return room.emailAddress;
}

/** Another user's sent meeting with the room, which accepts it: the room is busy then. */
async function occupy(room: string, start: string, end: string): Promise<void> {
  const { id } = await emulator<{ id: string }>('/_emulator/outlook/items', {
    method: 'POST',
    body: JSON.stringify({
      user: 'adele.vance@contoso.com',
      subject: 'Someone else',
      start,
      end,
      attendees: [{ address: room, type: 'resource' }],
      locations: [{ locationEmailAddress: room }],
    }),
  });
  await emulator(`/_emulator/outlook/items/${encodeURIComponent(id)}/send`, { method: 'POST' });
}

describe.each(['light', 'dark'] as const)('the pane at 320 px, %s theme', (theme) => {
  let context: BrowserContext;
  let page: Page;
  let pane: FrameLocator;
  /** Every view's findings, by view: one expectation at the end names them all. */
  const found: Record<string, string[]> = {};
  const scan = async (view: string) => {
    found[view] = await violations(page);
  };

  beforeAll(async () => {
    // A context of its own: the simulator keeps roaming settings (the consent) per browser profile.
    context = await session.browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    ({ page, pane } = await openSimulator(context, `${session.demo.url}?theme=${theme}`, {
      paneWidth: NARROW_PANE,
    }));
  });

  afterAll(async () => {
    await context?.close();
  });

  it('scans the consent panel', async () => {
    await page.getByLabel('Title').fill(`Design review (${theme})`);
    await page.getByLabel('Required attendees').fill('adele.vance@contoso.com, alex.wilber@contoso.com');
    await page.getByLabel('Required attendees').press('Tab');
    await page.getByRole('button', { name: 'Book a room' }).click();
    await pane.getByRole('checkbox', { name: /^I agree/ }).waitFor();
    const width = await page
      .locator('iframe[title="Roombook task pane"]')
      .evaluate((frame) => frame.clientWidth);
    expect(width).toBe(NARROW_PANE);
    await scan('consent');
    await shootPane(page, `consent-${theme}`);
  });

  it('scans Book with results, and the confirmation before booking a busy room', async () => {
    await pane.getByRole('checkbox', { name: /^I agree/ }).check();
    await pane.getByRole('button', { name: 'Continue' }).click();
    await pane.getByRole('tab', { name: 'Book', exact: true }).waitFor();
    // The Book tab opens on results, no click; scanned once its search ended.
    const items = pane.getByRole('list', { name: 'Rooms' }).getByRole('listitem');
    await items.first().waitFor();
    await pane.getByRole('button', { name: 'Search rooms', disabled: false }).waitFor();
    await scan('book with results');
    if (SCREENSHOTS) {
      // The first screen once every room's availability is known: nothing half-loaded in the picture.
      await pane.getByText(/^Availability checked for all/).waitFor();
      await shootPane(page, `results-${theme}`);
    }

    // Another user's meeting takes the first free room at this meeting's time; searching again shows
    // it busy, and booking it asks first.
    const target = (await items.filter({ hasText: 'Free' }).first().getAttribute('aria-label')) ?? '';
    const { start, end } = await page.evaluate(() => {
      const at = (id: string) =>
        new Date((document.getElementById(id) as HTMLInputElement).value).toISOString();
      return { start: at('start'), end: at('end') };
    });
    await occupy(await roomAddress(target), start, end);
    await pane.getByRole('button', { name: 'Search rooms' }).click();
    const busy = pane
      .getByRole('list', { name: 'Rooms' })
      .getByRole('listitem', { name: target, exact: true })
      .filter({ hasText: 'Busy' });
    await busy.waitFor();
    await busy.getByRole('button', { name: `Book ${target}` }).click();
    const dialog = pane.getByRole('alertdialog');
    await dialog.waitFor();
    await scan('book confirmation');
    await dialog.getByRole('button', { name: 'Don’t book' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('scans My bookings and the release confirmation', async () => {
    const items = pane.getByRole('list', { name: 'Rooms' }).getByRole('listitem');
    const free = items.filter({ hasText: 'Free' }).first();
    const name = (await free.getAttribute('aria-label')) ?? '';
    await free.getByRole('button', { name: `Book ${name}` }).click();
    await pane.getByRole('status').getByText(`${name} is added`).waitFor();
    await scan('book, booked');
    if (SCREENSHOTS) {
      // The booking's state at the top, and below it the meeting, the search and the booked card.
      await pane
        .getByRole('region', { name: 'Booking status' })
        .evaluate((region) => region.scrollIntoView({ block: 'start' }));
      await shootPane(page, `booked-${theme}`);
    }

    await pane.getByRole('tab', { name: 'My bookings' }).click();
    const booking = pane.getByRole('listitem', { name: `Design review (${theme})` });
    await booking.waitFor();
    await scan('my bookings');
    await booking.getByRole('button', { name: 'Release room' }).click();
    const dialog = pane.getByRole('alertdialog');
    await dialog.waitFor();
    await scan('release confirmation');
    await dialog.getByRole('button', { name: 'Keep the room' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('scans Privacy with a call’s detail open, and the withdraw confirmation', async () => {
    await pane.getByRole('tab', { name: 'Privacy' }).click();
    const log = pane.getByRole('list', { name: 'Microsoft Graph calls in this session' });
    const save = log
      .getByRole('button', { name: /^Saved Roombook’s booking details on the meeting/ })
      .first();
    await save.click();
    await expect(save.getAttribute('aria-expanded')).resolves.toBe('true');
    // Nothing in the log is wider than the pane: lines and details wrap.
    const overflow = await log.evaluate((list) => list.scrollWidth - list.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await scan('privacy');
    if (SCREENSHOTS) {
      // The log's top: heading, count, export, and the first availability check opened.
      await log
        .getByRole('button', { name: /^Checked availability/ })
        .first()
        .click();
      await pane
        .getByRole('heading', { name: 'Microsoft Graph calls in this session' })
        .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
      await shootPane(page, `privacy-log-${theme}`);
    }

    await pane.getByRole('button', { name: 'Withdraw consent' }).click();
    const dialog = pane.getByRole('alertdialog');
    await dialog.waitFor();
    await scan('withdraw confirmation');
    await dialog.getByRole('button', { name: 'Keep my consent' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('downloads the log as CSV in the browser', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pane.getByRole('button', { name: 'Export as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^roombook-graph-calls-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFF"Time","Call","Result","Method","Path (without values)","HTTP status","Duration (ms)","Sent in batch"',
    );
    expect(csv).toMatch(
      /"Saved Roombook’s booking details on the meeting","OK","PATCH","\/me\/events\/\{id\}","200"/,
    );
  });

  it('has no serious or critical violation in any view', () => {
    expect(found).toEqual({
      consent: [],
      'book with results': [],
      'book confirmation': [],
      'book, booked': [],
      'my bookings': [],
      'release confirmation': [],
      privacy: [],
      'withdraw confirmation': [],
    });
  });
});
