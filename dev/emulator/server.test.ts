import { startEmulatorServer, type RunningEmulator } from './server';

describe('the emulator over HTTP', () => {
  let running: RunningEmulator;
  beforeAll(async () => {
    running = await startEmulatorServer({ port: 0, seed: 3 });
  });
  afterAll(() => running.close());

  it('answers a CORS preflight as Graph does for browsers', async () => {
    const response = await fetch(`${running.url}/v1.0/me/events`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:3000',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    // Logged, so a browser run can count what preflights cost it.
    expect(running.emulator.requestLog().at(-1)).toMatchObject({ method: 'OPTIONS', url: '/v1.0/me/events' });
    expect(running.emulator.traffic().preflights).toBe(1);
  });

  it('serves tokens and Graph requests', async () => {
    const { access_token: token } = (await (await fetch(`${running.url}/_emulator/token`)).json()) as {
      access_token: string;
    };
    const me = await fetch(`${running.url}/v1.0/me?$select=mail`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { mail: string }).mail).toBe('megan.bowen@contoso.com');
    expect(me.headers.get('access-control-expose-headers')).toMatch(/request-id/);
  });

  it('drops the connection on an injected fault', async () => {
    await fetch(`${running.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ pathPattern: '/me', drop: true, count: 1 }),
    });
    const { access_token: token } = (await (await fetch(`${running.url}/_emulator/token`)).json()) as {
      access_token: string;
    };
    await expect(
      fetch(`${running.url}/v1.0/me`, { headers: { Authorization: `Bearer ${token}` } }),
    ).rejects.toThrow();
  });
});
