// What Integrated apps needs from the built unified manifest: an app package whose manifest is the
// one in dist/ and which carries every file that manifest names (icons, localization files), and an
// add-in id of the organisation's own (a demo package keeps the example's, so it is refused here).
import AdmZip from 'adm-zip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXAMPLE = join(__dirname, '../config/deployment.example.json');

interface UnifiedManifest {
  id?: string;
  icons?: { color?: string; outline?: string };
  localizationInfo?: { additionalLanguages?: { file?: string }[] };
}

/** The files the unified manifest says its package holds beside it. */
function namedFiles(manifest: UnifiedManifest): string[] {
  const files = [manifest.icons?.color, manifest.icons?.outline];
  for (const language of manifest.localizationInfo?.additionalLanguages ?? []) files.push(language.file);
  return files.filter((f): f is string => typeof f === 'string');
}

/** Unpacks the app package into `into` and lists what is wrong with it (nothing: an empty list). */
export function checkAppPackage(zipFile: string, into: string, builtManifest: string): string[] {
  let zip: AdmZip;
  try {
    zip = new AdmZip(zipFile);
  } catch (error) {
    return [`cannot be read (${error instanceof Error ? error.message : String(error)})`];
  }
  const entries = new Set(zip.getEntries().map((e) => e.entryName));
  if (!entries.has('manifest.json')) return ['has no manifest.json at its root'];
  zip.extractAllTo(into, true);
  const packaged = readFileSync(join(into, 'manifest.json'), 'utf8');
  const problems: string[] = [];
  if (packaged !== builtManifest) problems.push('its manifest.json differs from dist/manifest.json: rebuild');
  for (const file of namedFiles(JSON.parse(packaged) as UnifiedManifest)) {
    if (!entries.has(file)) problems.push(`lacks ${file}, which its manifest names`);
  }
  return problems;
}

/** A build from the example configuration is a demo package: say so rather than let it be deployed. */
export function checkNotDemoPackage(builtManifest: string): string[] {
  const exampleId = (JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { addinId: string }).addinId;
  const { id } = JSON.parse(builtManifest) as UnifiedManifest;
  return id?.toLowerCase() === exampleId.toLowerCase()
    ? [
        'manifest.json: built from the example configuration (a demo package, not deployable): ' +
          'set your own addinId in config/deployment.json (docs/admin-deployment.md, step 2)',
      ]
    : [];
}
