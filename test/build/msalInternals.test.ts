// The task pane reaches two modules MSAL does not export (config/msalInternals.js). A release of MSAL
// may move, rename or change them without notice, so this test stops the build's checks loudly when
// they are not where the table says, or no longer export what src/auth/nestedAppClient.ts uses, and
// holds package.json's exact pin, tsconfig's paths, webpack's aliases and jest's mapper to the table.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type webpack from 'webpack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const internals = require('../../config/msalInternals.js') as {
  MSAL_DIR: string;
  MSAL_INTERNALS: Record<string, { module: string; exports: string[] }>;
  distFile(name: string): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jestConfig = require('../../jest.config.js') as {
  projects: { displayName: string; moduleNameMapper?: Record<string, string> }[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as (
  env: object,
  argv: { mode: string },
) => webpack.Configuration;

const ROOT = path.join(__dirname, '../..');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const names = Object.keys(internals.MSAL_INTERNALS);

/** What nestedAppClient.ts calls on each class (the controller as the pane's client), own or inherited. */
const USED: Record<string, string[]> = {
  NestedAppOperatingContext: ['initialize', 'isAvailable'],
  NestedAppAuthController: [
    'initialize',
    'acquireTokenSilent',
    'ssoSilent',
    'acquireTokenPopup',
    'getActiveAccount',
    'getAllAccounts',
    'setActiveAccount',
  ],
};

describe("MSAL's internal modules", () => {
  it('come from the exact MSAL version package.json pins', () => {
    const pinned = readJson<{ dependencies: Record<string, string> }>(path.join(ROOT, 'package.json'))
      .dependencies['@azure/msal-browser'];
    const installed = readJson<{ version: string }>(path.join(internals.MSAL_DIR, 'package.json')).version;
    expect(pinned).toBe(installed);
  });

  it('are where the table says, and export the classes the pane uses with the methods it calls', () => {
    expect(names.length).toBeGreaterThan(0);
    const modules = names.map((name) => ({
      url: pathToFileURL(internals.distFile(name)).href,
      exports: internals.MSAL_INTERNALS[name]?.exports ?? [],
    }));
    for (const name of names) expect(existsSync(internals.distFile(name))).toBe(true);
    // MSAL's dist/ is ES modules, which jest's CommonJS runtime cannot load: plain Node imports them,
    // resolving their own imports (@azure/msal-common) as the build does.
    const script = `
      const modules = ${JSON.stringify(modules)};
      const found = {};
      for (const { url, exports } of modules) {
        const module = await import(url);
        for (const name of exports) {
          const value = module[name];
          const methods = [];
          for (let p = value?.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p))
            for (const key of Object.getOwnPropertyNames(p)) if (typeof p[key] === 'function') methods.push(key);
          found[name] = { type: typeof value, methods };
        }
      }
      process.stdout.write(JSON.stringify(found));`;
    const found = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }),
    ) as Record<string, { type: string; methods: string[] }>;
    for (const { exports } of modules)
      for (const name of exports) {
        expect({ name, type: found[name]?.type }).toEqual({ name, type: 'function' });
        expect(found[name]?.methods).toEqual(expect.arrayContaining(USED[name] ?? ['constructor']));
      }
  });

  it("have TypeScript declarations where tsconfig.json's paths point, declaring the same classes", () => {
    const { paths } = readJson<{ compilerOptions: { paths: Record<string, string[]> } }>(
      path.join(ROOT, 'tsconfig.json'),
    ).compilerOptions;
    const mapped = Object.keys(paths).filter((name) => name.startsWith('msal-internal/'));
    expect(mapped.sort()).toEqual([...names].sort());
    for (const name of names) {
      const entry = internals.MSAL_INTERNALS[name];
      const declared = path.join(internals.MSAL_DIR, 'types', `${entry?.module}.d.ts`);
      expect(paths[name]?.map((file) => path.resolve(ROOT, file))).toEqual([declared]);
      const text = readFileSync(declared, 'utf8');
      for (const exported of entry?.exports ?? [])
        expect(text).toMatch(new RegExp(`export declare class ${exported}\\b`));
    }
  });

  it("are what webpack's aliases and the unit tests' module mapper resolve to", () => {
    const alias = webpackConfig({ outlook: true }, { mode: 'development' }).resolve?.alias as Record<
      string,
      string
    >;
    const units = jestConfig.projects.filter(({ displayName }) => displayName !== 'e2e');
    expect(units.map(({ displayName }) => displayName)).toEqual(['node', 'dom']);
    for (const name of names) {
      expect(alias[`${name}$`]).toBe(internals.distFile(name));
      for (const { moduleNameMapper } of units)
        expect(moduleNameMapper?.[`^${name}$`]).toBe(internals.distFile(name));
    }
  });
});
