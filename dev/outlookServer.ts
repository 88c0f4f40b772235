// `npm run dev-server`, which `npm run start:outlook` (office-addin-debugging) starts before it
// sideloads manifest.xml: the task pane with the production wiring (NAA, Microsoft Graph) served
// from https://localhost:3000, where the source manifests point. Needs a tenant and an app
// registration whose client id is in config/deployment.json (docs/sign-in.md).
import { getHttpsServerOptions } from 'office-addin-dev-certs';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../webpack.config.js') as (
  env: { outlook: boolean },
  argv: { mode: string },
) => webpack.Configuration;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_BASE_URL } = require('../config/deployment.js') as { DEV_BASE_URL: string };

async function main(): Promise<void> {
  // Outlook loads add-ins only over HTTPS with a certificate it trusts; office-addin-dev-certs makes
  // and trusts a localhost certificate the first time (the system asks for permission once).
  const https = await getHttpsServerOptions();
  const compiler = webpack(webpackConfig({ outlook: true }, { mode: 'development' }));
  const server = new WebpackDevServer(
    {
      port: Number(new URL(DEV_BASE_URL).port),
      host: 'localhost',
      server: { type: 'https', options: https },
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: { logging: 'warn' },
    },
    compiler,
  );
  await server.start();
  console.info(`Roombook for Outlook: ${DEV_BASE_URL}/taskpane.html (sideload manifest.xml).`);
}

main().catch((error: unknown) => {
  console.error('The Outlook dev server could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
