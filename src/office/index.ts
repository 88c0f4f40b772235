// The Office.js adapters the composition root wires in. Only src/office touches `Office.*`.
import type { AppointmentPort, ConsentStore, PreferencesStore } from '../core/ports';
import { createAppointmentPort } from './appointment';
import { createConsentStore } from './consentStore';
import { createPreferencesStore } from './preferencesStore';

export interface OfficeAdapters {
  readonly appointment: AppointmentPort;
  readonly consent: ConsentStore;
  readonly preferences: PreferencesStore;
}

export function createOfficeAdapters(): OfficeAdapters {
  return {
    appointment: createAppointmentPort(),
    consent: createConsentStore(),
    preferences: createPreferencesStore(),
  };
}

export { whenOfficeReady, missingRequirements, officeTheme, uiLocale, userEmail } from './officeReady';
export { displayTimeZone } from './itemReader';
