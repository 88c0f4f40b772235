// The Office dialog API as Outlook on the web gives it: displayDialogAsync opens a real browser
// window (sign-in pages refuse to be framed), one at a time, only on the add-in's own origin; the
// page in it reaches the pane with messageParent; closing the window is event 12006.
// Errors and events: https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events
// (12005, "HTTPS required", is not modelled: the demo is served over http://localhost.)

type AsyncCallback = (result: {
  status: 'succeeded' | 'failed';
  value: unknown;
  error?: { code: number; name: string; message: string };
}) => void;

type Handler = (arg: { message: string; origin: string } | { error: number }) => void;

/** What a dialog window finds on its opener (the task pane) to talk back through. */
export interface DialogChannel {
  messageParent(message: string, origin: string): void;
}

const MESSAGE = 'dialogMessageReceived';
const EVENT = 'dialogEventReceived';
const CLOSED_BY_USER = 12006;

type PaneWindow = Window & { roombookDialogChannel?: DialogChannel };

let open: Window | null = null;

function fail(callback: AsyncCallback | undefined, code: number, name: string, message: string): void {
  setTimeout(() => callback?.({ status: 'failed', value: undefined, error: { code, name, message } }), 0);
}

export function displayDialogAsync(startAddress: string, args: unknown[]): void {
  const callback = [...args].reverse().find((a): a is AsyncCallback => typeof a === 'function');
  const options = (args.find((a) => typeof a === 'object' && a !== null) ?? {}) as {
    height?: number;
    width?: number;
  };
  const pane = window as PaneWindow;
  const url = new URL(startAddress, pane.location.href);
  if (url.origin !== pane.location.origin) {
    fail(
      callback,
      12004,
      'Display Dialog Error',
      "The domain of the URL is not included in your app's trusted domains.",
    );
    return;
  }
  if (open && !open.closed) {
    fail(callback, 12007, 'Display Dialog Error', 'A dialog box is already opened from this host window.');
    return;
  }
  // Options are percentages of the screen, as in Office.
  const width = Math.round((screen.availWidth * (options.width ?? 80)) / 100);
  const height = Math.round((screen.availHeight * (options.height ?? 80)) / 100);
  const dialogWindow = pane.open(url.href, 'roombook-office-dialog', `popup,width=${width},height=${height}`);
  if (!dialogWindow) {
    fail(callback, 12009, 'Display Dialog Error', 'The user chose to ignore the dialog box.');
    return;
  }
  open = dialogWindow;
  const handlers = new Map<string, Handler[]>();
  const emit = (type: string, arg: Parameters<Handler>[0]) => handlers.get(type)?.forEach((h) => h(arg));
  let closedByAddIn = false;
  const watch = setInterval(() => {
    if (!dialogWindow.closed) return;
    clearInterval(watch);
    if (open === dialogWindow) open = null;
    if (!closedByAddIn) emit(EVENT, { error: CLOSED_BY_USER });
  }, 200);
  pane.roombookDialogChannel = {
    messageParent: (message, origin) => {
      if (origin === pane.location.origin) emit(MESSAGE, { message, origin });
    },
  };
  const dialog = {
    addEventHandler: (type: string, handler: Handler) => {
      handlers.set(type, [...(handlers.get(type) ?? []), handler]);
    },
    close: () => {
      closedByAddIn = true;
      dialogWindow.close();
    },
    messageChild: () => undefined,
  };
  setTimeout(() => callback?.({ status: 'succeeded', value: dialog }), 0);
}

/** Office.js inside the dialog window: onReady and messageParent, reaching the pane that opened it. */
export function createDialogOffice(channel: DialogChannel) {
  return {
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Outlook', platform: 'OfficeOnline' };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      ui: { messageParent: (message: string) => channel.messageParent(message, window.location.origin) },
      requirements: { isSetSupported: () => false },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: MESSAGE, DialogEventReceived: EVENT },
  };
}

/** The channel of the pane that opened this window, if it is one of ours on this origin. */
export function openerChannel(): DialogChannel | null {
  try {
    return (window.opener as PaneWindow | null)?.roombookDialogChannel ?? null;
  } catch {
    return null; // an opener on another origin
  }
}
