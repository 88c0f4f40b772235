// The Office.js adapters the composition root wires in. Only src/office touches `Office.*`.
import type { AppointmentPort, ConsentStore } from '../core/ports';
import { createAppointmentPort } from './appointment';
import { createConsentStore } from './consentStore';

export interface OfficeAdapters {
  readonly appointment: AppointmentPort;
  readonly consent: ConsentStore;
}

export function createOfficeAdapters(): OfficeAdapters {
  return { appointment: createAppointmentPort(), consent: createConsentStore() };
}

export { whenOfficeReady, missingRequirements, officeTheme, uiLocale, userEmail } from './officeReady';
export { displayTimeZone } from './itemReader';
