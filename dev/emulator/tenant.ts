// The seeded tenant: people, room lists and rooms, all derived from a seed so that a seed always
// yields the same directory. Calendars are not stored for seeded meetings: `seededBusy` derives a
// mailbox's day from the seed on demand, which keeps a 20,000-room tenant cheap to create.
import { EXCHANGE_DEFAULTS, type CalendarProcessing } from './calendarProcessing';
import { hostileName } from './hostileNames';
import { hashSeed, pick, seededRandom, type Random } from './random';

export const TENANT_DOMAIN = 'contoso.com';
export const TENANT_ID = '5c3e2b1a-8f4d-4e6a-9b7c-1d2e3f4a5b6c';
export const DEMO_USER = `megan.bowen@${TENANT_DOMAIN}`;

export interface TenantUser {
  readonly id: string;
  readonly mail: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly jobTitle: string;
}

export interface Address {
  readonly street: string;
  readonly city: string;
  readonly state: string;
  readonly postalCode: string;
  readonly countryOrRegion: string;
}

export interface TenantRoomList {
  readonly id: string;
  readonly emailAddress: string;
  readonly displayName: string;
  readonly address: Address;
  readonly geocoordinates: null;
  readonly phone: string | null;
}

/** A room with every field Graph's `microsoft.graph.room` has. */
export interface TenantRoom {
  readonly id: string;
  readonly emailAddress: string;
  readonly displayName: string;
  readonly address: Address;
  readonly geoCoordinates: { readonly latitude: number; readonly longitude: number } | null;
  readonly phone: string | null;
  readonly nickname: string;
  readonly building: string;
  readonly floorNumber: number;
  readonly floorLabel: string;
  readonly label: string;
  readonly capacity: number;
  readonly bookingType: 'standard' | 'reserved';
  readonly audioDeviceName: string | null;
  readonly videoDeviceName: string | null;
  readonly displayDeviceName: string | null;
  readonly isWheelChairAccessible: boolean;
  readonly tags: readonly string[];
  /** Not a Graph field: the room list the room belongs to. */
  readonly roomListEmail: string;
}

export interface Tenant {
  readonly seed: number;
  readonly users: readonly TenantUser[];
  readonly roomLists: readonly TenantRoomList[];
  readonly rooms: readonly TenantRoom[];
  readonly roomsByEmail: ReadonlyMap<string, TenantRoom>;
  readonly usersByEmail: ReadonlyMap<string, TenantUser>;
  /** Each room's Set-CalendarProcessing settings (lower-case address): Exchange's defaults when seeded. */
  readonly calendarProcessing: Map<string, CalendarProcessing>;
}

export interface TenantOptions {
  readonly seed: number;
  readonly roomCount: number;
  readonly buildingCount?: number;
  /** 'hostile': markup, 10,000-character and bidi names for every room, room list and user. */
  readonly names?: 'plain' | 'hostile';
}

const PEOPLE = [
  'Megan Bowen',
  'Adele Vance',
  'Alex Wilber',
  'Diego Siciliani',
  'Grady Archie',
  'Henrietta Mueller',
  'Isaiah Langer',
  'Johanna Lorenz',
  'Joni Sherman',
  'Lee Gu',
  'Lidia Holloway',
  'Lynne Robbins',
  'Miriam Graham',
  'Nestor Wilke',
  'Patti Fernandez',
  'Pradeep Gupta',
  'Irvin Sayers',
  'Allan Deyoung',
  'Christie Cline',
  'Enrico Cattaneo',
];
const ROOM_NAMES = [
  'Amber',
  'Birch',
  'Cedar',
  'Delta',
  'Ember',
  'Fjord',
  'Granite',
  'Harbour',
  'Iris',
  'Juniper',
  'Kestrel',
  'Linden',
  'Maple',
  'Nova',
  'Orchid',
  'Pine',
  'Quartz',
  'Rowan',
  'Sequoia',
  'Tundra',
  'Umber',
  'Violet',
  'Willow',
  'Yarrow',
  'Zephyr',
];
const CITIES: readonly Address[] = [
  {
    street: '1 Harbour Street',
    city: 'Hamburg',
    state: 'HH',
    postalCode: '20457',
    countryOrRegion: 'Germany',
  },
  { street: '400 Pine Avenue', city: 'Seattle', state: 'WA', postalCode: '98101', countryOrRegion: 'USA' },
  {
    street: '12 Canal Road',
    city: 'Amsterdam',
    state: 'NH',
    postalCode: '1012',
    countryOrRegion: 'Netherlands',
  },
];
const TAGS = ['whiteboard', 'window', 'quiet', 'standing desk', 'kitchen nearby', 'phone booth', 'bean bags'];
const CAPACITIES = [2, 4, 4, 6, 6, 8, 8, 10, 12, 14, 16, 20, 24, 30, 40];

/** A GUID-shaped id derived from the seed, stable across runs like Exchange's ids. */
function guid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16))
    .join('')
    .toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function buildingLetter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : `B${String(index + 1).padStart(3, '0')}`;
}

