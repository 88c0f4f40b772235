// `npm run bench:chromium`: only the Chromium part of the bench (bench/browser.ts), at BENCH_ROOMS
// rooms, BENCH_SIZE_ITERATIONS runs after one warm-up, on BENCH_PORT_BASE; prints the line `npm run
// bench` prints for it, then the result as JSON.
import { describeBrowser, measureBrowser } from './browser';
import { readConfig } from './config';

async function main(): Promise<void> {
  const config = readConfig();
  const browser = await measureBrowser({
    rooms: config.rooms,
    latencyMs: config.latencyMs,
    iterations: config.sizeIterations,
    cpuThrottle: config.cpuThrottle,
  });
  process.stdout.write(`${describeBrowser(browser)}\n${JSON.stringify(browser)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
