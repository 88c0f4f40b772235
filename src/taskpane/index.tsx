// The composition root: after Office's one onReady gate, wire the adapters that the build's
// configuration names (the emulator for the demo, Microsoft 365 in production) and render the pane.
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
  const graph = deferredGraphAdapters(async () => {
    const { createGraphAdapters, createGraphClient } = await import('../graph');
    const client = createGraphClient({
      baseUrl: config.graphBaseUrl,
      tokens,
      audit,
      fetch: (input, init) => fetch(input, init),
    });
    return createGraphAdapters({ client, addinId: config.addinId });
  });
  void graph.preload();
  return {
    ...createOfficeAdapters(),
    directory: graph.directory,
    schedules: graph.schedules,
    meetingTimes: graph.meetingTimes,
    bookings: graph.bookings,
    tokens,
    audit,
    addinVersion: config.addinVersion,
    userEmail: userEmail(),
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
