// `npm run bench`: Roombook's search path against the in-process emulator (cold, warm and a naive
// client at each tenant size; the steps of a search on the largest), first results in Chromium, and
// the pane's JavaScript. Prints tables, then as its last line one JSON object with the numbers
// (docs/performance.md). Exits non-zero when a step goal is missed, except with --smallest (CI).
import os from 'node:os';
import { describeBrowser, measureBrowser } from './browser';
import { measureBundle } from './bundle';
import { readConfig } from './config';
import { measure, type Measurement } from './measure';
import { benchmarks, loadFixture } from './scenarios';
import { measureSize, type SizeResult } from './sizes';
import { ms, renderTable, table } from './table';
import { createBenchTenant } from './tenant';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

function sizeTable(sizes: readonly SizeResult[]): string {
  return renderTable(
    [
      'Rooms',
      'cold ms',
      'cold round trips',
      'cold requests',
      'warm ms',
      'warm round trips',
      'warm requests',
      'naive ms',
      'naive round trips',
      'naive requests',
      'naive ÷ cold',
      'naive ÷ warm',
    ],
    sizes.map((s) => [
      s.rooms.toLocaleString('en-US'),
      ms(s.cold.ms),
      String(s.cold.roundTrips),
      String(s.cold.requests),
      ms(s.warm.ms),
      String(s.warm.roundTrips),
      String(s.warm.requests),
      ms(s.naive.ms),
      String(s.naive.roundTrips),
      String(s.naive.requests),
      `${(s.naive.ms / s.cold.ms).toFixed(1)}×`,
      `${(s.naive.ms / s.warm.ms).toFixed(1)}×`,
    ]),
  );
}

async function main(): Promise<number> {
  const config = readConfig();
  console.info(
    `Roombook bench${config.smallest ? ' (smallest size only, goals not enforced)' : ''}: ` +
      `${config.latencyMs} ms per Graph request; Node ${process.version}, ${os.cpus().length} cores.`,
  );

  const sizes: SizeResult[] = [];
  for (const rooms of config.sizes) {
    sizes.push(await measureSize(config, rooms));
    process.stdout.write('.');
  }
  process.stdout.write(
    `\n\nFrom opening the pane to ranked rooms with availability (median of ${config.sizeIterations}):\n\n${sizeTable(sizes)}\n`,
  );

  const tenant = createBenchTenant(config);
  const fixture = await loadFixture(tenant, config);
  const steps: Measurement[] = [];
  for (const benchmark of benchmarks(tenant, config, fixture)) {
    steps.push(await measure(tenant, benchmark));
    process.stdout.write('.');
  }
  process.stdout.write(
    `\n\nSteps at ${config.rooms.toLocaleString('en-US')} rooms:\n\n${table(steps)}\n\nGoals (p95, and no 429):\n`,
  );
  for (const { benchmark } of steps) process.stdout.write(`  ${benchmark.name}: ${benchmark.goal}.\n`);

  const browser = await measureBrowser({
    rooms: config.rooms,
    latencyMs: config.latencyMs,
    iterations: config.sizeIterations,
    cpuThrottle: config.cpuThrottle,
  });
  process.stdout.write(`\n${describeBrowser(browser)}\n`);

  const bundle = await measureBundle();
  process.stdout.write(
    `\nTask pane JavaScript (gzip): ${kb(bundle.initialGzip)} before first paint, ${kb(bundle.totalGzip)} in all.\n` +
      bundle.files.map((f) => `  ${f.name}: ${kb(f.gzip)}${f.initial ? ' (initial)' : ''}\n`).join(''),
  );

  const missed = steps.filter((row) => !row.met);
  if (missed.length > 0)
    console.error(`Missed ${missed.length} goal(s): ${missed.map((row) => row.benchmark.name).join('; ')}.`);
  else console.info('Every step goal met.');

  const summary = {
    latencyMs: config.latencyMs,
    sizes,
    browser: { rooms: browser.rooms, firstResultsMs: browser.firstResultsMs, preflights: browser.preflights },
    bundle: { initialGzip: bundle.initialGzip, totalGzip: bundle.totalGzip },
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  return missed.length > 0 && !config.smallest ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
