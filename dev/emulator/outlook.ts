// Control routes through which the Outlook simulator acts as Outlook itself: Outlook saves and sends
// items through Exchange, not Graph, so these are not Graph routes and are not in the Graph log.
// A never-sent item is a draft (nobody is invited) until sent; saving a sent one sends the update.
import { BadRequest, isRecord, json, type EmulatorContext } from './http';
import { itemIdFromRestId, restIdFromItemId } from './itemIds';
import { location } from './eventInput';
import { exceptionFor } from './exceptions';
import { createStoredEvent, sendStoredEvent, updateStoredEvent, type EventDeps } from './events';
import type { EventInput } from './eventInput';
import type { PatternedRecurrence } from './recurrence';
import type { StoredEvent } from './store';
import type { TenantUser } from './tenant';

/** Office.js's custom properties live in this MAPI property set, named `cecp-<add-in id>`. */
const CUSTOM_PROPERTIES = /^String \{00020329-0000-0000-C000-000000000046\} Name cecp-(.+)$/i;

function outlookInput(body: unknown): EventInput {
  if (!isRecord(body)) throw new BadRequest('The request body must be a JSON object.');
  const input: EventInput = {};
  if (typeof body.subject === 'string') input.subject = body.subject;
  for (const field of ['start', 'end'] as const) {
    if (body[field] === undefined) continue;
    const date = new Date(String(body[field]));
    if (Number.isNaN(date.getTime())) throw new BadRequest(`${field} must be an ISO 8601 instant.`);
    input[field] = date;
  }
  if (typeof body.timeZone === 'string') input.startZone = body.timeZone;
  if (typeof body.isAllDay === 'boolean') input.isAllDay = body.isAllDay;
  if (Array.isArray(body.attendees)) {
    input.attendees = body.attendees.map((a) => {
      if (!isRecord(a) || typeof a.address !== 'string') throw new BadRequest('attendees need an address.');
      const type = a.type === 'optional' || a.type === 'resource' ? a.type : 'required';
      return {
        address: a.address.toLowerCase(),
        name: a.address,
        type,
        response: 'none',
        responseTime: '0001-01-01T00:00:00Z',
      };
    });
  }
  if (Array.isArray(body.locations)) {
    input.locations = body.locations.map(location);
    input.location = {
      displayName: input.locations.map((l) => l.displayName).join('; '),
      locationType: 'default',
    };
  }
  if (body.recurrence !== undefined) input.recurrence = body.recurrence as PatternedRecurrence | null;
  return input;
}

/** Outlook resolves a room added by address to its directory name, as it does from the address book. */
function resolveRoomNames(input: EventInput, tenant: EventDeps['tenant']): EventInput {
  if (!input.locations) return input;
  const locations = input.locations.map((l) => {
    if (l.displayName || !l.locationEmailAddress) return l;
    const room = tenant.rooms.find((r) => r.emailAddress === l.locationEmailAddress);
    return { ...l, displayName: room?.displayName ?? l.locationEmailAddress, locationType: 'conferenceRoom' };
  });
  const displayName = locations.map((l) => l.displayName).join('; ');
  return { ...input, locations, location: { displayName, locationType: 'default' } };
}

function itemView(event: StoredEvent): Record<string, unknown> {
  const customProperties: Record<string, string> = {};
  for (const property of event.extendedProperties.values()) {
    const addinId = CUSTOM_PROPERTIES.exec(property.id)?.[1];
    if (addinId) customProperties[addinId] = property.value;
  }
  return {
    id: event.id,
    itemId: itemIdFromRestId(event.id),
    subject: event.subject,
    start: event.start.toISOString(),
    end: event.end.toISOString(),
    isAllDay: event.isAllDay,
    isDraft: event.isDraft,
    recurrence: event.recurrence,
    seriesId: event.seriesMasterId ?? null,
    seriesItemId: event.seriesMasterId ? itemIdFromRestId(event.seriesMasterId) : null,
    attendees: event.attendees.map((a) => ({ address: a.address, type: a.type, response: a.response })),
    locations: event.locations,
    customProperties,
  };
}

