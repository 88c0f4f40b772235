// The Outlook side of the simulator: one appointment being composed, saved and sent through the
// emulator's Outlook control routes (Outlook talks to Exchange, not Graph, so these are not in the
// Graph log), the mailbox's roaming settings, and the item events Outlook raises. The host page
// renders it as a form; the task pane's Office.js shim (officeShim.ts) reads and changes it.

export type Repeat = 'none' | 'daily' | 'weekly';

export interface RoomOnItem {
  readonly email: string;
  readonly displayName: string;
}

export interface DraftItem {
  readonly subject: string;
  readonly start: Date;
  readonly end: Date;
  readonly isAllDay: boolean;
  readonly required: readonly string[];
  readonly rooms: readonly RoomOnItem[];
  /** Free-text location typed into the form. */
  readonly customLocation: string;
  /** Rooms shown on the location line only, not invited (Outlook for Mac, see officeFacade). */
  readonly locationOnlyRooms: readonly string[];
  readonly repeat: Repeat;
  /** Occurrences of a repeating meeting. */
  readonly occurrences: number;
}

/** An item as the emulator's Outlook routes return it. */
interface ItemView {
  readonly id: string;
  readonly itemId: string;
  readonly subject: string;
  readonly start: string;
  readonly end: string;
  readonly isAllDay: boolean;
  readonly isDraft: boolean;
  readonly recurrence: {
    pattern: { type: string };
    range: { numberOfOccurrences?: number };
  } | null;
  readonly customProperties: Record<string, string>;
  readonly seriesId: string | null;
  readonly seriesItemId: string | null;
  readonly locations: { displayName: string; locationEmailAddress?: string }[];
  readonly attendees: { address: string; type: string; response: string }[];
}

export interface CalendarEntry {
  readonly restId: string;
  readonly subject: string;
  readonly start: Date;
  readonly isSeries: boolean;
}

export type ItemEvent = 'olkAppointmentTimeChanged' | 'olkRecipientsChanged' | 'olkRecurrenceChanged';

/** Key-value storage for roaming settings (the browser's localStorage in the page, a Map in tests). */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface MailboxOptions {
  /** Origin of the emulator, e.g. http://localhost:3001. */
  readonly emulatorUrl: string;
  readonly fetch: (input: string, init?: RequestInit) => Promise<Response>;
  readonly user: { readonly email: string; readonly displayName: string; readonly timeZone: string };
  readonly storage: SettingsStorage;
  readonly now?: () => Date;
  /**
   * Cached mode: how long a newly saved item takes to sync to the server, during which Graph answers
   * 404 for its id. 0 is online mode.
   */
  readonly syncDelayMs?: number;
}

export interface SavedState {
  /** EWS item id, as Office.js's getItemIdAsync returns it. */
  readonly itemId: string;
  readonly restId: string;
  readonly isDraft: boolean;
  readonly customProperties: Readonly<Record<string, string>>;
  readonly locationText: string;
  readonly roomResponses: Readonly<Record<string, string>>;
  /** For one occurrence of a series opened on its own: the series' EWS id (Office.js's seriesId). */
  readonly seriesItemId: string | null;
}

const ROAMING_KEY = 'roombook-simulator.roamingSettings';

let keys = 0;
const newClientKey = () => `form-${Date.now().toString(36)}-${(keys += 1)}`;
const HOUR = 3_600_000;

function nextHalfHour(now: Date): Date {
  const next = new Date(now.getTime() + 30 * 60_000);
  next.setUTCMinutes(next.getUTCMinutes() < 30 ? 30 : 60, 0, 0);
  // Rooms are most useful to try on a working day: move a weekend default to Monday.
  while (next.getUTCDay() === 0 || next.getUTCDay() === 6) next.setTime(next.getTime() + 24 * HOUR);
  return next;
}

/** The series an opened occurrence belongs to, as Office.js's recurrence reports it for the occurrence. */
export interface SeriesPattern {
  readonly repeat: Exclude<Repeat, 'none'>;
  readonly start: Date;
  readonly occurrences: number;
}

/**
 * A fault for tests on Outlook's save (Exchange out of reach): the save fails with one of Office's
 * codes, 9021 ("Connection error occurred while trying to save the item on the server") or 9020
 * (Generic Response Error), without saving; or, `answerLost`, it is saved and the answer never comes
 * back (Outlook reports 9021). `times` is how many saves fail; null for every save.
 * https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes
 */
