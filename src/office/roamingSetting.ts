// One setting in the mailbox's roaming settings: per user and add-in, stored by Exchange, roaming
// with the mailbox. Reads and saves fail as RoombookErrors only (src/core/errors.ts).
import { RoombookError } from '../core/errors';
import { officeAsync } from './async';

export interface RoamingSetting {
  /** The stored value as it is (another version or client may have written it): callers check it. */
  read(): unknown;
  write(value: unknown): Promise<void>;
  remove(): Promise<void>;
}

export function roamingSetting(key: string): RoamingSetting {
  const settings = () => Office.context.roamingSettings;
  const save = () => officeAsync((cb) => settings().saveAsync(cb), 'Saving roaming settings');
  return {
    read() {
      try {
        return settings().get(key);
      } catch (cause) {
        throw new RoombookError('office', 'Reading roaming settings failed.', { cause });
      }
    },
    async write(value) {
      settings().set(key, value);
      await save();
    },
    async remove() {
      settings().remove(key);
      await save();
    },
  };
}
