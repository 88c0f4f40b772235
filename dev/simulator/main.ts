// The Outlook simulator's host page: an appointment form and the task pane beside it, like Outlook
// on the web. Query parameters: lang (e.g. de-DE), theme (light|dark), mailbox (requirement set),
// naa=off (a host without nested app authentication: Roombook signs in through the Office dialog),
// naa=nobridge (NestedAppAuth 1.1 reported, but no bridge in the pane: the dialog again),
// preview=1 (Office.js's preview APIs), syncDelay (cached mode's sync delay in ms), client=mac (rooms
// added as a location are not invited, as reported for Outlook for Mac), client=windows (Time.setAsync
// cannot move a series, as in classic Outlook on Windows).
import type { AppConfig } from '../../src/config';
import { SimulatedMailbox, type Repeat } from './mailbox';
import { manifestFacts } from './manifest';
import { createNaaBroker } from './naaBroker';
import type { SimulatorHost } from './officeShim';

declare const __ROOMBOOK_CONFIG__: AppConfig;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const params = new URLSearchParams(window.location.search);
const emulatorUrl = new URL(__ROOMBOOK_CONFIG__.graphBaseUrl).origin;

/** datetime-local speaks the browser's local time; the mailbox keeps UTC instants. */
function toLocalInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

function fromLocalInput(value: string): Date | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

