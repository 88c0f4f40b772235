// `npm start`: the local demo with no tenant. The Graph emulator on GRAPH_PORT (3001), its Entra-like
// authority over HTTPS on AUTHORITY_PORT (GRAPH_PORT + 1), and the Outlook simulator with the task
// pane on PORT (3000), built by webpack in development mode.
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import { optionsFromEnv, startEmulatorServer } from './emulator/server';
import type { EmulatorOptions } from './emulator';

// webpack.config.js is CommonJS (webpack loads it directly); typed here by its shape.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../webpack.config.js') as (
  env: { graphPort: number; authorityPort: number; port: number },
  argv: { mode: string },
) => webpack.Configuration;

export interface Demo {
  readonly url: string;
  readonly graphUrl: string;
  readonly authorityUrl: string;
  close(): Promise<void>;
}

export async function startDemo(
  options: {
    port: number;
    graphPort: number;
    authorityPort?: number;
    quiet?: boolean;
    /**
     * Builds the pane as `npm run build` does (minified, React's production build, no source maps,
     * no dev-server client), keeping the demo's wiring: what the benchmark times is what users get.
     */
    production?: boolean;
    /**
     * Rebuild when a file changes: `npm start` asks for it. Nothing else does (browser tests, the
     * bench): CopyWebpackPlugin watches the project's root, so a file written there would rebuild
     * the pane under them and hold its requests until the build is done (minutes on a busy machine).
     */
    watch?: boolean;
  } & EmulatorOptions,
): Promise<Demo> {
  const authorityPort = options.authorityPort ?? options.graphPort + 1;
  const emulator = await startEmulatorServer({
    ...options,
    port: options.graphPort,
    authorityPort,
    host: 'localhost',
  });
  const config = webpackConfig(
    { graphPort: options.graphPort, authorityPort, port: options.port },
    { mode: 'development' },
  );
  // A production build is built once whatever is asked: it is what the benchmark times.
  const once = options.watch && !options.production ? {} : { watchOptions: { ignored: /./ } };
  const compiler = webpack(
    options.production ? { ...config, mode: 'production', devtool: false, ...once } : { ...config, ...once },
  );
  if (options.quiet) compiler.hooks.infrastructureLog.tap('roombook', () => true);
  // Ready means built: the first page load must not race webpack's first build on a busy machine.
  const built = new Promise<void>((resolve) => compiler.hooks.done.tap('roombook-ready', () => resolve()));
  const server = new WebpackDevServer(
    {
      port: options.port,
      host: 'localhost',
      hot: false,
      liveReload: !options.quiet,
      client: options.production ? false : { logging: 'warn', overlay: { errors: true, warnings: false } },
      devMiddleware: { stats: options.quiet ? 'none' : 'errors-warnings' },
    },
    compiler,
  );
  try {
    await server.start();
    await built;
  } catch (error) {
    await emulator.close();
    throw error;
  }
  return {
    url: `http://localhost:${options.port}/`,
    graphUrl: `${emulator.url}/v1.0`,
    authorityUrl: emulator.authorityUrl ?? '',
    close: async () => {
      await server.stop();
      await emulator.close();
    },
  };
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3000);
  const graphPort = Number(process.env.GRAPH_PORT ?? 3001);
  const authorityPort = Number(process.env.AUTHORITY_PORT ?? graphPort + 1);
  startDemo({ port, graphPort, authorityPort, watch: true, ...optionsFromEnv(process.env) }).then(
    (demo) => {
      console.info(`\nRoombook demo: open ${demo.url} (Outlook simulator; click "Book a room").`);
      console.info(
        `Sign-in: the emulated Entra ID at ${demo.authorityUrl} uses a self-signed certificate; open it once and accept it (or start Chrome with --allow-insecure-localhost).`,
      );
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
