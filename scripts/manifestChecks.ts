// What centralized deployment needs from Roombook's XML manifest, checked without Microsoft's
// validation service (unreachable from build machines). Each rule says why it matters.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface ManifestFinding {
  readonly rule: string;
  readonly message: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const element = (xml: string, name: string): string | null =>
  new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1]?.trim() ?? null;

function versionAtLeast(actual: string, minimum: string): boolean {
  const a = actual.split('.').map(Number);
  const m = minimum.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, m.length); i += 1) {
    if ((a[i] ?? 0) !== (m[i] ?? 0)) return (a[i] ?? 0) > (m[i] ?? 0);
  }
  return true;
}

/** Structural checks of the XML manifest; `production` also demands https URLs on a real host. */
export function checkXmlManifest(
  xml: string,
  options: { production: boolean; assetsDir?: string },
): ManifestFinding[] {
  const findings: ManifestFinding[] = [];
  const fail = (rule: string, message: string) => findings.push({ rule, message });

  const id = element(xml, 'Id');
  if (!id || !GUID.test(id))
    fail('id', 'Id must be a GUID: Exchange identifies the add-in by it across updates.');
  const version = element(xml, 'Version');
  if (!version || !/^\d+\.\d+\.\d+\.\d+$/.test(version))
    fail('version', 'Version must have four numeric parts (1.0.0.0).');
  if (!/xsi:type="MailApp"/.test(xml)) fail('type', 'The manifest must be a MailApp.');
  if (element(xml, 'Permissions') !== 'ReadWriteItem') {
    fail('permissions', 'Permissions must be ReadWriteItem: enough to add a room to the item, no more.');
  }
  const mailbox = /<Set Name="Mailbox" MinVersion="([\d.]+)"\s*\/>/.exec(xml)?.[1];
  if (!mailbox || !versionAtLeast(mailbox, '1.8'))
    fail(
      'requirements',
      'Mailbox requirement set 1.8 or later is needed (saveAsync, getItemIdAsync, enhancedLocation).',
    );
  if (!/ExtensionPoint xsi:type="AppointmentOrganizerCommandSurface"/.test(xml)) {
    fail('surface', 'The Book a room button must be on the appointment organizer command surface.');
  }
  if (!/<Action xsi:type="ShowTaskpane">/.test(xml)) fail('action', 'The button must open the task pane.');
  for (const size of ['16', '32', '80']) {
    if (!new RegExp(`<bt:Image size="${size}" resid="[^"]+"\\s*/>`).test(xml))
      fail('icons', `The ribbon button needs a ${size}px icon.`);
  }
  const strings = [...xml.matchAll(/<bt:String id="([^"]+)"[^>]*>([\s\S]*?)<\/bt:String>/g)];
  if (strings.length === 0) fail('strings', 'The ribbon strings must be resources.');
  for (const [, stringId, body] of strings) {
    if (!/<bt:Override Locale="de-DE"/.test(body ?? ''))
      fail('localization', `String ${stringId} has no de-DE override.`);
  }
  for (const name of ['DisplayName', 'Description']) {
    const block = new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? '';
    if (!/<Override Locale="de-DE"/.test(block)) fail('localization', `${name} has no de-DE override.`);
  }
  const urls = [
    ...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>/g),
  ].map((m) => m[1] ?? m[2] ?? '');
  for (const url of urls) {
    if (!url.startsWith('https://'))
      fail('https', `URL ${url} must use https: Outlook loads add-ins only over TLS.`);
    if (options.production && /\/\/(localhost|127\.0\.0\.1)(:|\/)/.test(url))
      fail('host', `URL ${url} still points at the development machine.`);
  }
  if (!element(xml, 'SupportUrl') && !/<SupportUrl DefaultValue="[^"]+"/.test(xml))
    fail('support', 'A SupportUrl is required for centralized deployment.');
  if (options.assetsDir) {
    for (const url of urls.filter((u) => /\/assets\/[^/]+\.png$/.test(u))) {
      const file = join(options.assetsDir, url.slice(url.lastIndexOf('/') + 1));
      if (!existsSync(file)) fail('icons', `The icon ${url} has no file ${file}.`);
    }
  }
  return findings;
}
