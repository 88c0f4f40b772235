// `npm run build` with an organisation's configuration gives a dist/ ready for any HTTPS host: every
// manifest URL on the configured base URL, no localhost anywhere, the manifests' pages present.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import webpack from 'webpack';

// The production build on a 2-core machine.
jest.setTimeout(240_000);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as (
  env: object,
  argv: { mode: string },
) => webpack.Configuration;

const deployment = {
  baseUrl: 'https://rooms.fabrikam.example/roombook',
  clientId: '3f0c8a52-9d41-4b7e-a6c2-1e5d7b9f0a34',
  tenantId: '8b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  addinId: '7d3c6f0e-2b1a-4c58-9e6f-5a4d2c1b0e9f',
  version: '2.3.4.5',
};

let out = '';
const files = new Map<string, string>();

beforeAll(async () => {
  const work = mkdtempSync(path.join(tmpdir(), 'roombook-build-'));
  out = path.join(work, 'dist');
  const configFile = path.join(work, 'deployment.json');
  writeFileSync(configFile, JSON.stringify(deployment));
  process.env.ROOMBOOK_CONFIG = configFile;
  const config = webpackConfig({}, { mode: 'production' });
  const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
    webpack({ ...config, output: { ...config.output, path: out } }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
  delete process.env.ROOMBOOK_CONFIG;
  expect(stats?.hasErrors()).toBe(false);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!/\.(png|map)$/.test(entry.name))
        files.set(path.relative(out, full), readFileSync(full, 'utf8'));
    }
  };
  walk(out);
});

afterAll(() => {
  if (out) rmSync(path.dirname(out), { recursive: true, force: true });
});

describe('production build', () => {
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
});
