// Consent lives in the mailbox's roaming settings: per user, roams with the mailbox, stored by Exchange.
import type { ConsentRecord } from '../core/model';
import type { ConsentStore } from '../core/ports';
import { roamingSetting } from './roamingSetting';

const KEY = 'roombook.consent';

function isConsent(value: unknown): value is ConsentRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ConsentRecord).version === 'number' &&
    typeof (value as ConsentRecord).acceptedAt === 'string'
  );
}

export function createConsentStore(): ConsentStore {
  const setting = roamingSetting(KEY);
  return {
    async get() {
      const value = setting.read();
      return isConsent(value) ? value : null;
    },
    save: (record) => setting.write(record),
    clear: () => setting.remove(),
  };
}
