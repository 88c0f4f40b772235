// Entry of the task pane's Office.js in the simulator (the production build loads Microsoft's
// Office.js instead). The pane runs in an iframe of the simulator page, as add-ins run in an iframe
// of Outlook on the web; the host page publishes its mailbox on `window.roombookSimulator`.
import { createOfficeFacade, type ShimOptions } from './officeFacade';
import type { SimulatedMailbox } from './mailbox';

export interface SimulatorHost {
  readonly mailbox: SimulatedMailbox;
  readonly options: ShimOptions;
}

const host = (window.parent as Window & { roombookSimulator?: SimulatorHost }).roombookSimulator;
if (host) {
  (window as unknown as { Office: unknown }).Office = createOfficeFacade(host.mailbox, host.options);
} else {
  document.addEventListener('DOMContentLoaded', () => {
    document.body.textContent = 'Open Roombook from the Outlook simulator at / (npm start), not on its own.';
  });
}
