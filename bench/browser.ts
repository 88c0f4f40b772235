// First results on a first-ever open, in Chromium (Debian's, headless) against the emulator over HTTP
// at the run's latency: the demo (simulator + pane + emulator, `npm start`'s wiring) on the bench's
// own ports, a new browser context each time (no cache, no stored consent), the user agreeing and
// the pane searching on its own as it opens. Timed from "Continue" on the consent panel (the first moment Roombook may call
// Graph) to the first room on screen; preflights are the OPTIONS requests the emulator logged. The pane
// is the production build (minified, React's production build), as users get it. Besides wall time it
// takes the renderer main thread's CPU time and its busy time (Chromium's Performance.getMetrics:
// ThreadTime, and TaskDuration, the tasks' wall time, which grows when a loaded machine takes the CPU
// away mid-task) and the emulator's CPU time (this process), so a number taken on a busy shared
// machine can be read for what it is.
import os from 'node:os';
import type { Browser } from 'playwright-core';
import { trafficOf, type TimedEntry } from '../dev/emulator/roundTrips';
import { startDemo } from '../dev/start';
import { GRAPH_CALLS } from '../src/graph/calls';
import { launchChromium } from '../test/e2e/browser';
import { median } from './stats';
import { ms } from './table';

export interface BrowserResult {
  readonly rooms: number;
  /** Chromium's CPU slowdown during the run (1: none). */
  readonly cpuThrottle: number;
  readonly firstResultsMs: number;
  readonly preflights: number;
  readonly roundTrips: number;
  readonly requests: number;
  /** Renderer main-thread CPU time from "Continue" to the first room (median), milliseconds. */
  readonly paneCpuMs: number;
  /** Renderer main-thread task time (wall) in the same span (median), milliseconds. */
  readonly paneBusyMs: number;
  /** CPU time of this process (the emulator over HTTP, the dev server) in the same span (median). */
  readonly emulatorCpuMs: number;
  /** Where the wall time went (medians), from the emulator's log on the bench's own clock. */
  readonly phases: Phases;
}

/**
 * The first-results span cut where Graph saw it: Continue to the first Graph request (the pane's
 * start, the token), the room pages, the wait between the last page and availability, availability,
 * and availability's answer to the first room on screen (parse, rank, render, layout).
 */
export interface Phases {
  readonly startMs: number;
  readonly directoryMs: number;
  readonly gapMs: number;
  readonly availabilityMs: number;
  readonly renderMs: number;
}

type LogEntry = TimedEntry & { url: string };

function phasesOf(entries: readonly LogEntry[], clickedAt: number, shownAt: number): Phases {
  const graph = entries.filter((e) => e.url.startsWith('/v1.0/') && e.method !== 'OPTIONS');
  const callTo = (path: string) => (e: LogEntry) => e.url.split('?')[0] === `/v1.0${path}`;
  const pages = graph.filter(callTo(GRAPH_CALLS.rooms.path));
  const first = Math.min(...graph.map((e) => e.startMs));
  const pagesEnd = Math.max(...pages.map((e) => e.endMs));
  // The first getSchedule round after the last page (one $batch, or one request): the answer the
  // first results show; later rounds are the background checks.
  const [round] = graph
    .filter((e) => callTo(GRAPH_CALLS.schedule.path)(e) && e.startMs >= pagesEnd)
    .sort((a, b) => a.startMs - b.startMs);
  const availability = round?.batchId ? graph.filter((e) => e.batchId === round.batchId) : [round];
  const availabilityStart = Math.min(...availability.map((e) => e?.startMs ?? Number.NaN));
  const availabilityEnd = Math.max(...availability.map((e) => e?.endMs ?? Number.NaN));
  return {
    startMs: first - clickedAt,
    directoryMs: pagesEnd - first,
    gapMs: availabilityStart - pagesEnd,
    availabilityMs: availabilityEnd - availabilityStart,
    renderMs: shownAt - availabilityEnd,
  };
}

/** The bench's ports: BENCH_PORT_BASE (3600 unless set) for the pane, the next one for the emulator. */
const PORT = Number(process.env.BENCH_PORT_BASE ?? 3600);

const PANE_FRAME = 'iframe[title="Roombook task pane"]';

interface FirstRoomWatch {
  firstRoomShown: Promise<number>;
}

/**
 * Runs in the pane: the time from the click on Continue to the frame painted after the first room
 * card entered the results list, on the pane's own clock. Playwright's waitFor polls at growing
 * intervals (up to half a second), which would add its own wait to the figure.
 */
