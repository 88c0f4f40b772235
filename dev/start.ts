// `npm start`: the local demo with no tenant. The Graph emulator on GRAPH_PORT (3001) and the
// Outlook simulator with the task pane on PORT (3000), built by webpack in development mode.
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import { optionsFromEnv, startEmulatorServer } from './emulator/server';
import type { EmulatorOptions } from './emulator';

// webpack.config.js is CommonJS (webpack loads it directly); typed here by its shape.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../webpack.config.js') as (
  env: { graphPort: number },
  argv: { mode: string },
) => webpack.Configuration;

export interface Demo {
  readonly url: string;
  readonly graphUrl: string;
  close(): Promise<void>;
}

export async function startDemo(
  options: { port: number; graphPort: number; quiet?: boolean } & EmulatorOptions,
): Promise<Demo> {
  const emulator = await startEmulatorServer({ ...options, port: options.graphPort, host: 'localhost' });
  const compiler = webpack(webpackConfig({ graphPort: options.graphPort }, { mode: 'development' }));
  if (options.quiet) compiler.hooks.infrastructureLog.tap('roombook', () => true);
  // Ready means built: a page asked for before the first build is done waits for it, which on a busy
  // 2-core machine can outlast a browser test's navigation timeout.
  const firstBuild = new Promise<void>((resolve) => compiler.hooks.done.tap('roombook', () => resolve()));
  const server = new WebpackDevServer(
    {
      port: options.port,
      host: 'localhost',
      hot: false,
      liveReload: !options.quiet,
      client: { logging: 'warn', overlay: { errors: true, warnings: false } },
      devMiddleware: { stats: options.quiet ? 'none' : 'errors-warnings' },
    },
    compiler,
  );
  try {
    await server.start();
    await firstBuild;
  } catch (error) {
    await emulator.close();
    throw error;
  }
  return {
    url: `http://localhost:${options.port}/`,
    graphUrl: `${emulator.url}/v1.0`,
    close: async () => {
      await server.stop();
      await emulator.close();
    },
  };
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3000);
  const graphPort = Number(process.env.GRAPH_PORT ?? 3001);
  startDemo({ port, graphPort, ...optionsFromEnv(process.env) }).then(
    (demo) => {
      console.info(`\nRoombook demo: open ${demo.url} (Outlook simulator; click "Book a room").`);
      console.info(
        `Graph emulator: ${demo.graphUrl} (request log: ${demo.graphUrl.replace('/v1.0', '')}/_emulator/requests)\n`,
      );
      const stop = () => void demo.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error: unknown) => {
      console.error('The demo could not start:', error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