export interface SaveFault {
  readonly code: 9020 | 9021;
  readonly answerLost?: boolean;
  times: number | null;
}

/** A save that failed with Office's error code (officeFacade reports it through saveAsync). */
export class SaveFailure extends Error {
  constructor(readonly code: 9020 | 9021) {
    super(`Outlook could not save the item (${code}).`);
  }
}

export class SimulatedMailbox {
  private draft: DraftItem;
  /** This form's item, as Outlook knows it before its first save (see save()). */
  private clientKey = newClientKey();
  /** Saves run one after another, as Outlook's do: two saves never both create the item. */
  private saving: Promise<unknown> = Promise.resolve();
  /** See SaveFault. */
  saveFault: SaveFault | null = null;
  private series: SeriesPattern | null = null;
  private saved: SavedState | null = null;
  private notice: string | null = null;
  private readonly handlers = new Map<ItemEvent, Set<() => void>>();
  private readonly listeners = new Set<() => void>();
  private roaming: Record<string, unknown>;
  /**
   * A switch for tests: while set, Exchange is out of reach for roaming settings, so the facade's
   * `roamingSettings.saveAsync` fails and `get` throws with this message (nothing is stored).
   */
  roamingFailure: string | null = null;

  constructor(private readonly options: MailboxOptions) {
    const start = nextHalfHour(options.now?.() ?? new Date());
    this.draft = {
      subject: '',
      start,
      end: new Date(start.getTime() + HOUR),
      isAllDay: false,
      required: [],
      rooms: [],
      customLocation: '',
      locationOnlyRooms: [],
      repeat: 'none',
      occurrences: 10,
    };
    this.roaming = this.loadRoaming();
  }

  get user(): MailboxOptions['user'] {
    return this.options.user;
  }

  item(): DraftItem {
    return this.draft;
  }

  savedState(): SavedState | null {
    return this.saved;
  }

  /** The add-in's message in the item's notification bar. */
  notification(): string | null {
    return this.notice;
  }

  notify(message: string): void {
    this.notice = message;
    this.changed();
  }

  /** The host form re-renders on every change. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  addHandler(event: ItemEvent, handler: () => void): void {
    const set = this.handlers.get(event) ?? new Set();
    set.add(handler);
    this.handlers.set(event, set);
  }

  removeHandlers(event: ItemEvent): void {
    this.handlers.delete(event);
  }

  /**
   * Changes the form. A change of the series' pattern, or one made through recurrence.setAsync
   * (`by: 'recurrence'`), raises RecurrenceChanged; one of the start, end or all-day flag otherwise
   * raises AppointmentTimeChanged (https://learn.microsoft.com/javascript/api/office/office.eventtype).
   */
  update(patch: Partial<DraftItem>, by: 'form' | 'recurrence' = 'form'): void {
    const before = this.draft;
    this.draft = { ...before, ...patch };
    this.changed();
    const timeChanged =
      before.start.getTime() !== this.draft.start.getTime() ||
      before.end.getTime() !== this.draft.end.getTime() ||
      before.isAllDay !== this.draft.isAllDay;
    const recurrenceChanged =
      before.repeat !== this.draft.repeat || before.occurrences !== this.draft.occurrences;
    if (recurrenceChanged || (by === 'recurrence' && timeChanged)) this.raise('olkRecurrenceChanged');
    if (timeChanged && by === 'form') this.raise('olkAppointmentTimeChanged');
    if (before.required.join() !== this.draft.required.join() || before.rooms !== this.draft.rooms) {
      this.raise('olkRecipientsChanged');
    }
  }

  addRooms(rooms: readonly RoomOnItem[]): void {
    const known = new Set(this.draft.rooms.map((r) => r.email.toLowerCase()));
    const added = rooms.filter((r) => !known.has(r.email.toLowerCase()));
    if (added.length) this.update({ rooms: [...this.draft.rooms, ...added] });
  }

  removeRooms(emails: readonly string[]): void {
    const gone = new Set(emails.map((e) => e.toLowerCase()));
    this.update({ rooms: this.draft.rooms.filter((r) => !gone.has(r.email.toLowerCase())) });
  }