function watchFirstRoom(): void {
  const watch = window as unknown as FirstRoomWatch;
  watch.firstRoomShown = new Promise((resolve) => {
    let clicked: number | null = null;
    document.addEventListener(
      'click',
      (event) => {
        const button = event.target instanceof Element ? event.target.closest('button') : null;
        if (clicked === null && button?.textContent?.trim() === 'Continue') clicked = performance.now();
      },
      true,
    );
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    const observer = new MutationObserver(() => {
      const lists = [...document.querySelectorAll('ul[aria-labelledby]')];
      const shown = lists.some(
        (list) =>
          document.getElementById(list.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ===
            'Rooms' && list.querySelector(':scope > li') !== null,
      );
      if (clicked === null || !shown) return;
      observer.disconnect();
      const from = clicked;
      // requestAnimationFrame runs before the frame's layout and paint; a task queued there runs after.
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - from)));
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

async function firstOpen(browser: Browser, url: string, graphUrl: string, cpuThrottle: number) {
  const log = async (): Promise<LogEntry[]> =>
    ((await (await fetch(`${graphUrl}/_emulator/requests`)).json()) as { value: LogEntry[] }).value;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    const mainThread = async () => {
      const metrics = (await cdp.send('Performance.getMetrics')).metrics;
      const seconds = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
      return { cpu: seconds('ThreadTime'), busy: seconds('TaskDuration') };
    };
    await page.goto(url);
    const pane = page.frameLocator(PANE_FRAME);
    await page.getByRole('button', { name: 'Book a room' }).click();
    await pane.getByRole('checkbox', { name: /^I agree/ }).check();
    const from = (await log()).length;
    const before = await mainThread();
    const cpuBefore = process.cpuUsage();
    const frame = await (await page.locator(PANE_FRAME).elementHandle())?.contentFrame();
    if (!frame) throw new Error('The task pane has no frame.');
    await frame.evaluate(watchFirstRoom);
    // The emulator runs in this process and stamps its log with performance.now(): one clock.
    const clickedAt = performance.now();
    await pane.getByRole('button', { name: 'Continue' }).click();
    const ms = await frame.evaluate(() => (window as unknown as FirstRoomWatch).firstRoomShown);
    const shownAt = clickedAt + ms;
    const cpu = process.cpuUsage(cpuBefore);
    const after = await mainThread();
    const paneCpuMs = (after.cpu - before.cpu) * 1000;
    const paneBusyMs = (after.busy - before.busy) * 1000;
    const emulatorCpuMs = (cpu.user + cpu.system) / 1000;
    const entries = (await log()).slice(from);
    const traffic = trafficOf(entries.filter((e) => e.url.startsWith('/v1.0/')));
    const phases = phasesOf(entries, clickedAt, shownAt);
    return { ms, paneCpuMs, paneBusyMs, emulatorCpuMs, phases, ...traffic };
  } finally {
    await context.close();
  }
}

export async function measureBrowser(options: {
  rooms: number;
  latencyMs: number;
  iterations: number;
  cpuThrottle: number;
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
    await firstOpen(browser, demo.url, graphUrl, options.cpuThrottle);
    const runs: Awaited<ReturnType<typeof firstOpen>>[] = [];
    for (let i = 0; i < options.iterations; i += 1)
      runs.push(await firstOpen(browser, demo.url, graphUrl, options.cpuThrottle));
    const pick = (
      key: 'ms' | 'preflights' | 'roundTrips' | 'requests' | 'paneCpuMs' | 'paneBusyMs' | 'emulatorCpuMs',
    ) => median(runs.map((r) => r[key]));
    const phase = (key: keyof Phases) => Math.round(median(runs.map((r) => r.phases[key])));
    return {
      rooms: options.rooms,
      cpuThrottle: options.cpuThrottle,
      firstResultsMs: Math.round(pick('ms')),
      preflights: pick('preflights'),
      roundTrips: pick('roundTrips'),
      requests: pick('requests'),
      paneCpuMs: Math.round(pick('paneCpuMs')),
      paneBusyMs: Math.round(pick('paneBusyMs')),
      emulatorCpuMs: Math.round(pick('emulatorCpuMs')),
      phases: {
        startMs: phase('startMs'),
        directoryMs: phase('directoryMs'),
        gapMs: phase('gapMs'),
        availabilityMs: phase('availabilityMs'),
        renderMs: phase('renderMs'),
      },
    };
  } finally {
    await browser.close();
    await demo.close();
  }
}

/** The run in one line, with the machine's load average (the Chromium section of docs/performance.md). */
export function describeBrowser(browser: BrowserResult): string {
  return (
    `Chromium${browser.cpuThrottle > 1 ? ` (CPU ${browser.cpuThrottle}× slower)` : ''}, first-ever open at ` +
    `${browser.rooms.toLocaleString('en-US')} rooms: first results after ` +
    `${ms(browser.firstResultsMs)} ms, ${browser.requests} requests, ${browser.preflights} CORS preflights, ` +
    `${browser.roundTrips} round trips; the pane's main thread ${ms(browser.paneCpuMs)} ms CPU ` +
    `(${ms(browser.paneBusyMs)} ms busy), ${ms(browser.emulatorCpuMs)} ms CPU in the emulator; ` +
    `load average ${os.loadavg()[0]?.toFixed(1)}.\n` +
    `  Continue to the first Graph request ${ms(browser.phases.startMs)} ms, room pages ` +
    `${ms(browser.phases.directoryMs)} ms, then ${ms(browser.phases.gapMs)} ms to availability, availability ` +
    `${ms(browser.phases.availabilityMs)} ms, its answer to the first room on screen ${ms(browser.phases.renderMs)} ms.`
  );
}
