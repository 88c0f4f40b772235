// Fakes of the two Office.js-backed ports for component tests: the Outlook item the pane is open on
// and the roaming-settings consent store. The item saves itself into the in-process emulator the way
// Outlook saves through Exchange (the emulator's /_emulator/outlook control routes, not Graph), so
// Graph, behind the real adapters, then sees the event the pane booked.
import type { Emulator } from '../../../dev/emulator';
import { BASE } from '../harness';
import { decodeMirror } from '../../../src/core/bookingProperties';
import type { Appointment, BookingRecord, ConsentRecord, Room } from '../../../src/core/model';
import type { AppointmentPort, ConsentStore } from '../../../src/core/ports';

const OUTLOOK = `${BASE}/_emulator/outlook/items`;

interface OutlookItem {
  readonly id: string;
  readonly itemId: string;
  readonly customProperties: Readonly<Record<string, string>>;
}

export class FakeAppointment implements AppointmentPort {
  /** What the pane asked Outlook to do, in order: `addRoom <email>`, `removeRoom <email>`, `ensureSaved`, `notify`. */
  readonly calls: string[] = [];
  readonly notifications: string[] = [];
  private item: Appointment;
  private rooms: Pick<Room, 'email' | 'displayName'>[] = [];
  private restId: string | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly emulator: Emulator,
    private readonly addinId: string,
    appointment: Appointment,
    /** Cached mode: Graph cannot see a newly saved item for this long. */
    private readonly syncDelayMs = 0,
    /** False as reported for Outlook for Mac: a room location is shown but never invited. */
    private readonly invitesRooms = true,
  ) {
    this.item = appointment;
  }

  /** The Graph (REST) id once the item was saved. */
  get eventId(): string | null {
    return this.restId;
  }

  async read(): Promise<Appointment> {
    return {
      ...this.item,
      roomEmails: [...this.item.roomEmails, ...this.rooms.map((r) => r.email)],
      location: [this.item.location, ...this.rooms.map((r) => r.displayName)].filter(Boolean).join('; '),
    };
  }

  async readBookingMirror(): Promise<BookingRecord | null> {
    if (!this.restId) return null;
    const item = await this.outlook('GET', `/${encodeURIComponent(this.restId)}`);
    return decodeMirror(item.customProperties[this.addinId]);
  }

  async addRoom(room: Pick<Room, 'email' | 'displayName'>): Promise<void> {
    this.calls.push(`addRoom ${room.email}`);
    this.rooms = [...this.rooms.filter((r) => r.email !== room.email), room];
  }

  async removeRoom(roomEmail: string): Promise<void> {
    this.calls.push(`removeRoom ${roomEmail}`);
    this.rooms = this.rooms.filter((r) => r.email.toLowerCase() !== roomEmail.toLowerCase());
  }

  async ensureSaved(): Promise<string> {
    this.calls.push('ensureSaved');
    const body = {
      subject: this.item.subject,
      start: this.item.start.toISOString(),
      end: this.item.end.toISOString(),
      timeZone: 'UTC',
      isAllDay: this.item.isAllDay,
      attendees: this.invitesRooms ? this.rooms.map((r) => ({ address: r.email, type: 'resource' })) : [],
      locations: this.rooms.map((r) =>
        this.invitesRooms
          ? { locationEmailAddress: r.email, displayName: r.displayName }
          : { displayName: r.displayName },
      ),
    };
    const saved = this.restId
      ? await this.outlook('PATCH', `/${encodeURIComponent(this.restId)}`, body)
      : await this.outlook('POST', '', {
          ...body,
          user: this.item.organizerEmail,
          syncDelayMs: this.syncDelayMs,
        });
    this.restId = saved.id;
    this.item = { ...this.item, eventId: saved.id };
    return saved.id;
  }

  async notify(message: string): Promise<void> {
    this.calls.push('notify');
    this.notifications.push(message);
  }

  onChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The user edits the item in Outlook (time, attendees): Office raises its change event. */
  change(changes: Partial<Appointment>): void {
    this.item = { ...this.item, ...changes };
    for (const listener of this.listeners) listener();
  }

  /** The organizer sends the meeting: rooms receive the invitation and answer. */
  async send(): Promise<void> {
    if (!this.restId) throw new Error('Save the item before sending it.');
    await this.outlook('POST', `/${encodeURIComponent(this.restId)}/send`);
  }

  private async outlook(method: string, path: string, body?: unknown): Promise<OutlookItem> {
    const response = await this.emulator.fetch(`${OUTLOOK}${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`Outlook could not ${method} the item: ${response.status}`);
    return (await response.json()) as OutlookItem;
  }
}

export class FakeConsentStore implements ConsentStore {
  /** Every record saved, in order. */
  readonly saved: ConsentRecord[] = [];
  clears = 0;
  /** When set, every call rejects with it (roaming settings unavailable). */
  failure: Error | null = null;

  constructor(private record: ConsentRecord | null) {}

  get current(): ConsentRecord | null {
    return this.record;
  }

  async get(): Promise<ConsentRecord | null> {
    if (this.failure) throw this.failure;
    return this.record;
  }

  async save(record: ConsentRecord): Promise<void> {
    if (this.failure) throw this.failure;
    this.saved.push(record);
    this.record = record;
  }

  async clear(): Promise<void> {
    if (this.failure) throw this.failure;
    this.clears += 1;
    this.record = null;
  }
}
