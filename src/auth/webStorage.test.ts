// Roombook keeps no web storage except what the sign-in dialog's library needs: MSAL refuses a
// redirect sign-in with a memory-only cache, so the dialog page, and only it, gives MSAL its own
// window's sessionStorage (docs/security-and-data-access.md). Everything else stays in memory.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const relative = (file: string) => path.relative(SRC, file).split(path.sep).join('/');

describe('web storage in the product', () => {
  it('is named only where the dialog page hands MSAL its sessionStorage', () => {
    const naming = sources(SRC)
      .filter((file) => /\b(local|session)Storage\b/.test(readFileSync(file, 'utf8')))
      .map(relative)
      .sort();
    expect(naming).toEqual(['auth/dialog/index.ts', 'auth/msalConfig.ts']);
    const dialog = readFileSync(path.join(SRC, 'auth/dialog/index.ts'), 'utf8');
    expect(dialog).toContain("msalConfiguration(auth, 'sessionStorage')");
    expect(dialog).not.toMatch(/\blocalStorage\b/);
    const pane = readFileSync(path.join(SRC, 'auth/naaTokens.ts'), 'utf8');
    expect(pane).toContain("msalConfiguration(auth, 'memoryStorage')");
  });
});
