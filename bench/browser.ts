// First results on a first-ever open, in Chromium (Debian's, headless) against the emulator over HTTP
// at the run's latency: the demo (simulator + pane + emulator, `npm start`'s wiring) on the bench's
// own ports, a new browser context each time (no cache, no stored consent), the user agreeing and
// the pane searching on its own as it opens. Timed from "Continue" on the consent panel (the first moment Roombook may call
// Graph) to the first room on screen; preflights are the OPTIONS requests the emulator logged. The pane
// is the production build (minified, React's production build), as users get it. Besides wall time it
// takes CPU time: the renderer's main-thread task time (Chromium's Performance.getMetrics) and the
// emulator's (this process), so a number taken on a busy shared machine can be read for what it is.
import type { Browser } from 'playwright-core';
import { trafficOf, type TimedEntry } from '../dev/emulator/roundTrips';
import { startDemo } from '../dev/start';
import { launchChromium } from '../test/e2e/browser';
import { median } from './stats';

export interface BrowserResult {
  readonly rooms: number;
  readonly firstResultsMs: number;
  readonly preflights: number;
  readonly roundTrips: number;
  readonly requests: number;
  /** Renderer main-thread task time from "Continue" to the first room (median), milliseconds. */
  readonly paneCpuMs: number;
  /** CPU time of this process (the emulator over HTTP, the dev server) in the same span (median). */
  readonly emulatorCpuMs: number;
}

/** The bench's ports: BENCH_PORT_BASE (3600 unless set) for the pane, the next one for the emulator. */
const PORT = Number(process.env.BENCH_PORT_BASE ?? 3600);

async function firstOpen(browser: Browser, url: string, graphUrl: string) {
  const log = async (): Promise<(TimedEntry & { url: string })[]> =>
    (
      (await (await fetch(`${graphUrl}/_emulator/requests`)).json()) as {
        value: (TimedEntry & { url: string })[];
      }
    ).value;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskSeconds = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    await page.goto(url);
    const pane = page.frameLocator('iframe[title="Roombook task pane"]');
    await page.getByRole('button', { name: 'Book a room' }).click();
    await pane.getByRole('checkbox', { name: /^I agree/ }).check();
    const from = (await log()).length;
    const tasksBefore = await taskSeconds();
    const cpuBefore = process.cpuUsage();
    const started = Date.now();
    await pane.getByRole('button', { name: 'Continue' }).click();
    await pane.getByRole('list', { name: 'Rooms' }).getByRole('listitem').first().waitFor();
    const ms = Date.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const paneCpuMs = ((await taskSeconds()) - tasksBefore) * 1000;
    const emulatorCpuMs = (cpu.user + cpu.system) / 1000;
    const traffic = trafficOf((await log()).slice(from).filter((e) => e.url.startsWith('/v1.0/')));
    return { ms, paneCpuMs, emulatorCpuMs, ...traffic };
  } finally {
    await context.close();
  }
}

export async function measureBrowser(options: {
  rooms: number;
  latencyMs: number;
  iterations: number;
}): Promise<BrowserResult> {
  const demo = await startDemo({
    port: PORT,
    graphPort: PORT + 1,
    quiet: true,
    production: true,
    roomCount: options.rooms,
    latencyMs: options.latencyMs,
    seed: 7,
  });
  const browser = await launchChromium();
  try {
    const graphUrl = demo.graphUrl.replace(/\/v1\.0$/, '');
    // One warm-up (the dev server's first answers, Chromium's own start), then fresh contexts.
    await firstOpen(browser, demo.url, graphUrl);
    const runs: Awaited<ReturnType<typeof firstOpen>>[] = [];
    for (let i = 0; i < options.iterations; i += 1) runs.push(await firstOpen(browser, demo.url, graphUrl));
    const pick = (key: 'ms' | 'preflights' | 'roundTrips' | 'requests' | 'paneCpuMs' | 'emulatorCpuMs') =>
      median(runs.map((r) => r[key]));
    return {
      rooms: options.rooms,
      firstResultsMs: Math.round(pick('ms')),
      preflights: pick('preflights'),
      roundTrips: pick('roundTrips'),
      requests: pick('requests'),
      paneCpuMs: Math.round(pick('paneCpuMs')),
      emulatorCpuMs: Math.round(pick('emulatorCpuMs')),
    };
  } finally {
    await browser.close();
    await demo.close();
  }
}
