// /me/events and /me/calendarView: create, read, update, delete, with ETags, extended properties
// and the rooms' automatic responses. The Outlook simulator's control routes reuse these operations.
import { randomBytes } from 'node:crypto';
import { occurrencesOf, type Occurrence } from './calendar';
import { etagOf, renderEvent, type Zone } from './eventView';
import { exceptionFor, exceptionsOf } from './exceptions';
import { anyPropertyMatches, parseExpand, parseLambdaBody, propertyKey } from './extendedProperties';
import { readEventInput, type EventInput } from './eventInput';
import { BadRequest, json, type EmulatorContext } from './http';
import { nonNegativeInt, selectFields } from './odata';
import { processRoomResponses, releaseRooms } from './rooms';
import { newChangeKey, newEventId, visibleToGraph, type EventStore, type StoredEvent } from './store';
import type { Tenant, TenantUser } from './tenant';
import { ianaZone } from './time';

export interface EventDeps {
  readonly store: EventStore;
  readonly tenant: Tenant;
}

const CONTEXT = 'https://graph.microsoft.com/v1.0/$metadata';

export class NotFound extends BadRequest {
  constructor() {
    super('The specified object was not found in the store.', 'ErrorItemNotFound', 404);
  }
}

function expandOf(params: URLSearchParams): string[] | null {
  const expand = params.get('$expand');
  if (!expand) return null;
  const keys = parseExpand(expand);
  if (!keys) throw new BadRequest(`Parsing OData Select and Expand failed: ${expand}`, 'BadRequest');
  return keys;
}

function ownEvent(deps: EventDeps, user: TenantUser, id: string, now: Date): StoredEvent {
  // An occurrence that became an exception is stored under its occurrence id.
  const event = deps.store.get(id) ?? deps.store.get(id.split('_OCC')[0] ?? id);
  if (!event || event.owner !== user.mail || !visibleToGraph(event, now)) throw new NotFound();
  return event;
}

function applyInput(event: StoredEvent, input: EventInput, now: Date): boolean {
  const relevant =
    input.start !== undefined ||
    input.end !== undefined ||
    input.attendees !== undefined ||
    input.recurrence !== undefined;
  if (input.subject !== undefined) event.subject = input.subject;
  if (input.start) event.start = input.start;
  if (input.startZone) event.originalStartTimeZone = input.startZone;
  if (input.end) event.end = input.end;
  if (input.isAllDay !== undefined) event.isAllDay = input.isAllDay;
  if (input.showAs) event.showAs = input.showAs;
  if (input.categories) event.categories = input.categories;
  if (input.attendees) {
    const previous = new Map(event.attendees.map((a) => [a.address, a]));
    // A re-sent attendee keeps the response it already gave.
    event.attendees = input.attendees.map((a) => {
      const before = previous.get(a.address);
      return before ? { ...before, type: a.type } : a;
    });
  }
  if (input.locations) {
    event.locations = input.locations;
    if (!input.location) event.location = input.locations[0] ?? { displayName: '', locationType: 'default' };
  }
  if (input.location) event.location = input.location;
  if (input.recurrence !== undefined) event.recurrence = input.recurrence;
  if (input.body) event.body = input.body;
  for (const property of input.extendedProperties ?? []) {
    const key = propertyKey(property.id);
    if (!key) continue;
    const existing = event.extendedProperties.get(key);
    // Once a property exists, Exchange keeps the id as it was first written.
    event.extendedProperties.set(key, { id: existing?.id ?? property.id, value: property.value });
  }
  if (event.end <= event.start)
    throw new BadRequest('The end time must be after the start time.', 'ErrorInvalidRequest');
  event.changeKey = newChangeKey();
  event.lastModifiedDateTime = now.toISOString();
  return relevant;
}

export function createStoredEvent(
  deps: EventDeps,
  user: TenantUser,
  input: EventInput,
  options: { draft: boolean; now: Date },
): StoredEvent {
  if (!input.start || !input.end) throw new BadRequest('start and end are required.', 'ErrorInvalidRequest');
  const event: StoredEvent = {
    id: newEventId(),
    // The class id, zero date bytes (the meeting as a whole: iCalUId.ts), then a unique part.
    iCalUId: `040000008200E00074C5B7101A82E00800000000${randomBytes(20).toString('hex').toUpperCase()}`,
    owner: user.mail,
    organizer: { address: user.mail, name: user.displayName },
    subject: '',
    start: input.start,
    end: input.end,
    originalStartTimeZone: input.startZone ?? 'UTC',
    isAllDay: false,
    isDraft: options.draft,
    isCancelled: false,
    showAs: 'busy',
    recurrence: null,
    location: { displayName: '', locationType: 'default' },
    locations: [],
    attendees: [],
    categories: [],
    body: null,
    extendedProperties: new Map(),
    createdDateTime: options.now.toISOString(),
    lastModifiedDateTime: options.now.toISOString(),
    changeKey: newChangeKey(),
    bookedFor: null,
  };
  applyInput(event, input, options.now);
  deps.store.put(event);
  if (!event.isDraft) processRoomResponses(deps.store, deps.tenant, event, options.now);
  return event;
}

