import { screen, waitFor, within } from '@testing-library/react';
import { seededBusy } from '../../../dev/emulator/tenant';
import { DEMO_USER, type RequestLogEntry } from '../../../dev/emulator';
import { searchRooms } from '../../core/roomSearch';
import { defaultCriteria } from '../../core/search';
import { graphSetup } from '../../../test/kit/harness';
import {
  firstResults,
  openFilters,
  searchNow,
  searchWithCapacity,
  waitForStatus,
} from '../../../test/kit/pane/flows';
import {
  editItem,
  invitees,
  itemState,
  outlookItem,
  renderPane,
  roombookProperties,
  savedEventId,
  type RenderedPane,
} from '../../../test/kit/pane/renderPane';

const seatsOf = (item: HTMLElement) => Number(/(\d+) seats/.exec(item.textContent ?? '')?.[1]);
const isFree = (item: HTMLElement) => within(item).queryByText('Free') !== null;

/** The tenant's rooms of 20 seats or more, and those of them the emulator has free at the meeting. */
async function bigRooms(pane: RenderedPane) {
  const { tenant } = pane.emulator;
  const slot = await pane.appointment.read();
  const big = tenant.rooms.filter((room) => room.capacity >= 20);
  const free = big.filter((room) => seededBusy(tenant.seed, room.emailAddress, slot).length === 0);
  // The fixture has both kinds, so "free first" is a real check.
  expect(free.length).toBeGreaterThan(0);
  expect(free.length).toBeLessThan(big.length);
  return { slot, big, free };
}

/** The free rooms, exactly those the emulator has free, come before every other room. */
function expectFreeFirst(items: HTMLElement[], free: readonly { displayName: string }[]): void {
  const freeFlags = items.map(isFree);
  expect(freeFlags).toEqual([...freeFlags].sort((a, b) => Number(b) - Number(a)));
  expect(
    items
      .filter(isFree)
      .map((item) => item.getAttribute('aria-label'))
      .sort(),
  ).toEqual(free.map((room) => room.displayName).sort());
}
/** The Graph requests of a log, each as method, path and body ($batch envelopes by path only), sorted. */
const requestsOf = (log: readonly RequestLogEntry[]) =>
  log
    .map((e) => `${e.method} ${e.url} ${e.url === '/v1.0/$batch' ? '' : JSON.stringify(e.body ?? null)}`)
    .sort();

// Each test renders the whole pane over the emulator (as BookConfirm's do): slow on a shared machine.
jest.setTimeout(30_000);

