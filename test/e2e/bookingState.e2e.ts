// As a user, through `npm start`'s demo (the Outlook simulator, the task pane, the Graph emulator):
// book a room and watch the Book tab follow it after Send until the room accepts; book a room that is
// busy, send, see it declined, and rebook with "Find another room"; grow a meeting past its room's
// seats and see the booking announced as broken; book a weekly series with other rooms on the dates
// its room clashes, and see the series accepted.
import type { FrameLocator, Page } from 'playwright-core';
import { NARROW_PANE, openSimulator, SCREENSHOTS, searchEnded, shootPane, demoForThisFile } from './demo';

// The first webpack build of the demo takes most of a minute on a 2-core machine.
jest.setTimeout(300_000);

const session = demoForThisFile(30);

/** The pane with the booking's state at the top of the view. */
async function shoot(name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  await bookingState().scrollIntoViewIfNeeded();
  await shootPane(page, name);
}

let page: Page;
let pane: FrameLocator;

beforeAll(async () => {
  // Outlook's narrowest usual pane, as the README's pictures show it.
  ({ page, pane } = await openSimulator(session.browser, session.demo.url, { paneWidth: NARROW_PANE }));
});

const bookingState = () => pane.getByRole('region', { name: 'Booking status' });
const results = () => pane.getByRole('list', { name: 'Rooms' }).getByRole('listitem');

/** After the results the pane opened on, searches again for at least `capacity` seats. */
async function search(capacity: number): Promise<void> {
  await searchEnded(pane);
  // The filters are folded into their one-line summary until opened.
  const summary = pane.getByRole('button', { name: /^Filters: / });
  if ((await summary.getAttribute('aria-expanded')) !== 'true') await summary.click();
  const spin = pane.getByRole('spinbutton', { name: 'Minimum capacity' });
  await spin.fill(String(capacity));
  await spin.press('Tab');
  await pane.getByRole('button', { name: 'Search rooms' }).click();
  await searchEnded(pane);
}

describe('the booking’s state in the Book tab', () => {
  it('says a booked room is only added until Send, then follows the room until it accepts', async () => {
    await page.getByLabel('Title', { exact: true }).fill('Design review');
    await page.getByLabel('Required attendees').fill('adele.vance@contoso.com');
    await page.getByLabel('Required attendees').press('Tab');
    await page.getByRole('button', { name: 'Book a room' }).click();
    await pane.getByRole('checkbox', { name: /^I agree/ }).check();
    await pane.getByRole('button', { name: 'Continue' }).click();
    await search(4);
    const free = results().filter({ hasText: 'Free' }).first();
    const name = (await free.getAttribute('aria-label')) ?? '';
    await free.getByRole('button', { name: `Book ${name}` }).click();
    await bookingState()
      .getByText(
        `${name} is added to this meeting but not booked yet. Send the meeting so the room can confirm.`,
      )
      .waitFor();
    await shoot('booking-added');

    // Send in Outlook; the pane is not touched and moves on by itself.
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await bookingState().getByText(`${name} accepted: the room is booked.`).waitFor();
    await pane.getByRole('status').getByText(`${name} accepted: the room is booked.`).waitFor();
    await shoot('booking-accepted');
  });

  it('a room that declines is rebooked with “Find another room”', async () => {
    // Discard reloads the simulator with a new, empty meeting; consent stays in roaming settings.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Discard' }).click()]);
    await page.getByText(/^Signed in as/).waitFor();
    await page.getByLabel('Title', { exact: true }).fill('Budget review');
    await page.getByRole('button', { name: 'Book a room' }).click();
    await search(4);
    const busy = results().filter({ hasText: 'Busy' }).first();
    const declined = (await busy.getAttribute('aria-label')) ?? '';
    await busy.getByRole('button', { name: `Book ${declined}` }).click();
    await pane.getByRole('alertdialog').getByRole('button', { name: 'Book anyway' }).click();
    await bookingState().getByText(`${declined} is added to this meeting`).waitFor();

    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await bookingState().getByText(`${declined} declined this meeting: the room is not booked.`).waitFor();
    await shoot('booking-declined');

    await bookingState().getByRole('button', { name: 'Find another room' }).click();
    // The same search again, without the declined room, and focus on the results.
    await expect(
      pane.getByRole('heading', { name: 'Rooms' }).evaluate((h) => h === document.activeElement),
    ).resolves.toBe(true);
    await expect(
      results()
        .filter({ has: pane.getByText(declined, { exact: true }) })
        .count(),
    ).resolves.toBe(0);
    const next = results().filter({ hasText: 'Free' }).first();
    const name = (await next.getAttribute('aria-label')) ?? '';
    await next.getByRole('button', { name: `Book ${name}` }).click();
    // The meeting was sent, so the new room replaces the declined one only once it accepted.
    await pane.getByRole('alertdialog').getByRole('button', { name: 'Replace the room' }).click();
    await bookingState().getByText(`${name} accepted: the room is booked.`).waitFor();
    await shoot('booking-rebooked');
  });

  it('announces a change that breaks the booking at the top, with “Find another room”', async () => {
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Discard' }).click()]);
    await page.getByText(/^Signed in as/).waitFor();
    await page.getByLabel('Title', { exact: true }).fill('Team sync');
    await page.getByRole('button', { name: 'Book a room' }).click();
    await search(4);
    const free = results().filter({ hasText: 'Free' }).first();
    const name = (await free.getAttribute('aria-label')) ?? '';
    await free.getByRole('button', { name: `Book ${name}` }).click();
    await bookingState().getByText(`${name} is added to this meeting`).waitFor();

    // In Outlook, the meeting grows past the room's seats.
    const guests = Array.from({ length: 24 }, (_, i) => `guest${i + 1}@contoso.com`).join('; ');
    await page.getByLabel('Required attendees').fill(guests);
    await page.getByLabel('Required attendees').press('Tab');
    await bookingState().getByText(`This change breaks the booking of ${name}`).waitFor();
    await bookingState()
      .getByText(/but the meeting now has 25 people/)
      .waitFor();
    await shoot('booking-broken');

    await bookingState().getByRole('button', { name: 'Find another room' }).first().click();
    await expect(
      pane.getByRole('heading', { name: 'Rooms' }).evaluate((h) => h === document.activeElement),
    ).resolves.toBe(true);
    await expect(
      results()
        .filter({ has: pane.getByText(name, { exact: true }) })
        .count(),
    ).resolves.toBe(0);
  });

  it('books a weekly series whose room clashes on some dates with another room on those dates', async () => {
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Discard' }).click()]);
    await page.getByText(/^Signed in as/).waitFor();
    await page.getByLabel('Title', { exact: true }).fill('Weekly planning');
    await page.getByLabel('Repeat').selectOption('weekly');
    await page.getByRole('button', { name: 'Book a room' }).click();
    await search(4);
    // A room free on most dates of the ten, not all: booked as it is, Exchange would decline it.
    const partly = results()
      .filter({ hasText: /Free for [1-9] of 10 occurrences/ })
      .first();
    const name = (await partly.getAttribute('aria-label')) ?? '';
    await partly.getByRole('button', { name: `Book ${name}` }).click();

    const plan = pane.getByRole('alertdialog');
    await plan.getByText(`Where the meeting is on the dates ${name} is not free:`).waitFor();
    await shootPane(page, 'series-plan');
    await plan.getByRole('button', { name: 'Book with these exceptions' }).click();
    await pane.getByRole('status').getByText(`${name} is added to the series`, { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await bookingState().getByText(`${name} accepted: the room is booked.`).waitFor();
  });
});
