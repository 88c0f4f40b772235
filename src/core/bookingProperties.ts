// Roombook's hidden record on the organizer's event (DESIGN.md §4): seven single-value extended
// properties under one GUID, plus a mirror in Office.js's custom-properties property so the task
// pane can show a booking through Office.js alone.
import type { BookingRecord, SearchCriteria } from './model';

/** Roombook's property set. Fixed forever: changing it would orphan every existing booking. */
export const ROOMBOOK_PROPERTY_GUID = '4F1B8C2E-7A3D-4E59-B6C1-2D8E9F0A1B3C';

/** Office.js keeps an add-in's custom properties in this MAPI property set. */
export const CUSTOM_PROPERTIES_GUID = '00020329-0000-0000-C000-000000000046';

export const PROPERTY_NAMES = [
  'ResourceId',
  'ResourceMailbox',
  'ResourceLocation',
  'Capacity',
  'SearchAttributes',
  'AddinVersion',
  'OwnerEmail',
] as const;

export type PropertyName = (typeof PROPERTY_NAMES)[number];

/** The key of Roombook's record inside the custom-properties JSON object. */
export const MIRROR_KEY = 'roombook';
/**
 * Office.js allows 2,500 characters for all of an add-in's custom properties on an item and fails the
 * save beyond it (https://learn.microsoft.com/en-us/office/dev/add-ins/outlook/limits-for-activation-and-javascript-api-for-outlook-add-ins).
 */
export const MIRROR_LIMIT = 2500;

export interface ExtendedPropertyValue {
  readonly id: string;
  readonly value: string;
}

export function propertyId(name: PropertyName): string {
  return `${name === 'Capacity' ? 'Integer' : 'String'} {${ROOMBOOK_PROPERTY_GUID}} Name ${name}`;
}

/**
 * Office.js names an add-in's custom properties `cecp-` + its manifest Id in lower case, without braces
 * or a `urn:uuid` prefix; the name matches exactly, so an Id configured in upper case must be folded.
 * https://learn.microsoft.com/openspecs/exchange_server_protocols/ms-oxcext/4cf1da5e-c68e-433e-a97e-c45625483481
 */
export function customPropertiesId(addinId: string): string {
  const name = addinId
    .toLowerCase()
    .replace(/[{}]/g, '')
    .replace(/^urn:uuid:?/, '');
  return `String {${CUSTOM_PROPERTIES_GUID}} Name cecp-${name}`;
}

/** Compact JSON of the search: short keys, defaults left out (it travels in a 2,500-character mirror). */
export function encodeSearch(criteria: SearchCriteria): string {
  const compact: Record<string, unknown> = { c: criteria.minCapacity };
  if (criteria.roomList) compact.l = criteria.roomList;
  if (criteria.floor) compact.f = criteria.floor;
  if (criteria.features.length) compact.e = criteria.features;
  if (criteria.tags.length) compact.t = criteria.tags;
  if (criteria.text) compact.q = criteria.text;
  return JSON.stringify(compact);
}

export function decodeSearch(json: string): SearchCriteria {
  const empty: SearchCriteria = {
    roomList: null,
    floor: null,
    minCapacity: 1,
    features: [],
    tags: [],
    text: '',
  };
  try {
    const raw = JSON.parse(json) as Record<string, unknown>;
    const strings = (value: unknown) =>
      Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    return {
      roomList: typeof raw.l === 'string' ? raw.l : null,
      floor: typeof raw.f === 'string' ? raw.f : null,
      minCapacity: typeof raw.c === 'number' ? raw.c : 1,
      features: strings(raw.e).filter((f): f is SearchCriteria['features'][number] =>
        ['display', 'video', 'audio', 'wheelchairAccessible'].includes(f),
      ),
      tags: strings(raw.t),
      text: typeof raw.q === 'string' ? raw.q : '',
    };
  } catch {
    return empty;
  }
}

function values(record: BookingRecord): Record<PropertyName, string> {
  return {
    ResourceId: record.resourceId,
    ResourceMailbox: record.resourceMailbox,
    ResourceLocation: record.resourceLocation,
    Capacity: String(record.capacity ?? 0),
    SearchAttributes: encodeSearch(record.searchAttributes),
    AddinVersion: record.addinVersion,
    OwnerEmail: record.ownerEmail,
  };
}