async function main(): Promise<void> {
  const tenant = (await (await fetch(`${emulatorUrl}/_emulator/tenant`)).json()) as {
    demoUser: string;
    users: { mail: string; displayName: string }[];
  };
  // Outlook knows the add-in from its installed manifest; the demo serves manifest.xml beside the page.
  const manifest = manifestFacts(await (await fetch('manifest.xml')).text());
  const me = tenant.users.find((u) => u.mail === tenant.demoUser);
  const mailbox = new SimulatedMailbox({
    emulatorUrl,
    fetch: (input, init) => fetch(input, init),
    user: {
      email: tenant.demoUser,
      displayName: me?.displayName ?? tenant.demoUser,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    },
    storage: window.localStorage,
    // Cached mode, as classic Outlook on Windows runs by default: a new item reaches Graph a few
    // seconds after it is saved (?syncDelay=<ms>, 0 for online mode).
    syncDelayMs: Number(params.get('syncDelay') ?? 3000),
  });
  const host: SimulatorHost = {
    mailbox,
    options: {
      displayLanguage: params.get('lang') ?? 'en-US',
      theme: params.get('theme') === 'dark' ? 'dark' : 'light',
      mailboxVersion: params.get('mailbox') ?? '1.13',
      nestedAppAuth: params.get('naa') !== 'off',
      nestedAppAuthBridge: params.get('naa') !== 'nobridge',
      manifest,
      preview: params.get('preview') === '1',
      roomLocations: params.get('client') === 'mac' ? 'locationOnly' : 'invite',
      seriesTimeSetAsync: params.get('client') === 'windows' ? 'refused' : 'allowed',
    },
    broker: createNaaBroker({
      authority: __ROOMBOOK_CONFIG__.auth.authority,
      tokenEndpoint: `${emulatorUrl}${new URL(__ROOMBOOK_CONFIG__.auth.authority).pathname}/oauth2/v2.0/token`,
      emulatorUrl,
      fetch: (input, init) => fetch(input, init),
    }),
  };
  (window as Window & { roombookSimulator?: SimulatorHost }).roombookSimulator = host;

  $('who').textContent =
    `Signed in as ${mailbox.user.displayName} <${mailbox.user.email}> · Graph emulator at ${emulatorUrl}`;
  $('people').replaceChildren(
    ...tenant.users
      .filter((u) => u.mail !== tenant.demoUser)
      .map((u) => Object.assign(document.createElement('option'), { value: u.mail, label: u.displayName })),
  );

  const subject = $<HTMLInputElement>('subject');
  const attendees = $<HTMLInputElement>('attendees');
  const start = $<HTMLInputElement>('start');
  const end = $<HTMLInputElement>('end');
  const allDay = $<HTMLInputElement>('allday');
  const repeat = $<HTMLSelectElement>('repeat');
  const location = $<HTMLInputElement>('location');

  const render = () => {
    const item = mailbox.item();
    if (document.activeElement !== subject) subject.value = item.subject;
    if (document.activeElement !== start) start.value = toLocalInput(item.start);
    if (document.activeElement !== end) end.value = toLocalInput(item.end);
    allDay.checked = item.isAllDay;
    repeat.value = item.repeat;
    $('rooms').replaceChildren(
      ...item.rooms.map((r) =>
        Object.assign(document.createElement('span'), { textContent: r.displayName || r.email }),
      ),
    );
    $('notification').textContent = mailbox.notification() ?? '';
    const saved = mailbox.savedState();
    const responses = Object.entries(saved?.roomResponses ?? {})
      .map(([room, response]) => `${room}: ${response}`)
      .join(', ');
    $('saved').textContent = saved
      ? `${saved.isDraft ? 'Saved to your calendar (not sent).' : 'Sent.'}${responses ? ` Rooms: ${responses}.` : ''}`
      : '';
  };
  mailbox.subscribe(render);
  render();

  const report = (action: Promise<unknown>) => {
    $('error').textContent = '';
    action.catch((error: unknown) => {
      $('error').textContent = error instanceof Error ? error.message : String(error);
    });
  };

  subject.addEventListener('input', () => mailbox.update({ subject: subject.value }));
  attendees.addEventListener('change', () =>
    mailbox.update({
      required: attendees.value
        .split(/[,;]/)
        .map((a) => a.trim().toLowerCase())
        .filter(Boolean),
    }),
  );
  start.addEventListener('change', () => {
    const value = fromLocalInput(start.value);
    if (!value) return;
    const length = mailbox.item().end.getTime() - mailbox.item().start.getTime();
    mailbox.update({ start: value, end: new Date(value.getTime() + length) });
  });
  end.addEventListener('change', () => {
    const value = fromLocalInput(end.value);
    if (value && value > mailbox.item().start) mailbox.update({ end: value });
    else render();
  });
  allDay.addEventListener('change', () => {
    const day = new Date(mailbox.item().start);
    day.setUTCHours(0, 0, 0, 0);
    mailbox.update(
      allDay.checked
        ? { isAllDay: true, start: day, end: new Date(day.getTime() + 86_400_000) }
        : {
            isAllDay: false,
            start: new Date(day.getTime() + 9 * 3_600_000),
            end: new Date(day.getTime() + 10 * 3_600_000),
          },
    );
  });
  repeat.addEventListener('change', () => mailbox.update({ repeat: repeat.value as Repeat }));
  location.addEventListener('change', () => mailbox.update({ customLocation: location.value.trim() }));

  const pane = $('pane');
  const frame = $<HTMLIFrameElement>('taskpane');
  const showCalendar = async () => {
    const entries = await mailbox.calendar();
    $('calendar').replaceChildren(
      ...entries.map((entry) => {
        const li = document.createElement('li');
        const when = entry.start.toLocaleString();
        const open = Object.assign(document.createElement('button'), {
          type: 'button',
          textContent: `Open ${entry.subject || '(untitled)'}`,
        });
        open.setAttribute('aria-label', `Open ${entry.subject || '(untitled)'}, ${when}`);
        // Outlook closes an add-in's task pane when another item is opened.
        open.addEventListener('click', () =>
          report(
            mailbox.open(entry.restId).then(() => {
              pane.hidden = true;
              frame.removeAttribute('src');
            }),
          ),
        );
        li.append(open, ` ${when}${entry.isSeries ? ' (series)' : ''}`);
        if (entry.isSeries) {
          const second = Object.assign(document.createElement('button'), {
            type: 'button',
            textContent: `Open occurrence 2 of ${entry.subject || '(untitled)'}`,
          });
          second.addEventListener('click', () =>
            report(
              mailbox.openOccurrence(entry.restId, 1).then(() => {
                pane.hidden = true;
                frame.removeAttribute('src');
              }),
            ),
          );
          li.append(' ', second);
        }
        return li;
      }),
    );
  };
  $('save').addEventListener('click', () => report(mailbox.save().then(showCalendar)));
  $('send').addEventListener('click', () =>
    report(
      mailbox
        .send()
        .then(() => mailbox.refresh())
        .then(showCalendar),
    ),
  );
  report(showCalendar());
  $('discard').addEventListener('click', () => window.location.reload());
  $('book').addEventListener('click', () => {
    if (!frame.getAttribute('src')) frame.src = 'taskpane.html';
    pane.hidden = false;
    frame.focus();
  });
  $('close-pane').addEventListener('click', () => {
    pane.hidden = true;
    $('book').focus();
  });
}

main().catch((error: unknown) => {
  document.body.textContent = `The Outlook simulator could not reach the Graph emulator at ${emulatorUrl}: ${String(error)}. Start both with npm start.`;
});
