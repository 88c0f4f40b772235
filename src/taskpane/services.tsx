// What the UI gets from the composition root: core's ports and a few values. Components reach them
// through context, so tests render the same components with in-process adapters.
import * as React from 'react';
import type { AuditLog } from '../core/auditLog';
import type {
  AppointmentPort,
  BookingStore,
  CheckIns,
  ConsentStore,
  KeptDirectory,
  MeetingTimeFinder,
  PreferencesStore,
  ScheduleSource,
  SeriesExceptions,
  TokenProvider,
} from '../core/ports';

export interface Services {
  readonly appointment: AppointmentPort;
  readonly consent: ConsentStore;
  /** Favourite rooms and last filters (roaming settings). */
  readonly preferences: PreferencesStore;
  readonly directory: KeptDirectory;
  readonly schedules: ScheduleSource;
  readonly meetingTimes: MeetingTimeFinder;
  readonly bookings: BookingStore;
  readonly exceptions: SeriesExceptions;
  readonly checkIns: CheckIns;
  readonly tokens: TokenProvider;
  readonly audit: AuditLog;
  readonly addinVersion: string;
  readonly userEmail: string;
  readonly now: () => Date;
  /** Waits between checks while Outlook syncs an item; tests pass one that moves their clock. */
  readonly sleep?: (ms: number) => Promise<void>;
}

const ServicesContext = React.createContext<Services | null>(null);

export function ServicesProvider(props: {
  services: Services;
  children: React.ReactNode;
}): React.JSX.Element {
  return <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = React.useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
