// The deployment configuration an admin writes (docs/admin-deployment.md, step 2): a production
// build takes only an organisation's own file, never the example's add-in id, and says what is
// wrong in words, without a stack trace.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../config/deployment.js') as {
  ConfigError: new (message: string) => Error;
  EXAMPLE_FILE: string;
  loadDeployment: (options: { production: boolean; env?: object; dir?: string }) => {
    deployment: { addinId: string };
    file: string;
    demoPackage: boolean;
  };
  rewriteManifest: (content: string, file: string, deployment: object, options?: object) => string;
};

const ROOT = path.join(__dirname, '../..');
const FABRIKAM = path.join(ROOT, 'test/fixtures/deployment.fabrikam.json');
const example = JSON.parse(readFileSync(config.EXAMPLE_FILE, 'utf8')) as Record<string, string>;
const emptyDir = () => mkdtempSync(path.join(tmpdir(), 'roombook-config-'));

function configFile(values: Record<string, string>): string {
  const file = path.join(emptyDir(), 'deployment.json');
  writeFileSync(file, JSON.stringify(values));
  return file;
}

const load = (production: boolean, env: object) => () =>
  config.loadDeployment({ production, env, dir: emptyDir() });

describe('loading the deployment configuration', () => {
  it('refuses a production build with no configuration of the organisation, and says what to do', () => {
    expect(load(true, {})).toThrow(config.ConfigError);
    expect(load(true, {})).toThrow(/copy config\/deployment.example.json to config\/deployment.json/);
  });

  it("refuses the example's add-in id and the all-zero client id, even when named on purpose", () => {
    expect(load(true, { ROOMBOOK_CONFIG: config.EXAMPLE_FILE })).toThrow(/addinId is the example's/);
    const copied = configFile({ ...example, addinId: '2c9e4b71-58d0-4f3a-b6e2-0d7a1c5f9e38' });
    expect(load(true, { ROOMBOOK_CONFIG: copied })).toThrow(/clientId is the all-zero placeholder/);
  });

  it('names a missing or unreadable file', () => {
    expect(load(true, { ROOMBOOK_CONFIG: '/nowhere/deployment.json' })).toThrow(
      'ROOMBOOK_CONFIG names /nowhere/deployment.json, which does not exist',
    );
    const broken = path.join(emptyDir(), 'broken.json');
    writeFileSync(broken, '{ "baseUrl": ');
    expect(load(true, { ROOMBOOK_CONFIG: broken })).toThrow(/is not valid JSON/);
  });

  it("takes an organisation's file", () => {
    const loaded = load(true, { ROOMBOOK_CONFIG: FABRIKAM })();
    expect(loaded).toMatchObject({ file: FABRIKAM, demoPackage: false });
  });

  it('builds the example only as a demo package when asked, and for development', () => {
    expect(load(true, { ROOMBOOK_DEMO_PACKAGE: '1' })()).toMatchObject({
      file: config.EXAMPLE_FILE,
      demoPackage: true,
    });
    expect(load(false, {})()).toMatchObject({ file: config.EXAMPLE_FILE, demoPackage: false });
  });

  it("a demo package's manifests say what it is", () => {
    const deployment = JSON.parse(readFileSync(FABRIKAM, 'utf8')) as object;
    const json = JSON.parse(
      config.rewriteManifest(
        readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'),
        'manifest.json',
        deployment,
        {
          demoPackage: true,
        },
      ),
    ) as { name: { short: string; full: string } };
    expect(json.name.full).toBe('Roombook (demo package, not for deployment)');
    expect(json.name.short.length).toBeLessThanOrEqual(30); // the unified manifest's limit
    const xml = config.rewriteManifest(
      readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'),
      'manifest.xml',
      deployment,
      {
        demoPackage: true,
      },
    );
    expect(xml).toContain('<DisplayName DefaultValue="Roombook (demo package, not for deployment)"');
  });
});

it('the build prints a bad configuration as a message, not a stack trace', () => {
  const bad = configFile({ ...example, baseUrl: 'http://rooms.contoso.com' });
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'],
    {
      cwd: ROOT,
      env: { ...process.env, ROOMBOOK_CONFIG: bad },
      encoding: 'utf8',
    },
  );
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('baseUrl must use https: Outlook loads add-ins only over TLS');
  expect(run.stderr).not.toMatch(/^\s+at /m);
});
