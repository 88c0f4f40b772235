// As a user, through `npm start`'s demo (the Outlook simulator, the task pane, the Graph emulator):
// fill the appointment, open the pane, consent and get rooms without a click, search with a capacity
// filter, book (Outlook runs in
// cached mode, so the pane waits for the sync), send; re-open the meeting from the calendar and
// replace its room; then check the event in the emulator's Graph, the request log, My bookings and
// release, and an axe scan.
import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import { decodeSearch, PROPERTY_NAMES, propertyId } from '../../src/core/bookingProperties';
import { FORBIDDEN_FIELDS } from '../../src/graph/selectGuard';
import { demoPorts, emulatorGraph, openSimulator, searchEnded, demoForThisFile } from './demo';

// The first webpack build of the demo takes most of a minute on a 2-core machine.
jest.setTimeout(300_000);

const { emulator: EMULATOR } = demoPorts(0);
const session = demoForThisFile(0);

interface LoggedRequest {
  method: string;
  url: string;
  status: number;
  time: string;
  user: string | null;
  body?: unknown;
}

async function graphLog(): Promise<LoggedRequest[]> {
  const answer = (await (await fetch(`${EMULATOR}/_emulator/requests`)).json()) as { value: LoggedRequest[] };
  return answer.value;
}

const graph = <T>(pathAndQuery: string) => emulatorGraph<T>(EMULATOR, pathAndQuery);

let page: Page;
let pane: FrameLocator;

beforeAll(async () => {
  ({ page, pane } = await openSimulator(session.browser, session.demo.url));
});

