// Office.js reports results through callbacks with an AsyncResult. Wrapped once here as promises
// that reject with a RoombookError, so no other code deals with callbacks or Office error shapes.
import { RoombookError } from '../core/errors';

export function officeAsync<T>(
  call: (callback: (result: Office.AsyncResult<T>) => void) => void,
  what: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    try {
      call((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
        else
          reject(
            new RoombookError(
              'office',
              `${what} failed (${result.error?.code ?? 'unknown'}: ${result.error?.name ?? ''}).`,
            ),
          );
      });
    } catch (cause) {
      reject(new RoombookError('office', `${what} is not available in this Outlook.`, { cause }));
    }
  });
}
