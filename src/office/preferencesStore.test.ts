import { graphSetup, installOutlook, uninstallOutlook } from '../../test/kit/harness';
import { NO_PREFERENCES } from '../core/preferences';
import { createPreferencesStore } from './preferencesStore';

afterEach(uninstallOutlook);

describe('preferences store (roaming settings)', () => {
  it('saves, reads back and forgets favourites and filters', async () => {
    const outlook = installOutlook(graphSetup().emulator);
    const store = createPreferencesStore();
    const preferences = {
      favourites: ['room-a@contoso.com'],
      filters: { roomList: 'building-a@contoso.com', floor: null, features: ['video' as const], tags: [] },
    };
    await store.save(preferences);
    expect(outlook.mailbox.storedSetting('roombook.preferences')).toEqual(preferences);
    await expect(store.get()).resolves.toEqual(preferences);
    await store.clear();
    await expect(store.get()).resolves.toEqual(NO_PREFERENCES);
  });

  it('reads only what is valid from settings another version or client wrote', async () => {
    const outlook = installOutlook(graphSetup().emulator);
    outlook.mailbox.setSetting('roombook.preferences', {
      favourites: ['Room-B@Contoso.com', 42, null],
      filters: { roomList: 7, floor: '2', features: ['video', 'teleporter'], tags: 'x' },
    });
    await expect(createPreferencesStore().get()).resolves.toEqual({
      favourites: ['room-b@contoso.com'],
      filters: { roomList: null, floor: '2', features: ['video'], tags: [] },
    });
  });
});
