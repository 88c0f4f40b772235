// Serves the emulator alone: `npx tsx dev/emulator/cli.ts` (GRAPH_PORT, EMULATOR_SEED, EMULATOR_ROOMS,
// EMULATOR_LATENCY_MS).
import { optionsFromEnv, startEmulatorServer } from './server';

const port = Number(process.env.GRAPH_PORT ?? 3001);
startEmulatorServer({ port, host: 'localhost', ...optionsFromEnv(process.env) }).then(
  (running) => {
    console.info(
      `Microsoft Graph emulator: ${running.url}/v1.0 (control routes under ${running.url}/_emulator/)`,
    );
    const stop = () => void running.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (error: unknown) => {
    console.error(
      `The Graph emulator could not start on port ${port}:`,
      error instanceof Error ? error.message : error,
    );
    process.exit(1);
  },
);
