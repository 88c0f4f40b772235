// @ts-check
// One place for an organisation's deployment settings (docs/admin-deployment.md). The production
// build reads the JSON file named by ROOMBOOK_CONFIG (default config/deployment.json, falling back
// to the example) and the demo uses the local emulator settings below.
const fs = require('fs');
const path = require('path');

/**
 * @typedef {object} Deployment
 * @property {string} baseUrl    HTTPS URL the dist/ folder is served from, without a trailing slash.
 * @property {string} clientId   Entra app (client) id.
 * @property {string} tenantId   Entra tenant id, or "organizations".
 * @property {string} addinId    The manifest's stable <Id> (a GUID).
 * @property {string} version    Add-in version, four parts (1.0.0.0).
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The configuration's problems, in words an admin can act on.
 * @param {Partial<Deployment>} d @returns {string[]}
 */
function deploymentProblems(d) {
  const problems = [];
  let url = null;
  try {
    url = new URL(d.baseUrl ?? '');
  } catch {
    problems.push('baseUrl must be an absolute URL such as https://rooms.contoso.com/roombook');
  }
  if (url && url.protocol !== 'https:')
    problems.push('baseUrl must use https: Outlook loads add-ins only over TLS');
  if (url && /\/$/.test(d.baseUrl ?? '')) problems.push('baseUrl must not end with a slash');
  if (!GUID.test(d.clientId ?? '')) problems.push('clientId must be the Entra app (client) id, a GUID');
  if (!(GUID.test(d.tenantId ?? '') || d.tenantId === 'organizations'))
    problems.push('tenantId must be the tenant GUID or "organizations"');
  if (!GUID.test(d.addinId ?? '')) problems.push('addinId must be a GUID; keep it stable across versions');
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(d.version ?? ''))
    problems.push('version must have four numeric parts, e.g. 1.0.0.0');
  return problems;
}

/** @returns {Deployment} */
function loadDeployment() {
  const file =
    process.env.ROOMBOOK_CONFIG ??
    [path.join(__dirname, 'deployment.json'), path.join(__dirname, 'deployment.example.json')].find((f) =>
      fs.existsSync(f),
    );
  if (!file)
    throw new Error(
      'No deployment configuration: copy config/deployment.example.json to config/deployment.json',
    );
  const deployment = JSON.parse(fs.readFileSync(file, 'utf8'));
  const problems = deploymentProblems(deployment);
  if (problems.length > 0)
    throw new Error(`${file} is not a valid deployment configuration:\n- ${problems.join('\n- ')}`);
  return deployment;
}

const DEV_BASE_URL = 'https://localhost:3000';

/**
 * The AppConfig (src/config.ts) the bundle is built with.
 * @param {{ kind: 'production', deployment: Deployment } | { kind: 'demo', graphPort: number, deployment: Deployment }} target
 */
function appConfigFor(target) {
  const { deployment } = target;
  if (target.kind === 'demo') {
    const emulator = `http://localhost:${target.graphPort}`;
    return {
      graphBaseUrl: `${emulator}/v1.0`,
      auth: { kind: 'emulator', tokenUrl: `${emulator}/_emulator/token` },
      addinId: deployment.addinId,
      addinVersion: deployment.version,
    };
  }
  return {
    graphBaseUrl: 'https://graph.microsoft.com/v1.0',
    auth: {
      kind: 'naa',
      clientId: deployment.clientId,
      tenantId: deployment.tenantId,
      dialogUrl: `${deployment.baseUrl}/auth-dialog.html`,
    },
    addinId: deployment.addinId,
    addinVersion: deployment.version,
  };
}

/**
 * A manifest pointed at the organisation's host: every development URL replaced by baseUrl.
 * @param {string} content @param {string} file @param {Deployment} deployment
 */
function rewriteManifest(content, file, deployment) {
  const origin = new URL(deployment.baseUrl).origin;
  if (file.endsWith('.xml')) {
    return content
      .replace(`<AppDomain>${DEV_BASE_URL}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`)
      .split(DEV_BASE_URL)
      .join(deployment.baseUrl)
      .replace(/<Id>[^<]*<\/Id>/, `<Id>${deployment.addinId}</Id>`)
      .replace(/<Version>[^<]*<\/Version>/, `<Version>${deployment.version}</Version>`);
  }
  const manifest = JSON.parse(content);
  if (manifest.id === undefined) return content; // a localization file: nothing to point elsewhere
  const pointed = JSON.parse(JSON.stringify(manifest).split(DEV_BASE_URL).join(deployment.baseUrl));
  pointed.id = deployment.addinId;
  // The unified manifest's version is three-part semver.
  pointed.version = deployment.version.split('.').slice(0, 3).join('.');
  pointed.validDomains = [origin];
  return `${JSON.stringify(pointed, null, 2)}\n`;
}

module.exports = { loadDeployment, deploymentProblems, appConfigFor, rewriteManifest, DEV_BASE_URL };
