// Consent is versioned: when what Roombook reads or writes changes, the version goes up and every
// user is asked again.
import type { ConsentRecord } from './model';

export const CONSENT_VERSION = 1;

export function needsConsent(record: ConsentRecord | null): boolean {
  return record === null || record.version < CONSENT_VERSION;
}

export function makeConsent(now: Date): ConsentRecord {
  return { version: CONSENT_VERSION, acceptedAt: now.toISOString() };
}
