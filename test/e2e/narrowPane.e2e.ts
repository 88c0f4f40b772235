// As a user in Outlook's narrowest usual task pane (320 px), through `npm start`'s demo (the Outlook
// simulator, the pane, the Graph emulator): a meeting starting in a few minutes, consent, the rooms
// with no click, and the first room card's Book button on the first screen, booked without scrolling;
// send, the room accepts (its card then says Reserved beside Booked, on one line, not Busy); in My
// bookings check in (the emulator holds the check-in) and release the room (it leaves the meeting and
// its calendar is free again).
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { demoPorts, emulatorGraph, NARROW_PANE, openSimulator, searchEnded, demoForThisFile } from './demo';

// The first webpack build of the demo takes most of a minute on a 2-core machine.
jest.setTimeout(300_000);

const { emulator: EMULATOR } = demoPorts(60);
const session = demoForThisFile(60);
const SUBJECT = 'Stand-up';
/**
 * The meeting starts this soon, so that My bookings offers Check in at once (from 15 minutes before
 * the start, src/core/checkIn.ts) and the window stays open however slowly the machine runs.
 */
const STARTS_IN_MINUTES = 5;

const graph = <T>(pathAndQuery: string, init: { method: string; body: unknown } | null = null) =>
  emulatorGraph<T>(EMULATOR, pathAndQuery, init);

let page: Page;
let pane: FrameLocator;

beforeAll(async () => {
  ({ page, pane } = await openSimulator(session.browser, session.demo.url, { paneWidth: NARROW_PANE }));
});

/**
 * Whether the element lies wholly inside the pane's first screen: nothing in the pane has scrolled
 * (neither the page nor any box around the element) and the element's box is within the viewport.
 * Answers what is wrong, for the failure message, or 'on the first screen'.
 */
function whereIs(element: Locator): Promise<string> {
  return element.evaluate((node) => {
    const scrolled: string[] = [];
    if (window.scrollY !== 0) scrolled.push(`the page by ${window.scrollY} px`);
    for (let box = node.parentElement; box; box = box.parentElement) {
      if (box.scrollTop !== 0) scrolled.push(`<${box.tagName.toLowerCase()}> by ${box.scrollTop} px`);
    }
    const rect = node.getBoundingClientRect();
    const inside =
      rect.top >= 0 && rect.left >= 0 && rect.bottom <= window.innerHeight && rect.right <= window.innerWidth;
    if (scrolled.length > 0) return `scrolled: ${scrolled.join(', ')}`;
    if (!inside)
      return `outside the ${window.innerWidth}×${window.innerHeight} viewport: ${JSON.stringify(rect)}`;
    return 'on the first screen';
  });
}

const results = () => pane.getByRole('list', { name: 'Rooms' }).getByRole('listitem');
const bookingState = () => pane.getByRole('region', { name: 'Booking status' });