export function createTenant(options: TenantOptions): Tenant {
  const random = seededRandom(options.seed);
  const named = (index: number, plain: string) =>
    options.names === 'hostile' ? hostileName(index, plain) : plain;
  const users = PEOPLE.map((name, index): TenantUser => {
    const mail = `${name.toLowerCase().replace(/\s+/g, '.')}@${TENANT_DOMAIN}`;
    return {
      id: guid(random).toLowerCase(),
      mail,
      displayName: named(index, name),
      userPrincipalName: mail,
      jobTitle: 'Employee',
    };
  });
  const buildingCount = options.buildingCount ?? Math.max(3, Math.ceil(options.roomCount / 60));
  const roomLists = Array.from({ length: buildingCount }, (_, index): TenantRoomList => {
    const letter = buildingLetter(index);
    return {
      id: guid(random),
      emailAddress: `building-${letter.toLowerCase()}@${TENANT_DOMAIN}`,
      displayName: named(index, `Building ${letter}`),
      address: pick(seededRandom(index), CITIES),
      geocoordinates: null,
      phone: null,
    };
  });
  const rooms: TenantRoom[] = [];
  for (let index = 0; index < options.roomCount; index += 1) {
    const list = roomLists[index % buildingCount];
    if (!list) throw new Error('a tenant needs at least one building');
    const letter = buildingLetter(index % buildingCount);
    const ordinal = Math.floor(index / buildingCount);
    const floor = 1 + (ordinal % 6);
    const number = 1 + Math.floor(ordinal / 6);
    const label = `${floor}.${String(number).padStart(2, '0')}`;
    const capacity = pick(random, CAPACITIES);
    const large = capacity >= 8;
    const tags = TAGS.filter(() => random() < 0.18);
    rooms.push({
      id: guid(random),
      emailAddress: `room-${letter.toLowerCase()}-${floor}${String(number).padStart(2, '0')}@${TENANT_DOMAIN}`,
      displayName: named(index, `${ROOM_NAMES[index % ROOM_NAMES.length]} ${letter}${label}`),
      address: list.address,
      geoCoordinates: { latitude: 53.54 + random() / 100, longitude: 9.98 + random() / 100 },
      phone: null,
      nickname: `${ROOM_NAMES[index % ROOM_NAMES.length]}`,
      building: list.displayName,
      floorNumber: floor,
      floorLabel: `Floor ${floor}`,
      label,
      capacity,
      bookingType: random() < 0.03 ? 'reserved' : 'standard',
      audioDeviceName: large || random() < 0.4 ? 'Ceiling microphones' : null,
      videoDeviceName: large && random() < 0.8 ? 'Teams Room camera' : random() < 0.2 ? 'USB camera' : null,
      displayDeviceName: capacity >= 4 && random() < 0.85 ? 'Wall display' : null,
      isWheelChairAccessible: random() < 0.6,
      tags,
      roomListEmail: list.emailAddress,
    });
  }
  return {
    seed: options.seed,
    users,
    roomLists,
    rooms,
    roomsByEmail: new Map(rooms.map((room) => [room.emailAddress.toLowerCase(), room])),
    usersByEmail: new Map(users.map((user) => [user.mail.toLowerCase(), user])),
    calendarProcessing: defaultCalendarProcessing(rooms),
  };
}

/** Every room with Exchange's default calendar processing (also what the emulator's reset restores). */
export function defaultCalendarProcessing(rooms: readonly TenantRoom[]): Map<string, CalendarProcessing> {
  return new Map(rooms.map((room) => [room.emailAddress.toLowerCase(), EXCHANGE_DEFAULTS]));
}

export interface SeededBlock {
  readonly start: Date;
  readonly end: Date;
  readonly status: 'busy' | 'tentative';
  readonly subject: string;
}

const SUBJECTS = ['Team sync', 'Planning', 'Customer call', 'Design review', '1:1', 'Interview', 'Workshop'];
const DAY_MS = 86_400_000;
const SLOT_MS = 30 * 60_000;

/**
 * The seeded meetings of one mailbox on one UTC day: working days 08:00–18:00 UTC, each half hour
 * starting a meeting with a fixed chance. A function of (seed, mailbox, day) alone, so a day looks
 * the same whatever window it is asked through, and nothing has to be stored.
 */
function seededDay(seed: number, mailbox: string, day: number): SeededBlock[] {
  const weekday = new Date(day * DAY_MS).getUTCDay();
  if (weekday === 0 || weekday === 6) return [];
  const chance = mailbox.startsWith('room-') ? 0.16 : 0.2;
  const random = seededRandom(hashSeed(seed, mailbox, day));
  const close = day * DAY_MS + 18 * 3_600_000;
  const blocks: SeededBlock[] = [];
  let slot = day * DAY_MS + 8 * 3_600_000;
  while (slot < close) {
    if (random() < chance) {
      const end = Math.min(slot + (1 + Math.floor(random() * 3)) * SLOT_MS, close);
      const status = random() < 0.1 ? 'tentative' : 'busy';
      blocks.push({ start: new Date(slot), end: new Date(end), status, subject: pick(random, SUBJECTS) });
      slot = end;
    } else {
      slot += SLOT_MS;
    }
  }
  return blocks;
}

/** The seeded meetings of one mailbox that overlap `window`: whole days of `seededDay`, filtered. */
export function seededBusy(seed: number, mailbox: string, window: { start: Date; end: Date }): SeededBlock[] {
  const blocks: SeededBlock[] = [];
  const lastDay = Math.floor(window.end.getTime() / DAY_MS);
  for (let day = Math.floor(window.start.getTime() / DAY_MS); day <= lastDay; day += 1) {
    for (const block of seededDay(seed, mailbox, day)) {
      if (block.end > window.start && block.start < window.end) blocks.push(block);
    }
  }
  return blocks;
}