/** Updates an event; sent meetings re-invite their rooms when time, recurrence or attendees change. */
export function updateStoredEvent(deps: EventDeps, event: StoredEvent, input: EventInput, now: Date): void {
  const relevant = applyInput(event, input, now);
  if (relevant && !event.isDraft) processRoomResponses(deps.store, deps.tenant, event, now);
}

export function sendStoredEvent(deps: EventDeps, event: StoredEvent, now: Date): void {
  // Sending a series sends its exceptions too: each is a meeting request of its own for its rooms.
  for (const sent of [event, ...(event.recurrence ? exceptionsOf(deps.store, event) : [])]) {
    sent.isDraft = false;
    sent.changeKey = newChangeKey();
    sent.lastModifiedDateTime = now.toISOString();
    processRoomResponses(deps.store, deps.tenant, sent, now);
  }
}

export async function createEvent(
  ctx: EmulatorContext,
  deps: EventDeps,
  user: TenantUser,
  body: unknown,
  zone: Zone,
): Promise<Response> {
  const event = createStoredEvent(deps, user, readEventInput(body), { draft: false, now: ctx.now });
  return written(ctx, 201, user, event, zone);
}

/** Create and update responses never include extended properties, as the docs say. */
function written(ctx: EmulatorContext, status: 200 | 201, user: TenantUser, event: StoredEvent, zone: Zone) {
  return json(
    ctx,
    status,
    {
      '@odata.context': `${CONTEXT}#users('${user.mail}')/events/$entity`,
      ...renderEvent(event, { zone, select: null, expand: null }),
    },
    { ETag: etagOf(event) },
  );
}

export function getEvent(
  ctx: EmulatorContext,
  url: URL,
  deps: EventDeps,
  user: TenantUser,
  id: string,
  zone: Zone,
): Response {
  const event = ownEvent(deps, user, id, ctx.now);
  const index = id.includes('_OCC') && event.id !== id ? Number(id.split('_OCC')[1]) : null;
  let occurrence: Occurrence | undefined;
  if (index !== null) {
    occurrence = occurrencesOf(event, {
      start: event.start,
      end: new Date(event.start.getTime() + 2 * 366 * 86_400_000),
    }).find((o) => o.index === index);
    if (!occurrence) throw new NotFound();
  }
  const view = renderEvent(event, {
    zone,
    select: selectFields(url.searchParams),
    expand: expandOf(url.searchParams),
    ...(occurrence ? { occurrence } : {}),
  });
  return json(
    ctx,
    200,
    { '@odata.context': `${CONTEXT}#users('${user.mail}')/events/$entity`, ...view },
    { ETag: etagOf(event) },
  );
}

function checkIfMatch(request: Request, event: StoredEvent): void {
  const ifMatch = request.headers.get('if-match');
  if (ifMatch && ifMatch !== '*' && ifMatch !== etagOf(event)) {
    throw new BadRequest(
      'The change key passed in the request does not match the current change key for the item.',
      'ErrorIrresolvableConflict',
      412,
    );
  }
}

export async function patchEvent(
  ctx: EmulatorContext,
  request: Request,
  deps: EventDeps,
  user: TenantUser,
  id: string,
  body: unknown,
  zone: Zone,
): Promise<Response> {
  const owned = ownEvent(deps, user, id, ctx.now);
  // An occurrence's id (of a series the user owns): the change makes it an exception (exceptions.ts).
  const event = id.includes('_OCC') ? exceptionFor(deps.store, id, ctx.now) : owned;
  if (!event) throw new NotFound();
  checkIfMatch(request, event);
  updateStoredEvent(deps, event, readEventInput(body), ctx.now);
  return written(ctx, 200, user, event, zone);
}

export function deleteEvent(
  ctx: EmulatorContext,
  request: Request,
  deps: EventDeps,
  user: TenantUser,
  id: string,
): Response {
  const event = ownEvent(deps, user, id, ctx.now);
  checkIfMatch(request, event);
  releaseRooms(deps.store, event.id);
  deps.store.delete(event.id);
  return json(ctx, 204, null);
}

