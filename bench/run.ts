// `npm run bench`: Roombook's search path against the in-process emulator on a large tenant, with
// Graph-like latency. Prints a table and exits non-zero when a goal is missed (docs/performance.md).
import os from 'node:os';
import { readConfig } from './config';
import { measure, type Measurement } from './measure';
import { benchmarks, loadFixture } from './scenarios';
import { table } from './table';
import { createBenchTenant } from './tenant';

async function main(): Promise<number> {
  const config = readConfig();
  console.info(
    `Roombook bench: ${config.rooms.toLocaleString('en-US')} rooms, ${config.latencyMs} ms per Graph request, ` +
      `${config.iterations} iterations; Node ${process.version}, ${os.cpus().length} cores.`,
  );
  const tenant = createBenchTenant(config);
  const fixture = await loadFixture(tenant, config);
  const results: Measurement[] = [];
  for (const benchmark of benchmarks(tenant, config, fixture)) {
    results.push(await measure(tenant, benchmark));
    process.stdout.write('.');
  }
  process.stdout.write(`\n${table(results)}\n\nGoals (p95, and no 429):\n`);
  for (const { benchmark } of results) process.stdout.write(`  ${benchmark.name}: ${benchmark.goal}.\n`);
  const missed = results.filter((row) => !row.met);
  if (missed.length > 0) {
    console.error(`Missed ${missed.length} goal(s): ${missed.map((row) => row.benchmark.name).join('; ')}.`);
    return 1;
  }
  console.info('Every goal met.');
  return 0;
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