  /** The location line as Outlook shows it: rooms, then any typed location. */
  locationText(): string {
    return [
      ...this.draft.rooms.map((r) => r.displayName || r.email),
      ...this.draft.locationOnlyRooms,
      this.draft.customLocation,
    ]
      .filter(Boolean)
      .join('; ');
  }

  /**
   * Saves the item to the calendar (a draft: nobody is invited until it is sent). Saving the same
   * item again updates it, with the same id, as Outlook's saveAsync does ("Saving an existing
   * appointment will send an update to added or removed attendees"); a first save whose answer was
   * lost is found again by the form's key, so it leaves no second item.
   * https://learn.microsoft.com/javascript/api/outlook/office.appointmentcompose#outlook-office-appointmentcompose-saveasync-member(1)
   */
  save(): Promise<string> {
    const run = this.saving.then(
      () => this.saveNow(),
      () => this.saveNow(),
    );
    this.saving = run.catch(() => undefined);
    return run;
  }

  private async saveNow(): Promise<string> {
    if (this.saveFault?.times === 0) this.saveFault = null;
    const fault = this.saveFault;
    if (fault?.times) fault.times -= 1;
    if (fault && !fault.answerLost) throw new SaveFailure(fault.code);
    const body = this.itemBody();
    const answer = this.saved
      ? await this.control('PATCH', `/items/${encodeURIComponent(this.saved.restId)}`, body)
      : await this.control('POST', '/items', {
          ...body,
          user: this.options.user.email,
          syncDelayMs: this.options.syncDelayMs ?? 0,
          clientKey: this.clientKey,
        });
    if (fault?.answerLost) throw new SaveFailure(fault.code);
    this.saved = this.savedFrom(answer);
    // Outlook resolves a room added by address to its directory name when the item is saved.
    const names = new Map(
      (answer as { locations: { locationEmailAddress?: string; displayName: string }[] }).locations.map(
        (l) => [l.locationEmailAddress ?? '', l.displayName],
      ),
    );
    this.draft = {
      ...this.draft,
      rooms: this.draft.rooms.map((r) => ({
        ...r,
        displayName: names.get(r.email.toLowerCase()) ?? r.displayName,
      })),
    };
    this.changed();
    return this.saved.itemId;
  }

  /** Sends the invitation: attendees get it, and rooms accept or decline. */
  async send(): Promise<void> {
    await this.save();
    const restId = this.saved?.restId ?? '';
    this.saved = this.savedFrom(await this.control('POST', `/items/${encodeURIComponent(restId)}/send`));
    this.changed();
  }

  /** The organizer's meetings, as Outlook's calendar lists them. */
  async calendar(): Promise<CalendarEntry[]> {
    const answer = (await this.control(
      'GET',
      `/items?user=${encodeURIComponent(this.options.user.email)}`,
    )) as {
      value: ItemView[];
    };
    return answer.value.map((view) => ({
      restId: view.id,
      subject: view.subject,
      start: new Date(view.start),
      isSeries: view.recurrence !== null,
    }));
  }

  /** Opens a saved meeting in the form, as double-clicking it in Outlook's calendar does. */
  async open(restId: string): Promise<void> {
    const view = (await this.control('GET', `/items/${encodeURIComponent(restId)}`)) as ItemView;
    const names = new Map(view.locations.map((l) => [l.locationEmailAddress ?? '', l.displayName]));
    const pattern = view.recurrence?.pattern.type;
    this.draft = {
      subject: view.subject,
      start: new Date(view.start),
      end: new Date(view.end),
      isAllDay: view.isAllDay,
      required: view.attendees.filter((a) => a.type !== 'resource').map((a) => a.address),
      rooms: view.attendees
        .filter((a) => a.type === 'resource')
        .map((a) => ({ email: a.address, displayName: names.get(a.address) ?? a.address })),
      customLocation: view.locations
        .filter((l) => !l.locationEmailAddress)
        .map((l) => l.displayName)
        .join('; '),
      locationOnlyRooms: [],
      repeat: pattern === 'daily' || pattern === 'weekly' ? pattern : 'none',
      occurrences: view.recurrence?.range.numberOfOccurrences ?? 10,
    };
    this.saved = this.savedFrom(view);
    this.clientKey = newClientKey();
    this.series = view.seriesId ? await this.seriesOf(view.seriesId) : null;
    this.notice = null;
    this.changed();
  }

  /** For an occurrence opened on its own: its series' pattern (Office.js reports it as the item's recurrence). */
  seriesPattern(): SeriesPattern | null {
    return this.series;
  }

