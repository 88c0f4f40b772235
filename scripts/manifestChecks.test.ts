// The offline XML checks stand in for Microsoft's validation service in CI, so each rule must
// actually catch the mistake it names; and a production manifest must not point at localhost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkXmlManifest } from './manifestChecks';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest } = require('../config/deployment.js') as {
  rewriteManifest: (content: string, file: string, deployment: object) => string;
};

const root = join(__dirname, '..');
const source = readFileSync(join(root, 'manifest.xml'), 'utf8');
const assetsDir = join(root, 'assets');
const deployment = {
  baseUrl: 'https://rooms.contoso.example/roombook',
  clientId: '3f0c8a52-9d41-4b7e-a6c2-1e5d7b9f0a34',
  tenantId: 'organizations',
  addinId: '0b7e4d21-6c3a-4f85-9a1e-2d4c6b8f0e13',
  version: '1.2.0.0',
};

const rules = (xml: string, production = false) =>
  checkXmlManifest(xml, { production, assetsDir }).map((finding) => finding.rule);

describe('offline checks of the XML manifest', () => {
  it('pass on the source manifest and on the one built for an organisation', () => {
    expect(rules(source)).toEqual([]);
    expect(rules(rewriteManifest(source, 'manifest.xml', deployment), true)).toEqual([]);
  });

  it('refuse the development manifest as a production one', () => {
    expect(rules(source, true)).toContain('host');
  });

  it.each([
    ['id', (xml: string) => xml.replace(/<Id>[^<]+<\/Id>/, '<Id>roombook</Id>')],
    ['version', (xml: string) => xml.replace(/<Version>[^<]+<\/Version>/, '<Version>1.0</Version>')],
    ['permissions', (xml: string) => xml.replace('>ReadWriteItem<', '>ReadWriteMailbox<')],
    ['requirements', (xml: string) => xml.replace('MinVersion="1.8"', 'MinVersion="1.5"')],
    [
      'surface',
      (xml: string) => xml.replace('AppointmentOrganizerCommandSurface', 'MessageReadCommandSurface'),
    ],
    ['action', (xml: string) => xml.replace('xsi:type="ShowTaskpane"', 'xsi:type="ExecuteFunction"')],
    ['icons', (xml: string) => xml.replace('<bt:Image size="80" resid="Icon80"/>', '')],
    ['icons', (xml: string) => xml.replace('icon-16.png', 'icon-17.png')],
    ['localization', (xml: string) => xml.replace('<bt:Override Locale="de-DE" Value="Raum buchen"/>', '')],
    [
      'https',
      (xml: string) =>
        xml.replace('https://localhost:3000/support.html', 'http://localhost:3000/support.html'),
    ],
    ['support', (xml: string) => xml.replace(/<SupportUrl [^>]+\/>/, '')],
  ])('catch a broken %s', (rule, breakIt) => {
    const broken = breakIt(source);
    expect(broken).not.toBe(source);
    expect(rules(broken)).toContain(rule);
  });
});
