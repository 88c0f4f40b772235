// Entry of the task pane's Office.js in the simulator (the production build loads Microsoft's
// Office.js instead). The pane runs in an iframe of the simulator page, as add-ins run in an iframe
// of Outlook on the web; the host page publishes its mailbox on `window.roombookSimulator`. The same
// script in an Office dialog window (opened by the pane) gives that window the dialog's Office.js.
import { createOfficeFacade, type ShimOptions } from './officeFacade';
import type { SimulatedMailbox } from './mailbox';
import { createNaaBridge, type NaaBroker } from './naaBroker';
import { createDialogOffice, openerChannel } from './officeDialog';

export interface SimulatorHost {
  readonly mailbox: SimulatedMailbox;
  readonly options: ShimOptions;
  /** Outlook's nested app authentication broker, behind the bridge MSAL looks for. */
  readonly broker: NaaBroker;
}

type Global = Window & { Office?: unknown; nestedAppAuthBridge?: unknown };

const self = window as unknown as Global;
const host =
  window.parent === window
    ? undefined
    : (window.parent as Window & { roombookSimulator?: SimulatorHost }).roombookSimulator;
const dialog = openerChannel();
if (host) {
  self.Office = createOfficeFacade(host.mailbox, host.options);
  if (host.options.nestedAppAuth && host.options.nestedAppAuthBridge !== false)
    self.nestedAppAuthBridge = createNaaBridge(host.broker);
} else if (dialog) {
  self.Office = createDialogOffice(dialog);
} else {
  document.addEventListener('DOMContentLoaded', () => {
    document.body.textContent = 'Open Roombook from the Outlook simulator at / (npm start), not on its own.';
  });
}
