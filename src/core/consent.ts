// Consent is versioned: when what Roombook reads or writes changes, the version goes up and every
// user is asked again.
import type { ConsentRecord } from './model';

// 2: check-ins (a Places check-in claim, written when the user checks in) were added to what it writes.
export const CONSENT_VERSION = 2;

export function needsConsent(record: ConsentRecord | null): boolean {
  return record === null || record.version < CONSENT_VERSION;
}

export function makeConsent(now: Date): ConsentRecord {
  return { version: CONSENT_VERSION, acceptedAt: now.toISOString() };
}