function ownItem(deps: EventDeps, id: string, now: Date): StoredEvent {
  const restId = deps.store.get(id) ? id : restIdFromItemId(id);
  // One occurrence opened on its own: Outlook keeps it as the series' occurrence until it is changed,
  // when it becomes an exception; the emulator makes the exception as soon as it is opened.
  const event = exceptionFor(deps.store, restId, now);
  if (!event || event.bookedFor) throw new BadRequest('The item does not exist.', 'ErrorItemNotFound', 404);
  return event;
}

export async function outlookRoute(
  ctx: EmulatorContext,
  method: string,
  rest: string[],
  body: unknown,
  deps: EventDeps & { userFor: (address: unknown) => TenantUser },
): Promise<Response | null> {
  const [id, action] = rest;
  if (method === 'GET' && !id) {
    // The organizer's calendar as Outlook lists it: their own items, not the rooms' copies.
    const user = deps.userFor(isRecord(body) ? body.user : undefined);
    const items = deps.store
      .ownedBy(user.mail)
      .filter((e) => !e.bookedFor)
      .sort((a, b) => a.start.getTime() - b.start.getTime())
      .map(itemView);
    return json(ctx, 200, { value: items });
  }
  if (method === 'POST' && !id) {
    const user = deps.userFor(isRecord(body) ? body.user : undefined);
    // Outlook keeps one item per open form: it exists in the client before its first save, and every
    // save of it updates that item, even when the first save's answer never reached the client. The
    // client's key finds it again, so a repeated first save makes no second item.
    // https://learn.microsoft.com/javascript/api/outlook/office.appointmentcompose#outlook-office-appointmentcompose-saveasync-member(1)
    const key = isRecord(body) && typeof body.clientKey === 'string' ? body.clientKey : undefined;
    const known = key ? deps.store.ownedBy(user.mail).find((e) => e.outlookKey === key) : undefined;
    if (known) {
      updateStoredEvent(deps, known, resolveRoomNames(outlookInput(body), deps.tenant), ctx.now);
      return json(ctx, 200, itemView(known));
    }
    const event = createStoredEvent(deps, user, resolveRoomNames(outlookInput(body), deps.tenant), {
      draft: true,
      now: ctx.now,
    });
    // Outlook in cached mode saves to its local cache and syncs later; until then the id it returned
    // answers 404 ErrorItemNotFound to Graph. https://learn.microsoft.com/javascript/api/outlook/office.appointmentcompose#outlook-office-appointmentcompose-saveasync-member(1)
    const delay = isRecord(body) && typeof body.syncDelayMs === 'number' ? body.syncDelayMs : 0;
    if (delay > 0) event.syncedAt = new Date(ctx.now.getTime() + delay);
    if (key) event.outlookKey = key;
    return json(ctx, 201, itemView(event));
  }
  if (!id) return null;
  const event = ownItem(deps, id, ctx.now);
  if (method === 'GET' && !action) return json(ctx, 200, itemView(event));
  if (method === 'PATCH' && !action) {
    const input = resolveRoomNames(outlookInput(body), deps.tenant);
    // Saving a meeting that was already sent sends the update to added and removed attendees at once,
    // so rooms answer (or are released) now; only a never-sent meeting stays a draft.
    // https://learn.microsoft.com/javascript/api/outlook/office.appointmentcompose#outlook-office-appointmentcompose-saveasync-member(1)
    updateStoredEvent(deps, event, input, ctx.now);
    return json(ctx, 200, itemView(event));
  }
  if (method === 'POST' && action === 'send') {
    sendStoredEvent(deps, event, ctx.now);
    return json(ctx, 200, itemView(event));
  }
  return null;
}
