// Consent lives in the mailbox's roaming settings: per user, roams with the mailbox, stored by Exchange.
import type { ConsentRecord } from '../core/model';
import type { ConsentStore } from '../core/ports';
import { officeAsync } from './async';

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
  const settings = () => Office.context.roamingSettings;
  const save = () => officeAsync((cb) => settings().saveAsync(cb), 'Saving roaming settings');
  return {
    async get() {
      const value: unknown = settings().get(KEY);
      return isConsent(value) ? value : null;
    },
    async save(record) {
      settings().set(KEY, record);
      await save();
    },
    async clear() {
      settings().remove(KEY);
      await save();
    },
  };
}
