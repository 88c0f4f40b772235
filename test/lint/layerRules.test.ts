// The layer rules in eslint.config.mjs are what keep test doubles out of the product: prove that
// each one fires, through the same eslint the lint script runs.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

function lint(filePath: string, code: string): string {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', filePath],
    {
      cwd: ROOT,
      input: code,
      encoding: 'utf8',
    },
  );
  return run.stdout;
}

jest.setTimeout(60_000);

test.each([
  ['src/taskpane/Thing.tsx', "import { createEmulator } from '../../dev/emulator';"],
  ['src/core/thing.ts', "import { makeRoom } from '../../test/kit/builders';"],
  ['src/auth/thing.ts', "import { SimulatedMailbox } from '../../dev/simulator/mailbox';"],
])('product code in %s may not import test doubles', (file, code) => {
  expect(lint(file, `${code}\nexport const used = 1;\n`)).toMatch(/never imports dev\/ .* or test\//);
});

test('tests beside the product may use the testkit', () => {
  expect(
    lint('src/core/thing.test.ts', "import { makeRoom } from '../../test/kit/builders';\nmakeRoom;\n"),
  ).not.toMatch(/no-restricted-imports/);
});

test('MSAL stays in src/auth', () => {
  expect(lint('src/graph/thing.ts', "import '@azure/msal-browser';\n")).toMatch(
    /Only src\/auth imports MSAL/,
  );
  expect(lint('src/auth/thing.ts', "import '@azure/msal-browser';\n")).not.toMatch(/no-restricted-imports/);
  expect(lint('src/graph/thing.ts', "import 'msal-internal/nested-app-auth-controller';\n")).toMatch(
    /Only src\/auth imports MSAL/,
  );
});

test("the sign-in dialog page stays on MSAL's public API", () => {
  expect(lint('src/auth/dialog/thing.ts', "import 'msal-internal/nested-app-auth-controller';\n")).toMatch(
    /public API only/,
  );
  expect(lint('src/auth/dialog/thing.ts', "import '@azure/msal-browser';\n")).not.toMatch(
    /no-restricted-imports/,
  );
});
