import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulatorTokenProvider } from './emulatorTokens';

const token = (exp: number) => `e30.${btoa(JSON.stringify({ exp })).replace(/=+$/, '')}.`;

describe('emulator token provider', () => {
  it('caches the token until shortly before it expires', async () => {
    let now = 1_000_000_000;
    const fetch = jest.fn(
      async () => new Response(JSON.stringify({ access_token: token(now / 1000 + 3600) })),
    );
    const provider = createEmulatorTokenProvider({
      tokenUrl: 'http://e/_emulator/token',
      fetch,
      now: () => now,
    });
    await provider.getToken(['User.Read']);
    await provider.getToken(['Place.Read.All']);
    expect(fetch).toHaveBeenCalledTimes(1);
    now += 3_590_000;
    await provider.getToken(['User.Read']);
    expect(fetch).toHaveBeenCalledTimes(2);
    await provider.signOut();
    await provider.getToken(['User.Read']);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('turns an unreachable endpoint into a network error', async () => {
    const provider = createEmulatorTokenProvider({
      tokenUrl: 'http://e',
      fetch: async () => Promise.reject(new TypeError('down')),
    });
    await expect(provider.getToken([])).rejects.toMatchObject({ kind: 'network' });
  });
});

describe('token storage', () => {
  it('no source file outside tests touches localStorage or sessionStorage', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (
          /\.tsx?$/.test(name) &&
          !/\.test\.tsx?$/.test(name) &&
          /\b(localStorage|sessionStorage)\b/.test(readFileSync(path, 'utf8'))
        )
          offenders.push(path);
      }
    };
    walk(join(__dirname, '..'));
    expect(offenders).toEqual([]);
  });
});
