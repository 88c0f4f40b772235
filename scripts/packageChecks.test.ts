// The app-package checks of `npm run validate -- --dist`: each catches the mistake it names.
import AdmZip from 'adm-zip';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkAppPackage, checkNotDemoPackage } from './packageChecks';

const ROOT = join(__dirname, '..');
const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
const dir = () => mkdtempSync(join(tmpdir(), 'roombook-package-test-'));

function appPackage(files: Record<string, string>): string {
  const zip = new AdmZip();
  for (const [name, content] of Object.entries(files)) zip.addFile(name, Buffer.from(content));
  const file = join(dir(), 'package.zip');
  zip.writeZip(file);
  return file;
}

const complete = {
  'manifest.json': manifest,
  'manifest.de-de.json': '{}',
  'assets/color-192.png': 'png',
  'assets/outline-32.png': 'png',
};

test('a package with the built manifest and every file it names passes', () => {
  expect(checkAppPackage(appPackage(complete), dir(), manifest)).toEqual([]);
});

test('a package that lacks a named file, or carries another manifest, is refused', () => {
  const { 'assets/outline-32.png': _outline, ...noOutline } = complete;
  expect(checkAppPackage(appPackage(noOutline), dir(), manifest)).toEqual([
    'lacks assets/outline-32.png, which its manifest names',
  ]);
  expect(checkAppPackage(appPackage(complete), dir(), `${manifest} `)).toEqual([
    'its manifest.json differs from dist/manifest.json: rebuild',
  ]);
  expect(checkAppPackage(join(dir(), 'missing.zip'), dir(), manifest)[0]).toMatch(/^cannot be read/);
});

test("a manifest with the example's add-in id is a demo package", () => {
  expect(checkNotDemoPackage(manifest)).toHaveLength(1);
  const own = JSON.stringify({ ...JSON.parse(manifest), id: '2c9e4b71-58d0-4f3a-b6e2-0d7a1c5f9e38' });
  expect(checkNotDemoPackage(own)).toEqual([]);
});
