// A booking made in an earlier opening of the pane, for a test's `prepare`: a room free at the
// meeting, booked through core as the pane books, so the pane under test opens on a booked meeting.
import { DEMO_USER } from '../../../dev/emulator';
import { seededBusy } from '../../../dev/emulator/tenant';
import { bookRoom } from '../../../src/core/booking';
import type { Room } from '../../../src/core/model';
import { defaultCriteria } from '../../../src/core/search';
import type { PaneHarness } from './renderPane';

/** Books the first room of 4 seats or more that the seeded tenant has free at the meeting. */
export async function bookInEarlierOpening(harness: PaneHarness): Promise<Room> {
  const item = await harness.services.appointment.read();
  const rooms = await harness.services.directory.listRooms();
  const room = rooms.find(
    (r) => (r.capacity ?? 0) >= 4 && seededBusy(harness.emulator.tenant.seed, r.email, item).length === 0,
  );
  if (!room) throw new Error('the seeded tenant has no free room of 4 seats');
  await bookRoom(harness.services, {
    room,
    criteria: defaultCriteria(item),
    addinVersion: '1.0.0.0',
    ownerEmail: DEMO_USER,
    previous: null,
    notification: (r) => `${r.displayName} added`,
  });
  return room;
}
