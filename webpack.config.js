// @ts-check
// Production (`npm run build`): the task pane and the sign-in dialog page, Office.js from
// Microsoft's CDN, manifests rewritten to the organisation's base URL (config/deployment.js).
// Development (`npm start`): the same task pane plus the Outlook simulator page and its Office.js
// shim, wired to the local Graph emulator — no tenant and no CDN needed.
// Real Outlook (`npm run start:outlook`, env `outlook`): the production wiring (NAA, Microsoft Graph,
// Microsoft's Office.js) in a development build served from https://localhost:3000, where the
// source manifests point (dev/outlookServer.ts).
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { execFile } = require('child_process');
const { promisify } = require('util');
const {
  ConfigError,
  loadDeployment,
  rewriteManifest,
  appConfigFor,
  DEV_BASE_URL,
} = require('./config/deployment');
const { metaPolicy } = require('./config/contentSecurityPolicy');
const msalInternals = require('./config/msalInternals');

/** react-dom's own scheduler package (nested under react-dom when versions differ). */
const SCHEDULER = path.dirname(
  require.resolve('scheduler/package.json', {
    paths: [path.dirname(require.resolve('react-dom/package.json'))],
  }),
);
/** One copy of Fluent's portal package: npm nests an identical copy under each component that needs it. */
const FLUENT_PORTAL = path.dirname(
  require.resolve('@fluentui/react-portal/package.json', {
    paths: [path.dirname(require.resolve('@fluentui/react-components/package.json'))],
  }),
);
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The unified manifest's app package (manifest, localization file, icons) for Integrated apps. */
const APP_PACKAGE = 'roombook-app-package.zip';

/** @param {boolean} production */
function deploymentOrExit(production) {
  try {
    return loadDeployment({ production });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // An admin's mistake, not a bug: the message says what to fix, a stack trace would bury it.
    console.error(`Roombook build: ${error.message}`);
    process.exit(1);
  }
}

/** Zips dist/manifest.json with what it names, using Microsoft's own packager (office-addin-manifest). */
class AppPackagePlugin {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.afterEmit.tapPromise('AppPackagePlugin', async () => {
      const out = compiler.outputPath;
      const bin = path.join(__dirname, 'node_modules', '.bin', 'office-addin-manifest');
      const args = ['export', '-m', path.join(out, 'manifest.json'), '-o', path.join(out, APP_PACKAGE)];
      await promisify(execFile)(bin, args, { timeout: 60_000 });
    });
  }
}

/**
 * @param {{ graphPort?: string | number, authorityPort?: string | number, port?: string | number, outlook?: boolean } | undefined} env
 * @param {{ mode?: string }} argv
 */
