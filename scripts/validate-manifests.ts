// `npm run validate`: checks Roombook's manifests offline. Microsoft's validator checks JSON
// manifests locally but sends XML manifests to a web service that build machines cannot reach, so
// the XML manifest is converted to JSON with Microsoft's converter and validated the same way, and
// checked for what centralized deployment needs (scripts/manifestChecks.ts).
// Usage: validate-manifests [--dist [dir]]   (--dist checks the built manifests and app package in
// dist/, or in dir, as production ones)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkXmlManifest } from './manifestChecks';
import { checkAppPackage, checkNotDemoPackage } from './packageChecks';

const root = resolve(__dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

/** Runs Microsoft's validator on a JSON manifest; it prints nothing and exits 0 when valid. */
function validateJson(file: string): string[] {
  try {
    const output = execFileSync(bin('office-addin-manifest'), ['validate', file], {
      encoding: 'utf8',
      stdio: 'pipe',
      timeout: 60_000,
    });
    return /not valid|error/i.test(output) ? [output.trim()] : [];
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return [`${stdout}${stderr}`.trim() || String(error)];
  }
}

function convertXml(file: string): string {
  const out = mkdtempSync(join(tmpdir(), 'roombook-manifest-'));
  execFileSync(bin('office-addin-manifest-converter'), ['convert', file, '-o', out], {
    stdio: 'pipe',
    timeout: 60_000,
  });
  return out;
}

function main(): number {
  const at = process.argv.indexOf('--dist');
  const dist = at >= 0;
  const named = process.argv[at + 1];
  const dir = !dist ? root : named && !named.startsWith('--') ? resolve(named) : join(root, 'dist');
  const problems: string[] = [];

  const jsonManifest = join(dir, 'manifest.json');
  problems.push(...validateJson(jsonManifest).map((p) => `manifest.json: ${p}`));
  if (dist && /localhost/.test(readFileSync(jsonManifest, 'utf8')))
    problems.push('manifest.json: still points at localhost');
  if (dist) {
    problems.push(...checkNotDemoPackage(readFileSync(jsonManifest, 'utf8')));
    const appPackage = join(dir, 'roombook-app-package.zip');
    const unpacked = mkdtempSync(join(tmpdir(), 'roombook-package-'));
    try {
      const found = checkAppPackage(appPackage, unpacked, readFileSync(jsonManifest, 'utf8'));
      if (found.length === 0) found.push(...validateJson(join(unpacked, 'manifest.json')));
      problems.push(...found.map((p) => `roombook-app-package.zip: ${p}`));
    } finally {
      rmSync(unpacked, { recursive: true, force: true });
    }
  }

  const xmlManifest = join(dir, 'manifest.xml');
  const converted = convertXml(xmlManifest);
  try {
    problems.push(
      ...validateJson(join(converted, 'manifest.json')).map(
        (p) => `manifest.xml (as converted to JSON): ${p}`,
      ),
    );
  } finally {
    rmSync(converted, { recursive: true, force: true });
  }
  const findings = checkXmlManifest(readFileSync(xmlManifest, 'utf8'), {
    production: dist,
    assetsDir: join(dir, 'assets'),
  });
  problems.push(...findings.map((f) => `manifest.xml [${f.rule}]: ${f.message}`));

  if (problems.length > 0) {
    console.error(`Manifest validation failed (${dist ? 'dist' : 'sources'}):\n- ${problems.join('\n- ')}`);
    return 1;
  }
  const checked = dist
    ? 'manifest.xml, manifest.json, roombook-app-package.zip'
    : 'manifest.xml, manifest.json';
  console.info(`Manifests valid (${dist ? 'dist/, production' : 'sources'}): ${checked}`);
  return 0;
}

process.exitCode = main();
