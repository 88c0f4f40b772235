// The Office dialog API, for sign-in where nested app authentication is unavailable or a popup is
// blocked: the dialog page signs in with MSAL and sends the result back with messageParent.
import { RoombookError } from '../core/errors';

export interface DialogAuthResult {
  readonly accessToken: string;
  /** When the token expires, as MSAL reported it in the dialog; null if it did not say. */
  readonly expiresOn: Date | null;
}

/** Message the dialog page sends to the task pane. */
export type DialogMessage =
  | { readonly status: 'success'; readonly accessToken: string; readonly expiresOn?: string }
  | { readonly status: 'error'; readonly code: string };

/** True when the host supports nested app authentication (NAA). */
export function supportsNestedAppAuth(): boolean {
  return (
    typeof Office !== 'undefined' &&
    Boolean(Office.context?.requirements?.isSetSupported('NestedAppAuth', '1.1'))
  );
}

/** Dialog closed by the user (Office's documented event code). */
const DIALOG_CLOSED = 12006;

export function openAuthDialog(url: string): Promise<DialogAuthResult> {
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(
      url,
      { height: 60, width: 30, promptBeforeOpen: false },
      (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) {
          reject(
            new RoombookError(
              'interactionRequired',
              `The sign-in window could not open (${opened.error.code}).`,
            ),
          );
          return;
        }
        const dialog = opened.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          dialog.close();
          try {
            const message = JSON.parse('message' in arg ? arg.message : '{}') as DialogMessage;
            if (message.status === 'success') {
              const expiresOn = message.expiresOn ? new Date(message.expiresOn) : null;
              resolve({
                accessToken: message.accessToken,
                expiresOn: expiresOn && !Number.isNaN(expiresOn.getTime()) ? expiresOn : null,
              });
            } else
              reject(
                new RoombookError(
                  /consent|access_denied|65001/i.test(message.code)
                    ? 'consentDeclined'
                    : 'interactionRequired',
                  `Sign-in failed (${message.code}).`,
                ),
              );
          } catch {
            reject(new RoombookError('interactionRequired', 'The sign-in window sent an unreadable answer.'));
          }
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
          const code = 'error' in arg ? arg.error : 0;
          reject(
            new RoombookError(
              code === DIALOG_CLOSED ? 'consentDeclined' : 'interactionRequired',
              `The sign-in window closed (${code}).`,
            ),
          );
        });
      },
    );
  });
}

/** In the dialog page: hand the result to the task pane. */
export function messageParent(message: DialogMessage): void {
  Office.context.ui.messageParent(JSON.stringify(message));
}

export function whenDialogReady(): Promise<void> {
  return Office.onReady().then(() => undefined);
}