module.exports = (env, argv) => {
  const production = argv.mode !== 'development';
  /** The demo runs in the simulator against the emulator; everything else in a real Outlook. */
  const simulated = !production && !env?.outlook;
  const { deployment, demoPackage } = deploymentOrExit(production);
  const graphPort = Number(env?.graphPort ?? process.env.GRAPH_PORT ?? 3001);
  const authorityPort = Number(env?.authorityPort ?? process.env.AUTHORITY_PORT ?? graphPort + 1);
  const port = Number(env?.port ?? process.env.PORT ?? 3000);
  const appConfig = appConfigFor(
    simulated
      ? { kind: 'demo', graphPort, authorityPort, port, deployment }
      : {
          kind: 'production',
          deployment: production ? deployment : { ...deployment, baseUrl: DEV_BASE_URL },
        },
  );

  /** @type {import('webpack').EntryObject} */
  const entry = {
    taskpane: './src/taskpane/index.tsx',
    // The dialog page builds its own copy of the modules it shares with the pane (MSAL above all): a
    // module that both the pane's MSAL chunk and the dialog's entry import cannot be concatenated
    // into either, and 138 MSAL modules left as separate functions cost the pane 12 KB gzip.
    'auth-dialog': { import: './src/auth/dialog/index.ts', layer: 'auth-dialog' },
  };
  if (simulated) {
    entry.simulator = './dev/simulator/main.ts';
    entry['office-sim'] = './dev/simulator/officeShim.ts';
  }

  const plugins = [
    new webpack.DefinePlugin({ __ROOMBOOK_CONFIG__: JSON.stringify(appConfig) }),
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['taskpane'],
      // The simulator provides Office.js itself; a real Outlook loads it from Microsoft.
      officeJsUrl: simulated ? 'office-sim.js' : OFFICE_JS_CDN,
      contentSecurityPolicy: metaPolicy(appConfig, { devServer: !production }),
    }),
    new HtmlWebpackPlugin({
      filename: 'auth-dialog.html',
      template: './src/auth/dialog/auth-dialog.html',
      chunks: ['auth-dialog'],
      officeJsUrl: simulated ? 'office-sim.js' : OFFICE_JS_CDN,
      contentSecurityPolicy: metaPolicy(appConfig, { devServer: !production }),
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets', to: 'assets' },
        // support.html and privacy.html: the manifests' SupportUrl and privacy links.
        { from: 'public', to: '.' },
        {
          from: 'manifest*.{xml,json}',
          to: '[name][ext]',
          transform: production
            ? (content, file) => rewriteManifest(content.toString(), file, deployment, { demoPackage })
            : undefined,
        },
      ],
    }),
  ];
  if (production) plugins.push(new AppPackagePlugin());
  if (simulated) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './dev/simulator/index.html',
        chunks: ['simulator'],
      }),
    );
  }

  return {
    mode: production ? 'production' : 'development',
    // Production ships no source maps unless asked (ROOMBOOK_SOURCE_MAPS=1), and then as hidden maps:
    // written to dist/ for the organisation's own debugging, not referenced by the bundle, and to be
    // kept off the public host (docs/admin-deployment.md). Development maps are files too: webpack's
    // eval-based devtools would need 'unsafe-eval', which the pages' policy refuses.
    devtool: production
      ? process.env.ROOMBOOK_SOURCE_MAPS === '1' && 'hidden-source-map'
      : 'cheap-module-source-map',
    entry,
    // Code loaded when first needed (MSAL, the Privacy tab, the German catalogue) is split into chunks
    // named by content, so a new deployment never mixes with an old chunk in a cache.
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      alias: {
        // The catalogues arrive parsed (config/icuCatalogueLoader.js): intl-messageformat needs no parser.
        '@formatjs/icu-messageformat-parser$': '@formatjs/icu-messageformat-parser/no-parser.js',
        // One scheduler: Fluent's context selector asks for a newer one than react-dom's, for the two
        // functions (runWithPriority, NormalPriority) react-dom's has too; two copies cost 1.3 KB gzip.
        scheduler: SCHEDULER,
        // The Book tab's combobox and the confirm dialog each brought their own copy (the same version).
        '@fluentui/react-portal': FLUENT_PORTAL,
        // MSAL's nested-app controller without its standard controller, from modules MSAL does not
        // export (config/msalInternals.js): the pane's MSAL chunk 71.3 -> 33.0 KB gzip.
        ...msalInternals.webpackAliases(),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true } },
        },
        {
          test: /src[\\/]taskpane[\\/]i18n[\\/](en-US|de-DE)\.ts$/,
          enforce: 'pre',
          use: path.resolve(__dirname, 'config/icuCatalogueLoader.js'),
        },
      ],
    },
    plugins,
    // Code shared by lazily loaded views (Fluent's Badge, core's booking rules, the confirm dialog) goes
    // into a chunk of its own, however small, instead of a copy in each view's chunk: webpack's default
    // (20 KB) copied 20 KB of minified code three times over.
    optimization: { splitChunks: { minSize: 0 } },
    performance: { hints: false },
    experiments: { layers: true },
  };
};