describe('booking, checking in and releasing in a 320 px task pane', () => {
  let roomName = '';
  let eventId = '';

  it('books the first room from the first screen without scrolling', async () => {
    await page.getByLabel('Title', { exact: true }).fill(SUBJECT);
    // The start as the user types it in Outlook's form, in the browser's local time.
    const start = await page.evaluate((minutes) => {
      const at = new Date(Date.now() + minutes * 60_000);
      const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000);
      return local.toISOString().slice(0, 16);
    }, STARTS_IN_MINUTES);
    await page.getByLabel('Start time').fill(start);
    await page.getByRole('button', { name: 'Book a room' }).click();
    await pane.getByRole('checkbox', { name: /^I agree/ }).check();
    await pane.getByRole('button', { name: 'Continue' }).click();
    await pane.getByRole('button', { name: /^Filters: / }).waitFor();
    await expect(
      page.locator('iframe[title="Roombook task pane"]').evaluate((frame) => frame.clientWidth),
    ).resolves.toBe(NARROW_PANE);

    // The pane opens on results, with no click.
    await searchEnded(pane);
    // Free rooms rank first, and rooms already shown keep their places as more are checked.
    const first = results().first();
    await first.getByText('Free', { exact: true }).waitFor();
    roomName = (await first.getAttribute('aria-label')) ?? '';
    expect(roomName).not.toBe('');
    const book = first.getByRole('button', { name: `Book ${roomName}` });
    await expect(whereIs(book)).resolves.toBe('on the first screen');
    await book.click();
    await bookingState().getByText(`${roomName} is added to this meeting`).waitFor();
    // The card says Booked in full, not cut by the narrow row.
    const booked = first.getByText('Booked', { exact: true });
    const shown = booked.evaluate((badge) => {
      const text = document.createRange();
      text.selectNodeContents(badge);
      const box = badge.getBoundingClientRect();
      const word = text.getBoundingClientRect();
      return {
        lines: text.getClientRects().length,
        inside: word.left >= box.left && word.right <= box.right && word.bottom <= box.bottom,
      };
    });
    await expect(shown).resolves.toEqual({ lines: 1, inside: true });
    // Booking moved nothing: the user never scrolled.
    await expect(pane.locator('body').evaluate(() => window.scrollY)).resolves.toBe(0);

    const log = (await (await fetch(`${EMULATOR}/_emulator/requests`)).json()) as {
      value: { method: string; url: string }[];
    };
    const patch = log.value.find((r) => r.method === 'PATCH' && r.url.includes('/v1.0/me/events/'));
    eventId = decodeURIComponent(new URL(patch?.url ?? '/', EMULATOR).pathname.split('/').pop() ?? '');
    expect(eventId).not.toBe('');
  });

  it('sends the meeting; the room accepts, and its card says Reserved beside Booked on one line', async () => {
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await bookingState().getByText(`${roomName} accepted: the room is booked.`).waitFor();
    // The room's calendar now holds this meeting; the pane searches again and does not call it busy.
    const card = pane.getByRole('list', { name: 'Rooms' }).getByRole('listitem', { name: roomName });
    const reserved = card.getByText('Reserved', { exact: true });
    await reserved.waitFor();
    await expect(card.getByText('Busy', { exact: true }).count()).resolves.toBe(0);
    const lines = await Promise.all(
      [reserved, card.getByText('Booked', { exact: true })].map((badge) =>
        badge.evaluate((node) => {
          const text = document.createRange();
          text.selectNodeContents(node);
          // The badge itself: Reserved's visible word is a span inside it.
          const badge = node.closest('.fui-Badge') ?? node;
          return { lines: text.getClientRects().length, top: Math.round(badge.getBoundingClientRect().top) };
        }),
      ),
    );
    expect(lines.map((l) => l.lines)).toEqual([1, 1]);
    expect(lines[0]?.top).toBe(lines[1]?.top);
  });

  it('checks in under My bookings; the room holds the check-in', async () => {
    await pane.getByRole('tab', { name: 'My bookings' }).click();
    const booking = pane.getByRole('listitem', { name: SUBJECT });
    await booking.getByText('Room accepted').waitFor();
    await booking.getByRole('button', { name: 'Check in' }).click();
    await booking.getByText(/^Checked in at /).waitFor();
    await expect(booking.getByRole('button', { name: 'Check in' }).count()).resolves.toBe(0);

    // Read back through Graph as the demo user: the room's claim for this meeting.
    const event = await graph<{
      iCalUId: string;
      attendees: { type: string; emailAddress: { address: string } }[];
    }>(`/me/events/${encodeURIComponent(eventId)}?$select=iCalUId,attendees`);
    const address = event.attendees.find((a) => a.type === 'resource')?.emailAddress.address;
    const rooms = await graph<{ value: { id: string; emailAddress: string; displayName: string }[] }>(
      '/places/microsoft.graph.room?$top=1000',
    );
    const room = rooms.value.find((r) => r.emailAddress === address);
    expect(room?.displayName).toBe(roomName);
    const claim = await graph<{ value: { calendarEventId: string; createdDateTime: string } }>(
      `/places/${encodeURIComponent(room?.id ?? '')}/checkIns/${encodeURIComponent(event.iCalUId)}`,
    );
    expect(claim.value.calendarEventId).toBe(event.iCalUId);
  });

  it('releases the room: it leaves the meeting and its time is free again', async () => {
    const event = await graph<{
      start: { dateTime: string };
      end: { dateTime: string };
      attendees: { type: string; emailAddress: { address: string } }[];
    }>(`/me/events/${encodeURIComponent(eventId)}?$select=start,end,attendees`);
    const address = event.attendees.find((a) => a.type === 'resource')?.emailAddress.address ?? '';
    const busyness = async () => {
      const schedule = await graph<{ value: { scheduleItems: { status: string }[] }[] }>(
        '/me/calendar/getSchedule',
        {
          method: 'POST',
          body: {
            schedules: [address],
            startTime: { dateTime: event.start.dateTime, timeZone: 'UTC' },
            endTime: { dateTime: event.end.dateTime, timeZone: 'UTC' },
          },
        },
      );
      return schedule.value[0]?.scheduleItems.map((item) => item.status);
    };
    // The room was free before the booking: the meeting is all its calendar holds then.
    await expect(busyness()).resolves.toEqual(['busy']);

    const booking = pane.getByRole('listitem', { name: SUBJECT });
    await booking.getByRole('button', { name: 'Release room' }).click();
    // Releasing asks first; the focused default keeps the room, so confirm explicitly.
    await pane.getByRole('alertdialog').getByRole('button', { name: 'Release the room' }).click();
    // The message names the room where it is: "<room>, <floor>, <building> is released …".
    const released = pane.getByRole('status').getByText(/ is released and free for others\.$/);
    await released.waitFor();
    const text = (await released.textContent()) ?? '';
    expect(text.slice(0, roomName.length + 2)).toBe(`${roomName}, `);
    await booking.getByText('Room released').waitFor();
    // Outlook's open form no longer has the room either.
    await expect(page.getByLabel('Rooms on this meeting').textContent()).resolves.toBe('');

    const after = await graph<{ attendees: { type: string }[] }>(
      `/me/events/${encodeURIComponent(eventId)}?$select=attendees`,
    );
    expect(after.attendees.filter((a) => a.type === 'resource')).toEqual([]);
    await expect(busyness()).resolves.toEqual([]);
  });
});
