// `npm run validate`: checks Roombook's manifests offline. Microsoft's validator checks JSON
// manifests locally but sends XML manifests to a web service that build machines cannot reach, so
// the XML manifest is converted to JSON with Microsoft's converter and validated the same way, and
// checked for what centralized deployment needs (scripts/manifestChecks.ts).
// Usage: validate-manifests [--dist]   (--dist checks the built manifests in dist/ as production ones)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkXmlManifest } from './manifestChecks';

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
  const dist = process.argv.includes('--dist');
  const dir = dist ? join(root, 'dist') : root;
  const problems: string[] = [];

  const jsonManifest = join(dir, 'manifest.json');
  problems.push(...validateJson(jsonManifest).map((p) => `manifest.json: ${p}`));
  if (dist && /localhost/.test(readFileSync(jsonManifest, 'utf8')))
    problems.push('manifest.json: still points at localhost');

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
  console.info(`Manifests valid (${dist ? 'dist/, production' : 'sources'}): manifest.xml, manifest.json`);
  return 0;
}

process.exitCode = main();
