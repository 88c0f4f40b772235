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
    await provider.getToken(['Calendars.ReadWrite']);
    await provider.getToken(['Place.Read.All']);
    expect(fetch).toHaveBeenCalledTimes(1);
    now += 3_590_000;
    await provider.getToken(['Calendars.ReadWrite']);
    expect(fetch).toHaveBeenCalledTimes(2);
    await provider.signOut();
    await provider.getToken(['Calendars.ReadWrite']);
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

/** Source files of the add-in (tests excluded) whose text matches `pattern`. */
function sourcesMatching(pattern: RegExp): string[] {
  const offenders: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (
        /\.tsx?$/.test(name) &&
        !/\.test\.tsx?$/.test(name) &&
        pattern.test(readFileSync(path, 'utf8'))
      )
        offenders.push(path);
    }
  };
  walk(join(__dirname, '..'));
  return offenders;
}

describe('what the add-in keeps and logs', () => {
  it('no source file outside tests touches localStorage or sessionStorage', () => {
    expect(sourcesMatching(/\b(localStorage|sessionStorage)\b/)).toEqual([]);
  });

  it('no source file logs to the console, so neither tokens nor Graph data can end up there', () => {
    expect(sourcesMatching(/\bconsole\.(log|info|debug|warn|error|trace)\b/)).toEqual([]);
  });
});