describe('BookView', () => {
  it('shows the appointment as Outlook has it and defaults the capacity to attendees + organizer', async () => {
    await renderPane({ appointment: { subject: 'Quarterly planning', attendeeCount: 5, location: 'Teams' } });

    const summary = await screen.findByRole('region', { name: 'This meeting: Quarterly planning' });
    // 10:00–11:00 UTC shown in the appointment's zone, Europe/Berlin.
    expect(summary).toHaveTextContent(/Wed, Mar 4, 2026, 11:00\sAM – 12:00\sPM/);
    expect(summary).toHaveTextContent('5 attendees besides you');
    expect(summary).toHaveTextContent('Location: Teams');
    // Folded into the filters' one-line summary, which opens on click.
    expect(screen.getByRole('button', { name: /^Filters: 6\+ seats · All buildings$/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('recomputes the capacity default when the attendees change in Outlook, unless the user chose one', async () => {
    const pane = await renderPane({ appointment: { attendeeCount: 3 } });
    await openFilters(pane);
    const spin = await screen.findByRole('spinbutton', { name: 'Minimum capacity' });
    expect(spin).toHaveValue('4');

    await editItem(pane, { required: invitees(7) });
    await waitFor(() => expect(spin).toHaveValue('8'));
    expect(screen.getByRole('region', { name: /This meeting/ })).toHaveTextContent('7 attendees besides you');

    await pane.user.clear(spin);
    await pane.user.type(spin, '12');
    await pane.user.tab();
    await editItem(pane, { required: invitees(2) });
    await waitFor(() =>
      expect(screen.getByRole('region', { name: /This meeting/ })).toHaveTextContent(
        '2 attendees besides you',
      ),
    );
    expect(spin).toHaveValue('12');
  });

  it('opens on ranked rooms with their availability, no click, after one search’s worth of Graph requests', async () => {
    const pane = await renderPane({ appointment: { attendeeCount: 19 } });

    const list = await firstResults();

    const { slot, big, free } = await bigRooms(pane);
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('aria-label')).sort()).toEqual(
      big.map((room) => room.displayName).sort(),
    );
    expectFreeFirst(items, free);
    // Said politely once, in the status region; the results do not take focus: nobody asked yet.
    expect(screen.getByRole('status')).toHaveTextContent(
      new RegExp(`^${big.length} rooms shown of ${big.length} that match\\.$`),
    );
    expect(screen.getByRole('heading', { name: 'Rooms' })).not.toHaveFocus();

    // Once the whole directory is read too: what reading the directory and one search send, no more.
    await screen.findByText('Room directory read this minute', {}, { timeout: 15_000 });
    const once = graphSetup({ roomCount: 60 });
    await Promise.all([once.directory.listRoomLists(), once.directory.listRooms()]);
    await searchRooms(once, { appointment: slot, criteria: defaultCriteria(slot) });
    expect(requestsOf(pane.emulator.requestLog())).toEqual(requestsOf(once.emulator.requestLog()));
  });

  it('lists only rooms with enough seats, free ones first, each a list item with its Book button', async () => {
    const pane = await renderPane();
    const list = await searchWithCapacity(pane, 20);

    const { big, free } = await bigRooms(pane);

    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(big.length);
    for (const room of big) {
      const item = within(list).getByRole('listitem', { name: room.displayName });
      expect(within(item).getByRole('button', { name: `Book ${room.displayName}` })).toBeEnabled();
    }
    expect(items.every((item) => seatsOf(item) >= 20)).toBe(true);
    expectFreeFirst(items, free);
    expect(screen.getByRole('status')).toHaveTextContent(
      `${big.length} rooms shown of ${big.length} that match.`,
    );
    // The results take focus after the search, so they are what a keyboard or screen-reader user meets next.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Rooms' })).toHaveFocus());
  });

  it('leaves focus where it is when a change in Outlook refreshes the results', async () => {
    const pane = await renderPane();
    await searchWithCapacity(pane, 4);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Rooms' })).toHaveFocus());
    const text = screen.getByRole('searchbox', { name: 'Search text' });
    await pane.user.click(text);
    const schedules = () => pane.emulator.requestLog().filter((r) => r.url.includes('getSchedule')).length;
    const before = schedules();
    await editItem(pane, { end: new Date('2026-03-04T11:30:00Z') });
    await waitFor(() => expect(schedules()).toBeGreaterThan(before));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/that match/));
    expect(text).toHaveFocus();
  });

  it('narrows the results by the search text; Enter in the search box searches', async () => {
    const pane = await renderPane({ appointment: { attendeeCount: 1 } });
    await firstResults();

    await pane.user.type(screen.getByRole('searchbox', { name: 'Search text' }), 'juniper{Enter}');

    await waitFor(() => expect(screen.getByRole('button', { name: 'Search rooms' })).toBeEnabled());
    const list = screen.getByRole('list', { name: 'Rooms' });
    const expected = pane.emulator.tenant.rooms
      .filter((room) => room.displayName.startsWith('Juniper') && room.capacity >= 2)
      .map((room) => room.displayName);
    expect(expected.length).toBeGreaterThan(1);
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('aria-label'))
        .sort(),
    ).toEqual(expected.sort());
  });

  it('says it is waiting while Outlook (cached mode) syncs the new meeting, then books it', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const pane = await renderPane({ syncDelayMs: 2000, beforeSleep: () => held });
    const list = await searchWithCapacity(pane, 20);
    const first = within(list).getAllByRole('listitem')[0];
    if (!first) throw new Error('no result');
    const name = first.getAttribute('aria-label') ?? '';
    await pane.user.click(within(first).getByRole('button', { name: `Book ${name}` }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Waiting for Outlook to sync the meeting to your mailbox…',
      ),
    );
    release();
    await waitForStatus(`${name} is added`);
    expect(await roombookProperties(pane.emulator, savedEventId(pane) ?? '')).toMatchObject({
      ResourceLocation: expect.stringContaining(name),
    });
  });

  it('warns when the client did not invite the booked room, and invites it on request', async () => {
    const pane = await renderPane({ roomLocations: 'locationOnly' });
    const list = await searchWithCapacity(pane, 20);
    const first = within(list).getAllByRole('listitem')[0];
    if (!first) throw new Error('no result');
    const name = first.getAttribute('aria-label') ?? '';
    await pane.user.click(within(first).getByRole('button', { name: `Book ${name}` }));
    // Shown once the booking ended: more than findBy's default second on a loaded machine.
    const invite = await screen.findByRole('button', { name: 'Invite the room' }, { timeout: 10_000 });
    expect(screen.getByText(/is not invited, so it will not be reserved/)).toBeInTheDocument();
    await pane.user.click(invite);
    await waitForStatus('is invited');
    expect(screen.queryByRole('button', { name: 'Invite the room' })).toBeNull();
    const item = await outlookItem(pane.emulator, savedEventId(pane) ?? '');
    expect(item.attendees.filter((a) => a.type === 'resource')).toHaveLength(1);
  });

  it('books a room through Outlook, announces it, and writes Roombook’s properties on the event', async () => {
    const pane = await renderPane();
    const list = await searchWithCapacity(pane, 20);
    const first = within(list).getAllByRole('listitem')[0];
    if (!first) throw new Error('no result');
    const name = first.getAttribute('aria-label') ?? '';
    const room = pane.emulator.tenant.rooms.find((r) => r.displayName === name);
    if (!room) throw new Error(`no room named ${name}`);

    await pane.user.click(within(first).getByRole('button', { name: `Book ${name}` }));

    await waitForStatus(`${name} is added to this meeting. Send the meeting so the room can confirm.`);
    expect(itemState(pane)).toEqual({
      rooms: [room.emailAddress.toLowerCase()],
      saved: true,
      notification: `Roombook: ${name} added. Send the meeting so the room confirms.`,
    });
    expect(within(first).getByText('Booked')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /This meeting/ })).toHaveTextContent(
      `Room: ${name}, Floor ${room.floorNumber}, ${room.building}`,
    );

    const eventId = savedEventId(pane);
    if (!eventId) throw new Error('the item was not saved');
    const properties = await roombookProperties(pane.emulator, eventId);
    expect(properties).toEqual({
      ResourceId: room.id,
      ResourceMailbox: room.emailAddress,
      ResourceLocation: `${name}, Floor ${room.floorNumber}, ${room.building}`,
      Capacity: String(room.capacity),
      SearchAttributes: expect.stringContaining('20'),
      AddinVersion: '1.0.0.0',
      OwnerEmail: DEMO_USER,
    });
    expect(pane.emulator.requestLog().filter((entry) => entry.method === 'PATCH')).toHaveLength(1);
  });
});