  private async seriesOf(restId: string): Promise<SeriesPattern | null> {
    const view = (await this.control('GET', `/items/${encodeURIComponent(restId)}`)) as ItemView;
    const type = view.recurrence?.pattern.type;
    if (type !== 'daily' && type !== 'weekly') return null;
    return {
      repeat: type,
      start: new Date(view.start),
      occurrences: view.recurrence?.range.numberOfOccurrences ?? 10,
    };
  }

  /** Opens one occurrence of a saved series (0 is the first), as Outlook's "Open this occurrence". */
  async openOccurrence(seriesRestId: string, index: number): Promise<void> {
    await this.open(`${seriesRestId}_OCC${index}`);
  }

  /** Re-reads what Exchange holds (the add-in's custom properties, the rooms' responses). */
  async refresh(): Promise<SavedState | null> {
    if (!this.saved) return null;
    this.saved = this.savedFrom(await this.control('GET', `/items/${encodeURIComponent(this.saved.restId)}`));
    this.changed();
    return this.saved;
  }

  getSetting(key: string): unknown {
    return this.roaming[key];
  }

  setSetting(key: string, value: unknown): void {
    this.roaming = { ...this.roaming, [key]: value };
  }

  removeSetting(key: string): void {
    const { [key]: _removed, ...rest } = this.roaming;
    this.roaming = rest;
  }

  saveSettings(): void {
    this.options.storage.setItem(ROAMING_KEY, JSON.stringify(this.roaming));
  }

  /** A roaming setting as last saved (what the mailbox holds), not the pane's unsaved copy. */
  storedSetting(key: string): unknown {
    return this.loadRoaming()[key];
  }

  private loadRoaming(): Record<string, unknown> {
    try {
      const stored = JSON.parse(this.options.storage.getItem(ROAMING_KEY) ?? '{}') as unknown;
      return typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }

  private itemBody(): Record<string, unknown> {
    const d = this.draft;
    const days = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
    return {
      subject: d.subject,
      start: d.start.toISOString(),
      end: d.end.toISOString(),
      // Outlook keeps a meeting's times in the organizer's zone, so a series keeps its wall-clock
      // time across daylight-saving changes.
      timeZone: this.options.user.timeZone,
      isAllDay: d.isAllDay,
      attendees: [
        ...d.required.map((address) => ({ address, type: 'required' })),
        ...d.rooms.map((room) => ({ address: room.email, type: 'resource' })),
      ],
      locations: [
        ...d.rooms.map((room) => ({ locationEmailAddress: room.email, displayName: room.displayName })),
        ...d.locationOnlyRooms.map((displayName) => ({ displayName })),
        ...(d.customLocation ? [{ displayName: d.customLocation }] : []),
      ],
      recurrence:
        d.repeat === 'none'
          ? null
          : {
              pattern: {
                type: d.repeat,
                interval: 1,
                ...(d.repeat === 'weekly' ? { daysOfWeek: [days[d.start.getUTCDay()]] } : {}),
              },
              range: {
                type: 'numbered',
                startDate: d.start.toISOString().slice(0, 10),
                numberOfOccurrences: d.occurrences,
                recurrenceTimeZone: this.options.user.timeZone,
              },
            },
    };
  }

  private savedFrom(answer: unknown): SavedState {
    const view = answer as ItemView;
    return {
      itemId: view.itemId,
      restId: view.id,
      isDraft: view.isDraft,
      customProperties: view.customProperties,
      locationText: view.locations.map((l) => l.displayName).join('; '),
      seriesItemId: view.seriesItemId,
      roomResponses: Object.fromEntries(
        view.attendees.filter((a) => a.type === 'resource').map((a) => [a.address, a.response]),
      ),
    };
  }

  private async control(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await this.options.fetch(`${this.options.emulatorUrl}/_emulator/outlook${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer = (await response.json()) as unknown;
    if (!response.ok) {
      const message = (answer as { error?: { message?: string } }).error?.message ?? response.statusText;
      throw new Error(
        `Outlook could not ${method === 'POST' && path.endsWith('/send') ? 'send' : 'save'}: ${message}`,
      );
    }
    return answer;
  }

  private raise(event: ItemEvent): void {
    for (const handler of this.handlers.get(event) ?? []) handler();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