describe('booking a room in the Outlook simulator', () => {
  let eventId = '';
  let roomName = '';

  it('shows the consent panel first and calls no Graph before consent', async () => {
    await page.getByLabel('Title').fill('Quarterly planning');
    await page.getByLabel('Required attendees').fill('adele.vance@contoso.com, alex.wilber@contoso.com');
    await page.getByLabel('Required attendees').press('Tab');
    await page.getByRole('button', { name: 'Book a room' }).click();
    await pane.getByRole('checkbox', { name: /^I agree/ }).waitFor();
    await expect(pane.getByRole('button', { name: 'Continue' }).isDisabled()).resolves.toBe(true);
    expect((await graphLog()).filter((r) => r.url.includes('/v1.0/'))).toEqual([]);
  });

  it('opens on rooms for the meeting, then searches with a capacity filter and books a free room', async () => {
    await pane.getByRole('checkbox', { name: /^I agree/ }).check();
    await pane.getByRole('button', { name: 'Continue' }).click();
    await pane.getByRole('tab', { name: 'Book', exact: true }).waitFor();
    await pane.getByText('2 attendees besides you').waitFor();
    // Rooms for the meeting as it is (3 seats), with no click; the status says how many, once.
    await searchEnded(pane);
    await pane
      .getByRole('status')
      .getByText(/rooms shown of \d+ that match\.$/)
      .waitFor();
    await pane.getByRole('button', { name: /^Filters: / }).click();
    const capacity = pane.getByRole('spinbutton', { name: 'Minimum capacity' });
    await capacity.fill('8');
    await capacity.press('Tab');
    await pane.getByRole('button', { name: 'Search rooms' }).click();
    await searchEnded(pane);
    const items = pane.getByRole('list', { name: 'Rooms' }).getByRole('listitem');
    const free = items.filter({ hasText: 'Free' }).first();
    roomName = (await free.getAttribute('aria-label')) ?? '';
    expect(roomName).not.toBe('');
    await free.getByRole('button', { name: `Book ${roomName}` }).click();
    await pane.getByRole('status').getByText(`${roomName} is added`).waitFor();
    await page.getByText(/Roombook: .* added/).waitFor();

    const patch = (await graphLog()).find((r) => r.method === 'PATCH' && r.url.includes('/v1.0/me/events/'));
    eventId = decodeURIComponent(new URL(patch?.url ?? '/', EMULATOR).pathname.split('/').pop() ?? '');
    expect(eventId).not.toBe('');
  });

  it('sends the invitation; the room accepts and the event carries every property', async () => {
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText(/^Sent\./).waitFor();
    const filter = PROPERTY_NAMES.map((name) => `id eq '${propertyId(name)}'`).join(' or ');
    const event = await graph<{
      subject: string;
      attendees: { emailAddress: { address: string }; type: string; status: { response: string } }[];
      singleValueExtendedProperties: { id: string; value: string }[];
    }>(
      `/me/events/${encodeURIComponent(eventId)}?$select=subject,attendees&$expand=singleValueExtendedProperties($filter=${encodeURIComponent(filter)})`,
    );
    const values = Object.fromEntries(
      event.singleValueExtendedProperties.map((p) => [p.id.split(' Name ')[1] ?? '', p.value]),
    );
    const room = event.attendees.find((a) => a.type === 'resource');
    expect(event.subject).toBe('Quarterly planning');
    expect(room?.status.response).toBe('accepted');
    const rooms = await graph<{
      value: { id: string; emailAddress: string; displayName: string; capacity: number }[];
    }>(`/places/microsoft.graph.room?$top=1000`);
    const booked = rooms.value.find((r) => r.emailAddress === room?.emailAddress.address);
    expect(booked?.displayName).toBe(roomName);
    expect(values).toEqual({
      ResourceId: booked?.id,
      ResourceMailbox: booked?.emailAddress,
      ResourceLocation: expect.stringContaining(roomName),
      Capacity: String(booked?.capacity),
      SearchAttributes: expect.any(String),
      AddinVersion: expect.stringMatching(/^\d+\.\d+\.\d+\.\d+$/),
      OwnerEmail: 'megan.bowen@contoso.com',
    });
    expect(Number(values.Capacity)).toBeGreaterThanOrEqual(8);
    expect(decodeSearch(values.SearchAttributes ?? '')).toMatchObject({ minCapacity: 8 });
  });

  it('re-opens the booked meeting from the calendar; the pane shows its room', async () => {
    await page.getByRole('button', { name: /^Open Quarterly planning/ }).click();
    // Opening an item closes the pane and fills the form once Outlook has read the item: wait for both.
    await page.locator('#pane').waitFor({ state: 'hidden' });
    await page.waitForFunction(
      () => (document.querySelector('#subject') as HTMLInputElement | null)?.value === 'Quarterly planning',
    );
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe('Quarterly planning');
    await page.getByRole('button', { name: 'Book a room' }).click();
    await pane.getByText(new RegExp(`^Booked: ${roomName}`)).waitFor();
  });

  it('replaces the room of the sent meeting: the new room accepts before the old one is released', async () => {
    // The re-opened pane searched on opening.
    await searchEnded(pane);
    const items = pane.getByRole('list', { name: 'Rooms' }).getByRole('listitem');
    const other = items.filter({ hasText: 'Free' }).filter({ hasNotText: 'Booked' }).first();
    const otherName = (await other.getAttribute('aria-label')) ?? '';
    expect(otherName).not.toBe(roomName);
    await other.getByRole('button', { name: `Book ${otherName}` }).click();
    // Replacing the booked room asks first; the focused default keeps it, so confirm explicitly.
    await pane.getByRole('alertdialog').getByRole('button', { name: 'Replace the room' }).click();
    await pane.getByRole('status').getByText(`${otherName} replaces the previous room`).waitFor();
    const event = await graph<{
      isDraft: boolean;
      attendees: { emailAddress: { address: string }; type: string; status: { response: string } }[];
    }>(`/me/events/${encodeURIComponent(eventId)}?$select=isDraft,attendees`);
    const rooms = await graph<{ value: { emailAddress: string; displayName: string }[] }>(
      `/places/microsoft.graph.room?$top=1000`,
    );
    const nameOf = (address: string) => rooms.value.find((r) => r.emailAddress === address)?.displayName;
    // Still a sent meeting, and the only room left is the new one, which accepted.
    expect(event.isDraft).toBe(false);
    expect(
      event.attendees
        .filter((a) => a.type === 'resource')
        .map((a) => [nameOf(a.emailAddress.address), a.status.response]),
    ).toEqual([[otherName, 'accepted']]);
  });

  it('never names a forbidden field in any Graph request', async () => {
    const log = await graphLog();
    expect(log.length).toBeGreaterThan(0);
    for (const request of log) {
      const url = decodeURIComponent(request.url);
      for (const field of FORBIDDEN_FIELDS) expect(url).not.toMatch(new RegExp(`[=,(]${field}\\b`));
    }
  });

  it('lists the booking under My bookings and releases its room', async () => {
    await pane.getByRole('tab', { name: 'My bookings' }).click();
    const booking = pane.getByRole('listitem', { name: 'Quarterly planning' });
    await booking.getByText('Room accepted').waitFor();
    await booking.getByRole('button', { name: 'Release room' }).click();
    // Releasing asks first; the focused default keeps the room, so confirm explicitly.
    await pane.getByRole('alertdialog').getByRole('button', { name: 'Release the room' }).click();
    await pane
      .getByRole('status')
      .getByText(/is released and free for others/)
      .waitFor();
    const event = await graph<{ attendees: { type: string }[] }>(
      `/me/events/${encodeURIComponent(eventId)}?$select=attendees`,
    );
    expect(event.attendees.filter((a) => a.type === 'resource')).toEqual([]);
  });

  it('books one occurrence of a series as that one meeting', async () => {
    // Discard reloads the simulator with a new, empty meeting.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Discard' }).click()]);
    await page.getByText(/^Signed in as/).waitFor();
    await page.getByLabel('Title', { exact: true }).fill('Weekly sync');
    await page.getByLabel('Repeat').selectOption('weekly');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText(/^Sent\./).waitFor();
    await page.getByRole('button', { name: 'Open occurrence 2 of Weekly sync' }).click();
    // The form shows the occurrence once Outlook has opened it: one meeting, no repeat of its own.
    await page.waitForFunction(
      () => (document.querySelector('#repeat') as HTMLSelectElement | null)?.value === 'none',
    );
    await expect(page.getByLabel('Repeat').inputValue()).resolves.toBe('none');
    await page.getByRole('button', { name: 'Book a room' }).click();
    await searchEnded(pane);
    const items = pane.getByRole('list', { name: 'Rooms' }).getByRole('listitem');
    // One meeting, so a free room is simply "Free", not "free for k of n".
    const free = items.filter({ hasText: 'Free' }).first();
    const name = (await free.getAttribute('aria-label')) ?? '';
    await free.getByRole('button', { name: `Book ${name}` }).click();
    await pane.getByRole('status').getByText(`${name} is booked`).waitFor();

    const patch = (await graphLog())
      .filter((r) => r.method === 'PATCH' && r.url.includes('/v1.0/me/events/'))
      .at(-1);
    const occurrenceId = decodeURIComponent(
      new URL(patch?.url ?? '/', EMULATOR).pathname.split('/').pop() ?? '',
    );
    const occurrence = await graph<{ type: string; seriesMasterId: string | null }>(
      `/me/events/${encodeURIComponent(occurrenceId)}?$select=type,seriesMasterId`,
    );
    expect(occurrence.type).toBe('exception');
    expect(occurrenceId).toBe(`${occurrence.seriesMasterId}_OCC1`);
  });

  it('passes an axe accessibility scan of the pane', async () => {
    await pane.getByRole('tab', { name: 'Book', exact: true }).click();
    const frame = page.frame({ url: /taskpane\.html/ });
    if (!frame) throw new Error('task pane frame not found');
    // Evaluated by the test driver, not added as a <script>: the pane's policy refuses inline script.
    await frame.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await frame.evaluate(async () => {
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
    expect(violations).toEqual([]);
  });
});
