// The composition root: after Office's one onReady gate, wire the adapters that the build's
// configuration names (the emulator for the demo, Microsoft 365 in production) and render the pane.
import './zodWithoutEval'; // first: before any module builds a zod schema
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { createTokenProvider } from '../auth';
import type { AppConfig } from '../config';
import { AuditLog } from '../core/auditLog';
import {
  createOfficeAdapters,
  displayTimeZone,
  missingRequirements,
  officeTheme,
  uiLocale,
  userEmail,
  whenOfficeReady,
} from '../office';
import { App } from './App';
import { deferredGraphAdapters } from './deferredGraph';
import type { Services } from './services';

declare const __ROOMBOOK_CONFIG__: AppConfig;

function createServices(config: AppConfig): Services {
  const audit = new AuditLog();
  const tokens = createTokenProvider(config.auth);
  const user = userEmail();
  const graph = deferredGraphAdapters(async () => {
    const graphModule = await import('../graph');
    const client = graphModule.createGraphClient({
      baseUrl: config.graphBaseUrl,
      tokens,
      audit,
      fetch: (input, init) => fetch(input, init),
    });
    // One kept directory per Graph, tenant (its authority names it) and user
    // (docs/security-and-data-access.md).
    const key = `${config.graphBaseUrl}|${config.auth.authority}|${user.toLowerCase()}`;
    return {
      ...graphModule.createGraphAdapters({ client, addinId: config.addinId }),
      directory: graphModule.keptDirectory({
        open: () => graphModule.createRoomDirectory(client),
        store: globalThis.indexedDB
          ? graphModule.indexedDbSnapshots(globalThis.indexedDB, key)
          : graphModule.NOTHING_KEPT,
      }),
    };
  });
  // Both download while Office starts and the user reads the consent panel: a first search then
  // waits for neither (docs/performance.md, "Chromium").
  void graph.preload();
  void tokens.preload();
  return {
    ...createOfficeAdapters(),
    directory: graph.directory,
    schedules: graph.schedules,
    meetingTimes: graph.meetingTimes,
    bookings: graph.bookings,
    exceptions: graph.exceptions,
    checkIns: graph.checkIns,
    tokens,
    audit,
    addinVersion: config.addinVersion,
    userEmail: user,
    now: () => new Date(),
  };
}

async function main(): Promise<void> {
  await whenOfficeReady();
  const container = document.getElementById('root');
  if (!container) return;
  const missing = missingRequirements();
  createRoot(container).render(
    <App
      services={createServices(__ROOMBOOK_CONFIG__)}
      locale={uiLocale()}
      theme={officeTheme()}
      missingRequirements={missing}
      timeZone={missing.length === 0 ? displayTimeZone() : Intl.DateTimeFormat().resolvedOptions().timeZone}
    />,
  );
}

void main();
