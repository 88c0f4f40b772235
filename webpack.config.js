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
const { loadDeployment, rewriteManifest, appConfigFor, DEV_BASE_URL } = require('./config/deployment');

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * @param {{ graphPort?: string | number, outlook?: boolean } | undefined} env
 * @param {{ mode?: string }} argv
 */
module.exports = (env, argv) => {
  const production = argv.mode !== 'development';
  /** The demo runs in the simulator against the emulator; everything else in a real Outlook. */
  const simulated = !production && !env?.outlook;
  const deployment = loadDeployment();
  const graphPort = Number(env?.graphPort ?? process.env.GRAPH_PORT ?? 3001);
  const appConfig = appConfigFor(
    simulated
      ? { kind: 'demo', graphPort, deployment }
      : {
          kind: 'production',
          deployment: production ? deployment : { ...deployment, baseUrl: DEV_BASE_URL },
        },
  );

  /** @type {import('webpack').EntryObject} */
  const entry = {
    taskpane: './src/taskpane/index.tsx',
    'auth-dialog': './src/auth/dialog/index.ts',
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
    }),
    new HtmlWebpackPlugin({
      filename: 'auth-dialog.html',
      template: './src/auth/dialog/auth-dialog.html',
      chunks: ['auth-dialog'],
      officeJsUrl: simulated ? 'office-sim.js' : OFFICE_JS_CDN,
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
            ? (content, file) => rewriteManifest(content.toString(), file, deployment)
            : undefined,
        },
      ],
    }),
  ];
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
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry,
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true } },
        },
      ],
    },
    plugins,
    performance: { hints: false },
  };
};