describe('BookView when Graph fails', () => {
  it('says why the search on opening failed, and the Search button still searches', async () => {
    // The rooms' first four pages (one $batch) are refused once: the directory, and so the search, fail.
    const pane = await renderPane({ faults: [{ pathPattern: '/places/', status: 403, count: 4 }] });

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'The room directory could not be read. Microsoft 365 refused access. Ask your administrator to grant Roombook the permission Place.Read.All.',
      ),
    );
    expect(screen.getByRole('region', { name: /This meeting/ })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Rooms' })).toBeNull();

    const list = await searchNow(pane);
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(screen.getByRole('status')).toHaveTextContent(/rooms shown of \d+ that match\.$/);
    expect(pane.emulator.requestLog().filter((entry) => entry.status === 403)).toHaveLength(4);
  });

  it('shows a clear message, not a blank pane, when the room directory cannot be read', async () => {
    const pane = await renderPane({ faults: [{ pathPattern: '/places/', status: 503 }] });

    const status = screen.getByRole('status');
    expect(
      await within(status).findByText(
        'The room directory could not be read. Microsoft 365 is not answering right now. Try again in a moment.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /This meeting/ })).toBeInTheDocument();
    expect(pane.emulator.requestLog().some((entry) => entry.status === 503)).toBe(true);
  });

  it('calls no room free when availability cannot be read, and offers other times', async () => {
    const pane = await renderPane({ faults: [{ pathPattern: 'getSchedule', status: 403 }] });

    const list = await searchWithCapacity(pane, 20);

    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(within(item).getByText('Availability unknown')).toBeInTheDocument();
      expect(isFree(item)).toBe(false);
    }
    expect(screen.getByRole('button', { name: 'Suggest other times' })).toBeEnabled();
  });

  it('takes the room off again and says nothing changed when writing the booking fails', async () => {
    const pane = await renderPane({
      faults: [{ method: 'PATCH', pathPattern: '/me/events/', status: 409 }],
    });
    const list = await searchWithCapacity(pane, 20);
    const first = within(list).getAllByRole('listitem')[0];
    if (!first) throw new Error('no result');
    const name = first.getAttribute('aria-label') ?? '';
    const email = pane.emulator.tenant.rooms.find((r) => r.displayName === name)?.emailAddress;
    // The rooms Exchange held each time Outlook saved (or re-read) the item.
    const exchangeRooms: string[][] = [];
    let last = pane.outlook.mailbox.savedState();
    pane.outlook.mailbox.subscribe(() => {
      const saved = pane.outlook.mailbox.savedState();
      if (saved && saved !== last) exchangeRooms.push(Object.keys(saved.roomResponses));
      last = saved;
    });

    await pane.user.click(within(first).getByRole('button', { name: `Book ${name}` }));

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'The meeting changed meanwhile. Try again. Nothing was changed on your meeting.',
      ),
    );
    // Outlook got the room, the save, and then the room taken off again; nothing was written.
    expect(itemState(pane)).toEqual({ rooms: [], saved: true, notification: null });
    expect((await pane.appointment.read()).roomEmails).toEqual([]);
    const eventId = savedEventId(pane);
    if (!eventId) throw new Error('the item was not saved');
    expect(exchangeRooms[0]).toEqual([email]);
    expect(
      (await outlookItem(pane.emulator, eventId)).attendees.filter((a) => a.type === 'resource'),
    ).toEqual([]);
    expect(await roombookProperties(pane.emulator, eventId)).toEqual({});
    expect(within(first).queryByText('Booked')).not.toBeInTheDocument();
    expect(within(first).getByRole('button', { name: `Book ${name}` })).toBeEnabled();
  });
});