/**
 * The mirror's JSON: `{ "roombook": "<record JSON>" }`, within Office.js's size limit whatever the
 * directory's names. It is a convenience copy (the extended properties hold the whole record), so it
 * gives way in a fixed order: first the search, then the tail of the location text (a display string),
 * and if the identifiers alone are too long, the whole record (`{}` reads as "ask Graph").
 */
export function encodeMirror(record: BookingRecord): string {
  const full = values(record);
  const encode = (fields: Partial<Record<PropertyName, string>>) =>
    JSON.stringify({ [MIRROR_KEY]: JSON.stringify({ ...full, ...fields }) });
  const fits = (json: string) => json.length <= MIRROR_LIMIT;
  const withSearch = encode({});
  if (fits(withSearch)) return withSearch;
  const noSearch = { SearchAttributes: undefined };
  if (fits(encode(noSearch))) return encode(noSearch);
  // Code points, so a cut never splits a surrogate pair; JSON escaping makes the cost per character
  // uneven, so the longest prefix that fits is found by bisection.
  const location = Array.from(full.ResourceLocation);
  const shortened = (length: number) =>
    encode({ ...noSearch, ResourceLocation: `${location.slice(0, length).join('')}…` });
  let low = 0;
  let high = location.length - 1;
  if (!fits(shortened(low))) return '{}';
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(shortened(middle))) low = middle;
    else high = middle - 1;
  }
  return shortened(low);
}

/** Every property Roombook writes for a booking, the mirror included: one PATCH's worth. */
export function encodeBooking(record: BookingRecord, addinId: string): ExtendedPropertyValue[] {
  const v = values(record);
  return [
    ...PROPERTY_NAMES.map((name) => ({ id: propertyId(name), value: v[name] })),
    { id: customPropertiesId(addinId), value: encodeMirror(record) },
  ];
}

/**
 * The values that erase a booking. Graph v1.0 has no operation that deletes a single-value extended
 * property, so cancelling overwrites each with an empty string (0 for the Integer), which
 * `decodeBooking` and the My bookings filter (`ep/value ne ''`) read as "no booking".
 */
export function clearedBooking(addinId: string): ExtendedPropertyValue[] {
  return [
    ...PROPERTY_NAMES.map((name) => ({ id: propertyId(name), value: name === 'Capacity' ? '0' : '' })),
    { id: customPropertiesId(addinId), value: '{}' },
  ];
}

const NAMED_ID = /^(\w+)\s+\{([0-9a-f-]{36})\}\s+Name\s+(.+)$/i;

function fromValues(get: (name: PropertyName) => string | undefined): BookingRecord | null {
  const mailbox = get('ResourceMailbox');
  const id = get('ResourceId');
  if (!mailbox || !id) return null;
  const capacity = Number(get('Capacity'));
  return {
    resourceId: id,
    resourceMailbox: mailbox,
    resourceLocation: get('ResourceLocation') ?? '',
    capacity: Number.isFinite(capacity) && capacity > 0 ? capacity : null,
    searchAttributes: decodeSearch(get('SearchAttributes') ?? '{}'),
    addinVersion: get('AddinVersion') ?? '',
    ownerEmail: get('OwnerEmail') ?? '',
  };
}

/** Roombook's record from extended properties as Graph returns them, or null for none/cancelled. */
export function decodeBooking(properties: readonly ExtendedPropertyValue[]): BookingRecord | null {
  const byName = new Map<string, string>();
  for (const property of properties) {
    const m = NAMED_ID.exec(property.id.trim());
    // Exchange matches the GUID case-insensitively and the name exactly.
    if (m?.[2]?.toUpperCase() === ROOMBOOK_PROPERTY_GUID && m[3]) byName.set(m[3], property.value);
  }
  return fromValues((name) => byName.get(name));
}

/**
 * Roombook's record from the mirror: either the whole custom-properties JSON (as Graph returns the
 * property) or the value of its `roombook` key (as Office.js's CustomProperties.get returns it).
 */
export function decodeMirror(value: string | undefined | null): BookingRecord | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return null;
    const inner = (parsed as Record<string, unknown>)[MIRROR_KEY];
    const fields = (typeof inner === 'string' ? JSON.parse(inner) : parsed) as Record<string, unknown>;
    return fromValues((name) => (typeof fields[name] === 'string' ? (fields[name] as string) : undefined));
  } catch {
    return null;
  }
}
