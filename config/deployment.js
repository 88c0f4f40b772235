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

/** A configuration problem an admin can fix: the build prints its message, never a stack trace. */
class ConfigError extends Error {}

const EXAMPLE_FILE = path.join(__dirname, 'deployment.example.json');

/** @param {string} file @returns {Partial<Deployment>} */
function readDeployment(file) {
  if (!fs.existsSync(file)) throw new ConfigError(`${file} does not exist`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${file} is not valid JSON (${error instanceof Error ? error.message : error})`);
  }
}

/**
 * The deployment to build with. A production build takes only an organisation's own file
 * (ROOMBOOK_CONFIG, else config/deployment.json): built from the example, every customer would
 * share the example's add-in id and an all-zero client id. ROOMBOOK_DEMO_PACKAGE=1 builds the
 * example anyway as a demo package, which the manifests and `validate --dist` mark as such.
 * Development builds (the simulator, `start:outlook`) fall back to the example.
 * @param {{ production: boolean, env?: Record<string, string | undefined>, dir?: string }} options
 * @returns {{ deployment: Deployment, file: string, demoPackage: boolean }}
 */
function loadDeployment({ production, env = process.env, dir = __dirname }) {
  const own = env.ROOMBOOK_CONFIG ?? path.join(dir, 'deployment.json');
  const demoPackage = production && env.ROOMBOOK_DEMO_PACKAGE === '1';
  let file = own;
  if (!fs.existsSync(own) && env.ROOMBOOK_CONFIG === undefined && (!production || demoPackage))
    file = EXAMPLE_FILE;
  if (!fs.existsSync(file)) {
    throw new ConfigError(
      env.ROOMBOOK_CONFIG === undefined
        ? 'No deployment configuration: copy config/deployment.example.json to config/deployment.json ' +
            "and fill in your organisation's values (docs/admin-deployment.md, step 2), or set " +
            'ROOMBOOK_DEMO_PACKAGE=1 to build a demo package that cannot be deployed'
        : `ROOMBOOK_CONFIG names ${file}, which does not exist`,
    );
  }
  const deployment = readDeployment(file);
  const problems = deploymentProblems(deployment);
  if (production && !demoPackage) {
    const example = readDeployment(EXAMPLE_FILE);
    if (deployment.addinId?.toLowerCase() === example.addinId?.toLowerCase())
      problems.push("addinId is the example's: generate a GUID of your own once and keep it");
    if (/^0{8}-(0{4}-){3}0{12}$/.test(deployment.clientId ?? ''))
      problems.push("clientId is the all-zero placeholder: use your app registration's client id");
  }
  if (problems.length > 0)
    throw new ConfigError(`${file} is not a valid deployment configuration:\n- ${problems.join('\n- ')}`);
  return { deployment: /** @type {Deployment} */ (deployment), file, demoPackage };
}

const DEV_BASE_URL = 'https://localhost:3000';

/**
 * The AppConfig (src/config.ts) the bundle is built with. The demo signs in with the same MSAL code
 * against the emulator's Entra-like authority (HTTPS on authorityPort), its pages on port.
 * @param {{ kind: 'production', deployment: Deployment } | { kind: 'demo', graphPort: number, authorityPort: number, port: number, deployment: Deployment }} target
 */
function appConfigFor(target) {
  const { deployment } = target;
  if (target.kind === 'demo') {
    const emulator = `http://localhost:${target.graphPort}`;
    const authorityHost = `localhost:${target.authorityPort}`;
    return {
      graphBaseUrl: `${emulator}/v1.0`,
      auth: {
        clientId: deployment.clientId,
        authority: `https://${authorityHost}/${deployment.tenantId}`,
        knownAuthorities: [authorityHost],
        dialogUrl: `http://localhost:${target.port}/auth-dialog.html`,
      },
      addinId: deployment.addinId,
      addinVersion: deployment.version,
    };
  }
  return {
    graphBaseUrl: 'https://graph.microsoft.com/v1.0',
    auth: {
      clientId: deployment.clientId,
      authority: `https://login.microsoftonline.com/${deployment.tenantId}`,
      knownAuthorities: [],
      dialogUrl: `${deployment.baseUrl}/auth-dialog.html`,
    },
    addinId: deployment.addinId,
    addinVersion: deployment.version,
  };
}

/** How a demo package names itself, so nobody mistakes it for a deployable add-in. */
const DEMO_NAME = { short: 'Roombook (demo)', full: 'Roombook (demo package, not for deployment)' };

/**
 * A manifest pointed at the organisation's host: every development URL replaced by baseUrl.
 * @param {string} content @param {string} file @param {Deployment} deployment
 * @param {{ demoPackage?: boolean }} [options]
 */
function rewriteManifest(content, file, deployment, { demoPackage = false } = {}) {
  const origin = new URL(deployment.baseUrl).origin;
  if (file.endsWith('.xml')) {
    return content
      .replace(`<AppDomain>${DEV_BASE_URL}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`)
      .split(DEV_BASE_URL)
      .join(deployment.baseUrl)
      .replace(/<Id>[^<]*<\/Id>/, `<Id>${deployment.addinId}</Id>`)
      .replace(/<Version>[^<]*<\/Version>/, `<Version>${deployment.version}</Version>`)
      .replace(/<DisplayName DefaultValue="[^"]*"/, (tag) =>
        demoPackage ? `<DisplayName DefaultValue="${DEMO_NAME.full}"` : tag,
      );
  }
  const manifest = JSON.parse(content);
  if (manifest.id === undefined) return content; // a localization file: nothing to point elsewhere
  const pointed = JSON.parse(JSON.stringify(manifest).split(DEV_BASE_URL).join(deployment.baseUrl));
  pointed.id = deployment.addinId;
  // The unified manifest's version is three-part semver.
  pointed.version = deployment.version.split('.').slice(0, 3).join('.');
  pointed.validDomains = [origin];
  if (demoPackage) pointed.name = { ...DEMO_NAME };
  return `${JSON.stringify(pointed, null, 2)}\n`;
}

module.exports = {
  ConfigError,
  EXAMPLE_FILE,
  loadDeployment,
  deploymentProblems,
  appConfigFor,
  rewriteManifest,
  DEV_BASE_URL,
};
