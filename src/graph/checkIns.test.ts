// The check-in adapter's reading of Graph's answers, including ones it must not believe.
import { createCheckIns } from './checkIns';
import { createGraphClient } from './client/client';

const ICAL =
  '040000008200E00074C5B7101A82E00800000000D02AC02D26EFDB010000000000000000100000005A18ADA04F0A24489AE13ED3CC367978';
const CLAIM = {
  '@odata.type': '#microsoft.graph.checkInClaim',
  calendarEventId: ICAL,
  checkInMethod: 'manual',
  createdDateTime: '2025-06-28T12:34:56.789Z',
};

function checkInsAnswering(status: number, body: unknown) {
  const requests: { url: string; method: string; body: unknown }[] = [];
  const client = createGraphClient({
    baseUrl: 'http://graph.test/v1.0',
    tokens: { getToken: async () => 'token', signOut: async () => undefined },
    fetch: async (url, init) => {
      requests.push({
        url: String(url),
        method: init?.method ?? 'GET',
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
      });
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    },
    sleep: async () => undefined,
  });
  return { checkIns: createCheckIns(client), requests };
}

describe('Places check-ins', () => {
  it('posts only the event’s iCalUId and a manual method to the room’s place, and reads the 201 claim', async () => {
    const { checkIns, requests } = checkInsAnswering(201, CLAIM);
    await expect(checkIns.checkIn('c8aaf4d8-6c73-46c4-bf28-b2adadafb5be', ICAL)).resolves.toEqual(
      new Date(CLAIM.createdDateTime),
    );
    expect(requests).toEqual([
      {
        url: 'http://graph.test/v1.0/places/c8aaf4d8-6c73-46c4-bf28-b2adadafb5be/checkIns',
        method: 'POST',
        body: { calendarEventId: ICAL, checkInMethod: 'manual' },
      },
    ]);
  });

  it('reads a claim as the documented sample wraps it in value, and unwrapped too', async () => {
    for (const body of [{ value: CLAIM }, CLAIM]) {
      const { checkIns, requests } = checkInsAnswering(200, body);
      await expect(checkIns.checkedIn('room-1', ICAL)).resolves.toEqual(new Date(CLAIM.createdDateTime));
      expect(requests[0]?.url).toBe(`http://graph.test/v1.0/places/room-1/checkIns/${ICAL}`);
    }
  });

  it('takes 404 as nobody checked in', async () => {
    const { checkIns } = checkInsAnswering(404, { error: { code: 'ErrorItemNotFound', message: 'x' } });
    await expect(checkIns.checkedIn('room-1', ICAL)).resolves.toBeNull();
  });

  it('does not believe a claim for another event or with an unreadable time', async () => {
    for (const claim of [
      { ...CLAIM, calendarEventId: 'another' },
      { ...CLAIM, createdDateTime: 'yesterday' },
      { ...CLAIM, createdDateTime: '2025-06-28T12:34:56' },
    ]) {
      const { checkIns } = checkInsAnswering(200, { value: claim });
      await expect(checkIns.checkedIn('room-1', ICAL)).rejects.toMatchObject({ kind: 'invalidResponse' });
    }
  });
});
