// @ts-check
// The task pane reaches MSAL's nested app authentication without MSAL's standard controller
// (src/auth/nestedAppClient.ts), through two modules that @azure/msal-browser does not export: its
// package "exports" map names only the public entry points. This table is the one place that reaches
// past that map. webpack's resolve.alias and jest's moduleNameMapper are built from it; tsconfig.json's
// "paths" repeat it for TypeScript (JSON cannot import it); test/build/msalInternals.test.ts holds all
// three, MSAL's files and their exports to it. MSAL is pinned to an exact version in package.json
// because any release may move or change these modules (docs/performance.md).
const path = require('path');

/** The installed @azure/msal-browser package directory. */
const MSAL_DIR = path.dirname(require.resolve('@azure/msal-browser/package.json'));

/**
 * Import name -> the module under MSAL's dist/ (ES modules) and types/, and the names it must export.
 * @type {Record<string, { module: string, exports: string[] }>}
 */
const MSAL_INTERNALS = {
  'msal-internal/nested-app-auth-controller': {
    module: 'controllers/NestedAppAuthController',
    exports: ['NestedAppAuthController'],
  },
  'msal-internal/nested-app-operating-context': {
    module: 'operatingcontext/NestedAppOperatingContext',
    exports: ['NestedAppOperatingContext'],
  },
};

/** @param {string} name */
const distFile = (name) => path.join(MSAL_DIR, 'dist', `${MSAL_INTERNALS[name].module}.mjs`);

/** webpack resolve.alias entries (exact matches only). */
function webpackAliases() {
  return Object.fromEntries(Object.keys(MSAL_INTERNALS).map((name) => [`${name}$`, distFile(name)]));
}

/** jest moduleNameMapper entries: tests replace these modules with jest.mock, never run them. */
function jestModuleNameMapper() {
  return Object.fromEntries(Object.keys(MSAL_INTERNALS).map((name) => [`^${name}$`, distFile(name)]));
}

module.exports = { MSAL_DIR, MSAL_INTERNALS, distFile, webpackAliases, jestModuleNameMapper };
