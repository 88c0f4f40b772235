// The kept directory over the real Graph directory, the in-process emulator and IndexedDB (fake-indexeddb).
import { IDBFactory } from 'fake-indexeddb';
import { createEmulator } from '../../dev/emulator';
import { createGraphClient } from './client/client';
import { indexedDbSnapshots } from './directoryIdb';
import { FRESH_MS, keptDirectory } from './directoryStore';
import { createRoomDirectory } from './places';

function setup(options: { factory?: IDBFactory; key?: string; at?: () => Date } = {}) {
  const emulator = createEmulator({ seed: 4, roomCount: 250, latencyMs: 2 });
  const client = createGraphClient({
    baseUrl: 'http://emulator.test/v1.0',
    tokens: { getToken: async () => emulator.tokenFor(), signOut: async () => undefined },
    fetch: (url, init) => emulator.fetch(url, init),
  });
  const factory = options.factory ?? new IDBFactory();
  const store = indexedDbSnapshots(factory, options.key ?? 'tenant|megan@contoso.com');
  const open = () =>
    keptDirectory({
      open: () => createRoomDirectory(client),
      store,
      ...(options.at ? { now: options.at } : {}),
    });
  return { emulator, factory, store, open };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the directory kept on the device', () => {
  it('reads Graph on the first opening, keeps it, and a later opening shows it with no Graph request', async () => {
    const first = setup();
    const pane = first.open();
    expect(await pane.readAt()).toBeNull();
    const rooms = await pane.listRooms();
    expect(rooms).toHaveLength(250);
    await settle();
    expect(await pane.readAt()).toBeInstanceOf(Date);

    const before = first.emulator.requestLog().length;
    const reopened = first.open();
    const [lists, again] = await Promise.all([reopened.listRoomLists(), reopened.listRooms()]);
    expect(again).toEqual(rooms);
    expect(lists.length).toBeGreaterThan(0);
    await settle();
    expect(first.emulator.requestLog().length).toBe(before);
  });

  it('reads Graph again in the background when what it kept is old, and tells its listeners', async () => {
    let clock = new Date('2026-03-04T08:00:00Z');
    const tenant = setup({ at: () => clock });
    await tenant.open().listRooms();
    await settle();
    clock = new Date(clock.getTime() + FRESH_MS + 1);

    const reopened = tenant.open();
    const changed = jest.fn();
    reopened.subscribe(changed);
    const before = tenant.emulator.requestLog().length;
    // Shown at once from the device, the old date with it…
    expect(await reopened.listRooms()).toHaveLength(250);
    expect((await reopened.readAt())?.toISOString()).toBe('2026-03-04T08:00:00.000Z');
    // …then read again behind it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(tenant.emulator.requestLog().length).toBeGreaterThan(before);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(await reopened.readAt()).toEqual(clock);
  });

  it('reads Graph again when the user refreshes', async () => {
    const tenant = setup();
    const pane = tenant.open();
    await pane.listRooms();
    await settle();
    const before = tenant.emulator.requestLog().length;
    await pane.refresh();
    expect(tenant.emulator.requestLog().length).toBeGreaterThan(before);
  });

  it('keeps one directory per tenant and user, and forgets it on the device', async () => {
    const factory = new IDBFactory();
    const megan = setup({ factory, key: 'tenant|megan@contoso.com' });
    await megan.open().listRooms();
    await settle();
    expect(await megan.store.read()).not.toBeNull();
    expect(await indexedDbSnapshots(factory, 'tenant|alex@contoso.com').read()).toBeNull();

    const pane = megan.open();
    await pane.listRooms();
    await pane.forget();
    expect(await megan.store.read()).toBeNull();
    expect(await pane.readAt()).toBeNull();
  });

  it('ignores a record it did not write', async () => {
    const tenant = setup();
    await tenant.open().listRooms();
    await settle();
    const database = await new Promise<IDBDatabase>((resolve) => {
      const opening = tenant.factory.open('roombook', 1);
      opening.onsuccess = () => resolve(opening.result);
    });
    await new Promise((resolve) => {
      const put = database
        .transaction('directory', 'readwrite')
        .objectStore('directory')
        .put({ version: 0, rooms: 'x' }, 'tenant|megan@contoso.com');
      put.onsuccess = resolve;
    });
    expect(await tenant.store.read()).toBeNull();
  });
});
