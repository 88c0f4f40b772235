// Every matching room gets availability: the first round trip is shown, the rest is checked in the
// background, and a free room found there is announced and joins the list when the user asks.
import { screen, waitFor, within } from '@testing-library/react';
import { seededBusy, type TenantRoom } from '../../../dev/emulator/tenant';
import { graphCalls, occupy } from '../../../test/kit/harness';
import { searchWithCapacity } from '../../../test/kit/pane/flows';
import { renderPane } from '../../../test/kit/pane/renderPane';

const isFree = (item: HTMLElement) => within(item).queryByText('Free') !== null;

describe('CheckedRooms', () => {
  it('finds the only free room beyond the first round trip and shows it when asked, first', async () => {
    const chosen: { matching: TenantRoom[]; target?: TenantRoom } = { matching: [] };
    // The rooms are made busy before the pane opens: it searches (capacity 4) as soon as it does.
    const pane = await renderPane({
      emulator: { roomCount: 120 },
      appointment: { attendeeCount: 3 },
      prepare: async ({ emulator, appointment }) => {
        const { tenant } = emulator;
        const slot = await appointment.read();
        chosen.matching = tenant.rooms.filter((room) => room.capacity >= 4);
        const seededFree = chosen.matching.filter(
          (room) => seededBusy(tenant.seed, room.emailAddress, slot).length === 0,
        );
        // The largest free room fits worst, so the search checks it last.
        const largest = seededFree.reduce((a, b) => (b.capacity > a.capacity ? b : a));
        chosen.target = largest;
        for (const room of seededFree)
          if (room !== largest) await occupy(emulator, room.emailAddress, slot.start, slot.end);
      },
    });
    const { matching, target } = chosen;
    if (!target) throw new Error('the tenant was not prepared');
    expect(matching.filter((room) => room.capacity < target.capacity).length).toBeGreaterThan(80);

    const list = await screen.findByRole('list', { name: 'Rooms' }, { timeout: 10_000 });
    await screen.findByText(
      `Availability checked for all ${matching.length} rooms.`,
      {},
      { timeout: 10_000 },
    );

    // The first results came from one round trip of the 80 best-fitting rooms; the rest followed,
    // each room asked once: one search's worth, with no click.
    const asked = graphCalls(pane.emulator, 'POST', /getSchedule/).map(
      (call) => (call.body as { schedules: string[] }).schedules,
    );
    expect(asked.slice(0, 4).flat()).toHaveLength(80);
    expect(asked.slice(0, 4).flat()).not.toContain(target.emailAddress);
    expect(asked.flat().sort()).toEqual(matching.map((room) => room.emailAddress).sort());

    // Held, not slipped into the list under the pointer: the list has no free room yet.
    expect(within(list).getAllByRole('listitem').filter(isFree)).toHaveLength(0);
    expect(within(list).queryByRole('listitem', { name: target.displayName })).toBeNull();
    expect(screen.getByText('1 more free room found.')).toBeInTheDocument();

    await pane.user.click(screen.getByRole('button', { name: 'Show in the list' }));
    const first = within(list).getAllByRole('listitem')[0];
    expect(first).toHaveAccessibleName(target.displayName);
    expect(first && isFree(first)).toBe(true);
    expect(within(list).getAllByRole('listitem')).toHaveLength(matching.length);
    expect(screen.queryByRole('button', { name: 'Show in the list' })).toBeNull();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Rooms' })).toHaveFocus());
  }, 120_000);

  it('stops checking when the pane closes', async () => {
    const pane = await renderPane({ emulator: { roomCount: 300, latencyMs: 50 } });
    const schedules = () => graphCalls(pane.emulator, 'POST', /getSchedule/).length;
    // The search the pane runs on opening.
    await screen.findByText(/^Availability checked for 80 of \d+ rooms…$/, {}, { timeout: 10_000 });
    pane.unmount();
    const atClose = schedules();
    await new Promise((resolve) => setTimeout(resolve, 500));
    // The round trip under way when the pane closed may finish; nothing after it starts.
    expect(schedules()).toBeLessThanOrEqual(atClose + 4);
    const matching = pane.emulator.tenant.rooms.filter((room) => room.capacity >= 4).length;
    expect(schedules()).toBeLessThan(4 + Math.ceil((matching - 80) / 20));
  }, 60_000);

  it('stops checking the rooms of a search the user replaced', async () => {
    const pane = await renderPane({ emulator: { roomCount: 300, latencyMs: 50 } });
    // The search the pane runs on opening, still checking in the background when the user replaces it.
    await screen.findByText(/^Availability checked for 80 of \d+ rooms…$/, {}, { timeout: 10_000 });

    await searchWithCapacity(pane, 30);
    const big = pane.emulator.tenant.rooms.filter((room) => room.capacity >= 30);
    await screen.findByText(`Availability checked for all ${big.length} rooms.`);

    // Once the new search asked its first question, no room of the old search only was asked about.
    const calls = graphCalls(pane.emulator, 'POST', /getSchedule/);
    const bigEmails = new Set(big.map((room) => room.emailAddress));
    const firstNew = calls.find((call) =>
      (call.body as { schedules: string[] }).schedules.every((email) => bigEmails.has(email)),
    );
    if (!firstNew) throw new Error('the new search asked nothing');
    const after = calls.filter((call) => call.startMs > firstNew.startMs);
    for (const call of after)
      expect((call.body as { schedules: string[] }).schedules.every((email) => bigEmails.has(email))).toBe(
        true,
      );
    // And the old search had more to check than it did.
    const matching = pane.emulator.tenant.rooms.filter((room) => room.capacity >= 4).length;
    expect(calls.length - after.length - 1).toBeLessThan(Math.ceil(matching / 20));
  }, 120_000);
});
