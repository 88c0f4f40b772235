// Consent lives in the mailbox's roaming settings: per user, roams with the mailbox, stored by Exchange.
import type { ConsentRecord } from '../core/model';
import { RoombookError } from '../core/errors';
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
      let value: unknown;
      try {
        value = settings().get(KEY);
      } catch (cause) {
        // The pane reports Office's failures as RoombookErrors only (src/core/errors.ts).
        throw new RoombookError('office', 'Reading roaming settings failed.', { cause });
      }
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
