// docs/admin-deployment.md, steps 2 and 4, followed offline as an admin would: an organisation's
// configuration, `npm run build`, `npm run validate -- --dist`. The dist/ it gives is ready for any
// HTTPS host: every manifest URL on the configured base URL, no localhost anywhere, the manifests'
// pages present, the app package for the unified manifest beside the XML manifest, no source maps.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The production build on a 2-core machine.
jest.setTimeout(240_000);

const ROOT = path.join(__dirname, '../..');
const CONFIG = path.join(ROOT, 'test/fixtures/deployment.fabrikam.json');
const deployment = JSON.parse(readFileSync(CONFIG, 'utf8')) as {
  baseUrl: string;
  clientId: string;
  tenantId: string;
  addinId: string;
  version: string;
};

/** An npm script as the guide gives it, with the organisation's configuration named. */
function npmRun(script: string, ...args: string[]): string {
  return execFileSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ROOMBOOK_CONFIG: CONFIG, ROOMBOOK_SOURCE_MAPS: '' },
    stdio: 'pipe',
  });
}

let out = '';
let validation = '';
const files = new Map<string, string>();

beforeAll(() => {
  out = path.join(mkdtempSync(path.join(tmpdir(), 'roombook-build-')), 'dist');
  npmRun('build', '--output-path', out);
  validation = npmRun('validate', '--dist', out);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else
        files.set(
          path.relative(out, full),
          /\.(png|zip)$/.test(entry.name) ? '' : readFileSync(full, 'utf8'),
        );
    }
  };
  walk(out);
});

afterAll(() => {
  if (out) rmSync(path.dirname(out), { recursive: true, force: true });
});

describe('production build', () => {
  it('gives both packages, validated offline: the XML manifest and the unified app package', () => {
    expect(files.has('manifest.xml')).toBe(true);
    expect(files.has('roombook-app-package.zip')).toBe(true);
    expect(validation).toContain('Manifests valid (dist/, production)');
    expect(validation).toContain('roombook-app-package.zip');
  });

  it('ships no source maps unless asked for', () => {
    expect([...files.keys()].filter((name) => name.endsWith('.map'))).toEqual([]);
    expect([...files.values()].filter((text) => text.includes('sourceMappingURL'))).toEqual([]);
  });

  it('leaves no localhost and no simulator in dist/', () => {
    expect(files.size).toBeGreaterThan(5);
    expect(
      [...files].filter(([, text]) => /localhost|127\.0\.0\.1/.test(text)).map(([name]) => name),
    ).toEqual([]);
    expect([...files.keys()].filter((name) => /simulator|office-sim|^index\.html$/.test(name))).toEqual([]);
  });

  it('points every manifest URL at the configured base URL, with its id and version', () => {
    const xml = files.get('manifest.xml') ?? '';
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url?.startsWith(deployment.baseUrl)).toBe(true);
    expect(xml).toContain(`<Id>${deployment.addinId}</Id>`);
    expect(xml).toContain(`<Version>${deployment.version}</Version>`);
    const json = JSON.parse(files.get('manifest.json') ?? '{}') as {
      version?: string;
      validDomains?: string[];
    };
    // As Microsoft's converter writes them from <AppDomain>: the origin, scheme included.
    expect(json.validDomains).toEqual(['https://rooms.fabrikam.example']);
  });

  it('ships the pages the manifests link to, the task pane with Microsoft’s Office.js, and the client id', () => {
    for (const page of ['taskpane.html', 'auth-dialog.html', 'support.html', 'privacy.html']) {
      expect(files.has(page)).toBe(true);
    }
    expect(files.get('taskpane.html')).toContain(
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    );
    expect(files.get('taskpane.js')).toContain(deployment.clientId);
  });

  it('declares the Content-Security-Policy in both pages: Graph and Entra ID only, no eval', () => {
    for (const page of ['taskpane.html', 'auth-dialog.html']) {
      // The minified page drops the quotes it can: http-equiv=Content-Security-Policy.
      const policy = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(
        files.get(page) ?? '',
      )?.[1];
      expect(policy).toContain('connect-src https://graph.microsoft.com https://login.microsoftonline.com;');
      expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com/lib/1/hosted/");
      expect(policy).not.toMatch(/unsafe|localhost/);
    }
  });

  it('ships the message catalogues parsed, and intl-messageformat without its ICU parser', () => {
    const scripts = [...files].filter(([name]) => name.endsWith('.js')).map(([, text]) => text);
    // The plural messages arrive as the parser's output, in both languages, never as ICU source.
    expect(scripts.some((text) => /dates are not free/.test(text))).toBe(true);
    expect(scripts.some((text) => /Termine sind nicht frei/.test(text))).toBe(true);
    expect(scripts.filter((text) => /\{count, plural,|EXPECT_ARGUMENT_CLOSING_BRACE/.test(text))).toEqual([]);
  });

  it('signs in against Microsoft Entra ID only: no emulator, simulator or demo token code in the bundle', () => {
    const scripts = [...files].filter(([name]) => /\.(js|html)$/.test(name));
    expect(
      scripts
        .filter(([, text]) => /emulat|_emulator|Outlook simulator|roombookSimulator/i.test(text))
        .map(([name]) => name),
    ).toEqual([]);
    for (const bundle of ['taskpane.js', 'auth-dialog.js']) {
      const text = files.get(bundle) ?? '';
      expect(text).toContain(`authority:"https://login.microsoftonline.com/${deployment.tenantId}"`);
      expect(text).toContain('knownAuthorities:[]');
      expect(text).toContain(`dialogUrl:"${deployment.baseUrl}/auth-dialog.html"`);
    }
  });
});