const LAMBDA = /^singleValueExtendedProperties\/any\(\s*(\w+)\s*:\s*(.+)\)$/i;

function eventFilter(filter: string | null): ((event: StoredEvent) => boolean) | null {
  if (!filter) return null;
  const m = LAMBDA.exec(filter.trim());
  const conditions = m?.[1] && m[2] ? parseLambdaBody(m[1], m[2]) : null;
  if (!conditions)
    throw new BadRequest(
      `Invalid filter clause: the emulator supports singleValueExtendedProperties/any(...) only: ${filter}`,
    );
  return (event) => anyPropertyMatches(event.extendedProperties.values(), conditions);
}

function parseViewBound(params: URLSearchParams, name: string): Date {
  const raw = params.get(name);
  const parsed = raw ? new Date(raw) : null;
  if (!parsed || Number.isNaN(parsed.getTime())) {
    throw new BadRequest(
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
      'ErrorInvalidParameter',
    );
  }
  return parsed;
}

export function calendarView(
  ctx: EmulatorContext,
  request: Request,
  url: URL,
  deps: EventDeps,
  user: TenantUser,
  zone: Zone,
): Response {
  const params = url.searchParams;
  const window = viewWindow(params);
  const filter = eventFilter(params.get('$filter'));
  const occurrences = deps.store
    .ownedBy(user.mail)
    .filter((event) => visibleToGraph(event, ctx.now) && (!filter || filter(event)))
    .flatMap((event) => occurrencesOf(event, window));
  return occurrencePage(ctx, request, url, occurrences, `users('${user.mail}')/calendarView`, zone);
}

/**
 * /me/events/{id}/instances: "the occurrences and exceptions" of a series master in the window
 * (https://learn.microsoft.com/graph/api/event-list-instances), which requires startDateTime and
 * endDateTime as calendarView does.
 */
export function instances(
  ctx: EmulatorContext,
  request: Request,
  url: URL,
  deps: EventDeps,
  user: TenantUser,
  id: string,
  zone: Zone,
): Response {
  const window = viewWindow(url.searchParams);
  const series = ownEvent(deps, user, id, ctx.now);
  if (!series.recurrence || series.id !== id)
    throw new BadRequest('The event is not the master of a recurring series.', 'ErrorInvalidRequest');
  const occurrences = [series, ...exceptionsOf(deps.store, series)].flatMap((event) =>
    occurrencesOf(event, window),
  );
  return occurrencePage(
    ctx,
    request,
    url,
    occurrences,
    `users('${user.mail}')/events('${id}')/instances`,
    zone,
  );
}

function viewWindow(params: URLSearchParams): { start: Date; end: Date } {
  return { start: parseViewBound(params, 'startDateTime'), end: parseViewBound(params, 'endDateTime') };
}

/** One page of occurrences in time order, with $top/$skip (or odata.maxpagesize) and a nextLink. */
function occurrencePage(
  ctx: EmulatorContext,
  request: Request,
  url: URL,
  unsorted: readonly Occurrence[],
  context: string,
  zone: Zone,
): Response {
  const params = url.searchParams;
  const occurrences = [...unsorted].sort((a, b) => a.start.getTime() - b.start.getTime());
  const maxPage = /odata\.maxpagesize=(\d+)/i.exec(request.headers.get('prefer') ?? '')?.[1];
  const size = Math.min(nonNegativeInt(params, '$top', maxPage ? Number(maxPage) : 10), 1000);
  const skip = nonNegativeInt(params, '$skip', 0);
  const select = selectFields(params);
  const expand = expandOf(params);
  const body: Record<string, unknown> = {
    '@odata.context': `${CONTEXT}#${context}`,
    value: occurrences.slice(skip, skip + size).map((occurrence) =>
      renderEvent(occurrence.event, {
        zone,
        select,
        expand,
        ...(occurrence.index !== null ? { occurrence } : {}),
      }),
    ),
  };
  if (skip + size < occurrences.length) {
    const next = new URL(url);
    next.searchParams.set('$skip', String(skip + size));
    body['@odata.nextLink'] = next.toString();
  }
  return json(ctx, 200, body);
}

export function zoneFromPrefer(request: Request): Zone {
  const name = /outlook\.timezone="([^"]+)"/i.exec(request.headers.get('prefer') ?? '')?.[1];
  const iana = name ? ianaZone(name) : null;
  return name && iana ? { iana, name } : { iana: 'UTC', name: 'UTC' };
}
