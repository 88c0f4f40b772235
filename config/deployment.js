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

/** @returns {Deployment} */
function loadDeployment() {
  const file =
    process.env.ROOMBOOK_CONFIG ??
    [path.join(__dirname, 'deployment.json'), path.join(__dirname, 'deployment.example.json')].find((f) =>
      fs.existsSync(f),
    );
  if (!file) throw new Error('No deployment configuration: copy config/deployment.example.json to config/deployment.json');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
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
 * @param {string} content @param {string} _file @param {Deployment} deployment
 */
function rewriteManifest(content, _file, deployment) {
  return content.split(DEV_BASE_URL).join(deployment.baseUrl);
}

module.exports = { loadDeployment, appConfigFor, rewriteManifest, DEV_BASE_URL };
