import { createEmulator } from './index';
import { client } from './testClient';
import { readSample } from '../../test/kit/graphSamples';

const sample = (name: string) => JSON.parse(readSample(name)) as { value: Record<string, unknown>[] };

describe('places', () => {
  const emulator = createEmulator({ seed: 7, roomCount: 250 });
  const call = client(emulator);

  it('counts against the mailbox’s four concurrent requests, as an Outlook resource', async () => {
    const slow = createEmulator({ seed: 7, roomCount: 250, latencyMs: 20 });
    const slowCall = client(slow);
    const answers = await Promise.all(
      [0, 1, 2, 3, 4].map((i) =>
        slowCall('GET', `/v1.0/places/microsoft.graph.room?$top=10&$skip=${i * 10}`),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 429]);
  });

  it('pages rooms 100 at a time with $count and no nextLink, like the real service', async () => {
    const first = await call('GET', '/v1.0/places/microsoft.graph.room?$count=true');
    expect(first.status).toBe(200);
    expect(first.json['@odata.count']).toBe(250);
    expect(first.json.value).toHaveLength(100);
    expect(first.json['@odata.nextLink']).toBeUndefined();
    const last = await call('GET', '/v1.0/places/microsoft.graph.room?$top=100&$skip=200');
    expect(last.json.value).toHaveLength(50);
    const ids = new Set<string>();
    for (const skip of [0, 100, 200]) {
      const page = await call('GET', `/v1.0/places/microsoft.graph.room?$top=100&$skip=${skip}`);
      for (const room of page.json.value as { id: string }[]) ids.add(room.id);
    }
    expect(ids.size).toBe(250);
  });

  it("answers with every field of Microsoft's documented room", async () => {
    const documented = sample('places-rooms.response.json').value[0] ?? {};
    const page = await call('GET', '/v1.0/places/microsoft.graph.room?$top=1');
    const room = (page.json.value as Record<string, unknown>[])[0] ?? {};
    const expected = Object.keys(documented).filter((key) => key !== 'isManaged' && key !== 'displayDevice');
    expect(Object.keys(room)).toEqual(
      expect.arrayContaining([...expected, 'displayDeviceName', 'floorLabel']),
    );
    const lists = await call('GET', '/v1.0/places/microsoft.graph.roomlist');
    const documentedList = sample('places-roomlists.response.json').value[0] ?? {};
    expect(Object.keys((lists.json.value as Record<string, unknown>[])[0] ?? {})).toEqual(
      expect.arrayContaining(Object.keys(documentedList)),
    );
  });

  it('lists the rooms of one room list by its address', async () => {
    const lists = (await call('GET', '/v1.0/places/microsoft.graph.roomlist')).json.value as {
      emailAddress: string;
      displayName: string;
    }[];
    expect(lists.length).toBeGreaterThanOrEqual(3);
    const [first] = lists;
    const rooms = await call(
      'GET',
      `/v1.0/places/${first?.emailAddress}/microsoft.graph.roomlist/rooms?$top=500`,
    );
    const value = rooms.json.value as { building: string }[];
    expect(value.length).toBeGreaterThan(0);
    expect(value.every((room) => room.building === first?.displayName)).toBe(true);
  });

  it('filters and selects', async () => {
    const result = await call(
      'GET',
      "/v1.0/places/microsoft.graph.room?$filter=capacity ge 20 and building eq 'Building B'&$select=displayName,capacity&$top=500",
    );
    const value = result.json.value as Record<string, unknown>[];
    expect(value.length).toBeGreaterThan(0);
    for (const room of value) {
      expect(Number(room.capacity)).toBeGreaterThanOrEqual(20);
      expect(Object.keys(room).sort()).toEqual(['capacity', 'displayName', 'id']);
    }
    expect((await call('GET', '/v1.0/places/microsoft.graph.room?$filter=capacity gee 2')).status).toBe(400);
  });

  it('rejects a request without a valid token with 401 in Graph error shape', async () => {
    const response = await emulator.fetch('http://x/v1.0/places/microsoft.graph.room');
    expect(response.status).toBe(401);
    const body = (await response.json()) as {
      error: { code: string; message: string; innerError: Record<string, string> };
    };
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(body.error.innerError['request-id']).toBe(response.headers.get('request-id'));
    const forged = await emulator.fetch('http://x/v1.0/me', {
      headers: { authorization: 'Bearer not.a.token' },
    });
    expect(forged.status).toBe(401);
  });

  it('seeds deterministically and scales to 20,000 rooms', () => {
    const again = createEmulator({ seed: 7, roomCount: 250 });
    expect(again.tenant.rooms.map((r) => r.id)).toEqual(emulator.tenant.rooms.map((r) => r.id));
    const large = createEmulator({ seed: 3, roomCount: 20_000 });
    expect(large.tenant.rooms).toHaveLength(20_000);
    expect(new Set(large.tenant.rooms.map((r) => r.emailAddress)).size).toBe(20_000);
  });
});
