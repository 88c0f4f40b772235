// The suite-wide console guard fails a test file that prints a token.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

jest.setTimeout(60_000);

const ROOT = path.join(__dirname, '../..');

function runGuarded(testFile: string) {
  const config = {
    rootDir: ROOT,
    testEnvironment: 'node',
    testMatch: [`<rootDir>/${testFile}`],
    transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, tsconfig: { module: 'commonjs' } }] },
    setupFilesAfterEnv: ['<rootDir>/test/setup/consoleGuard.ts'],
  };
  return spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/jest/bin/jest.js'), '--config', JSON.stringify(config)],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
}

test('a test file that prints a token fails, naming what leaked', () => {
  const run = runGuarded('test/fixtures/console/leaksToken.check.ts');
  expect(run.status).not.toBe(0);
  expect(run.stderr).toContain('a bearer token');
  expect(run.stderr).toContain('a JSON web token');
});
