// @ts-check
// The pane's Content-Security-Policy, derived from the build's AppConfig (config/deployment.js) so
// that it names exactly the origins that build talks to. webpack writes it into each page as a
// <meta> tag; docs/admin-deployment.md gives the same policy, plus frame-ancestors, as the header the
// host sends (a <meta> policy cannot carry frame-ancestors: browsers ignore it there).
const { createHash } = require('crypto');

/** Office.js and the host scripts it loads, from Microsoft's CDN (paths, not whole hosts). */
const OFFICE_SCRIPTS = [
  'https://appsforoffice.microsoft.com/lib/1/hosted/',
  // Office.js loads Microsoft Ajax from here on hosts that need it (see office.js, loadScriptParallel).
  'https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js',
];

/** sha256 of the empty string: the empty <style> elements Griffel creates before inserting rules. */
const EMPTY_STYLE_HASH = `'sha256-${createHash('sha256').update('').digest('base64')}'`;

/**
 * Outlook on the web's origins, which frame the task pane. Microsoft lists them for apps that run in
 * Outlook: https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/tab-requirements
 * (Outlook desktop and mobile show the pane in a web view of its own, with no framing origin).
 */
const OUTLOOK_FRAME_ANCESTORS = [
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.live.com',
  'https://*.cloud.microsoft',
];

/**
 * @typedef {{ graphBaseUrl: string, auth: { authority: string } }} PolicyConfig
 * @typedef {{ devServer?: boolean }} PolicyOptions devServer: served by webpack-dev-server, whose
 *   client opens a socket to the page's own origin (development builds only)
 * @param {PolicyConfig} appConfig the AppConfig the bundle is built with
 * @param {PolicyOptions} options
 * @returns {[string, string[]][]} directives in order
 */
function directives(appConfig, { devServer = false }) {
  const graph = new URL(appConfig.graphBaseUrl).origin;
  // The demo talks to the emulator's Graph and its Entra-like authority; every other build to
  // Microsoft's.
  const demo = graph !== 'https://graph.microsoft.com';
  const signIn = new URL(appConfig.auth.authority).origin;
  return [
    ['default-src', ["'self'"]],
    // Office.js comes from the simulator in the demo, from Microsoft's CDN elsewhere. No inline
    // script and no eval anywhere: the browser test (test/e2e/csp.e2e.ts) records every violation.
    ['script-src', demo ? ["'self'"] : ["'self'", ...OFFICE_SCRIPTS]],
    // Fluent UI's CSS-in-JS (Griffel) and FluentProvider's theme add <style> elements at run time,
    // empty, and fill them through the CSSOM (insertRule), which style-src does not govern. So the one
    // inline style allowed is the empty one, by its hash: no 'unsafe-inline', no nonce (a static host
    // cannot hand them out). Measured in test/e2e/csp.e2e.ts: 17 <style> elements refused under
    // style-src 'self', none with the hash.
    ['style-src', ["'self'", EMPTY_STYLE_HASH]],
    ['img-src', ["'self'"]],
    // Graph and Entra ID, or the demo's emulator; in development also the dev server's socket.
    ['connect-src', [...(devServer ? ["'self'"] : []), graph, signIn]],
    // No frame-src: no page frames anything. The pane's MSAL is nested-app only (no hidden-frame
    // renewal) and the sign-in dialog signs in by redirect, so frames fall back to default-src 'self'.
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
}

/** @param {[string, string[]][]} list */
const serialize = (list) => list.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');

/**
 * The policy in the page's <meta http-equiv="Content-Security-Policy">.
 * @param {PolicyConfig} appConfig @param {PolicyOptions} [options]
 */
function metaPolicy(appConfig, options = {}) {
  return serialize(directives(appConfig, options));
}

/**
 * The header the host sends with the pages: the <meta> policy plus who may frame them.
 * @param {PolicyConfig} appConfig
 */
function headerPolicy(appConfig) {
  return serialize([...directives(appConfig, {}), ['frame-ancestors', OUTLOOK_FRAME_ANCESTORS]]);
}

module.exports = { metaPolicy, headerPolicy, OUTLOOK_FRAME_ANCESTORS };
