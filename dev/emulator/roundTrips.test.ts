import { createEmulator } from './index';
import { client, FIXED_NOW } from './testClient';

describe('round trips counted from the request log', () => {
  const emulator = createEmulator({ seed: 3, latencyMs: 5, now: () => FIXED_NOW });
  const call = client(emulator);
  const page = (skip: number) => call('GET', `/v1.0/places/microsoft.graph.room?$top=10&$skip=${skip}`);
  beforeEach(() => emulator.reset());

  it('counts requests sent one after another as one round trip each', async () => {
    await page(0);
    await page(10);
    await page(20);
    expect(emulator.traffic()).toEqual({
      requests: 3,
      batched: 0,
      preflights: 0,
      roundTrips: 3,
      peakInFlight: 1,
    });
  });

  it('counts requests in flight together as one round trip', async () => {
    await Promise.all([page(0), page(10), page(20)]);
    expect(emulator.traffic()).toMatchObject({ requests: 3, roundTrips: 1, peakInFlight: 3 });
  });

  it('counts a $batch as one round trip whatever it carries, and from a given entry on', async () => {
    await page(0);
    const from = emulator.requestLog().length;
    await call('POST', '/v1.0/$batch', {
      requests: [0, 10, 20, 30, 40].map((skip, i) => ({
        id: String(i),
        method: 'GET',
        url: `/places/microsoft.graph.room?$top=10&$skip=${skip}`,
      })),
    });
    expect(emulator.traffic(from)).toMatchObject({ requests: 1, batched: 5, roundTrips: 1 });
    expect(emulator.traffic()).toMatchObject({ requests: 2, roundTrips: 2 });
  });

  it('counts a CORS preflight before its request as a round trip of its own', async () => {
    emulator.recordPreflight('/v1.0/$batch');
    await page(0);
    expect(emulator.traffic()).toMatchObject({ requests: 2, preflights: 1, roundTrips: 2 });
  });
});
