// Places: room lists and rooms. Like the real service, pages are 100 long by default and carry no
// @odata.nextLink: callers page with $top/$skip and learn the total from $count=true.
import { json, type EmulatorContext } from './http';
import { applySelect, matchesFilter, nonNegativeInt, parseFilter, selectFields } from './odata';
import type { Tenant, TenantRoom } from './tenant';

const GRAPH = 'https://graph.microsoft.com/v1.0/$metadata';
const DEFAULT_PAGE = 100;

function roomResource(room: TenantRoom): Record<string, unknown> {
  const { roomListEmail, ...graphFields } = room;
  return graphFields;
}

function page(ctx: EmulatorContext, url: URL, context: string, items: Record<string, unknown>[]): Response {
  const params = url.searchParams;
  const filter = params.get('$filter');
  const filtered = filter ? items.filter((item) => matchesFilter(item, parseFilter(filter))) : items;
  const top = nonNegativeInt(params, '$top', DEFAULT_PAGE);
  const skip = nonNegativeInt(params, '$skip', 0);
  const fields = selectFields(params);
  const body: Record<string, unknown> = { '@odata.context': `${GRAPH}#${context}` };
  if ((params.get('$count') ?? '').toLowerCase() === 'true') body['@odata.count'] = filtered.length;
  body.value = filtered.slice(skip, skip + top).map((item) => applySelect(item, fields));
  return json(ctx, 200, body);
}

export function listRoomLists(ctx: EmulatorContext, url: URL, tenant: Tenant): Response {
  return page(
    ctx,
    url,
    'places/microsoft.graph.roomList',
    tenant.roomLists.map((list) => ({ ...list })),
  );
}

export function listRooms(ctx: EmulatorContext, url: URL, tenant: Tenant): Response {
  return page(ctx, url, 'places/microsoft.graph.room', tenant.rooms.map(roomResource));
}

export function listRoomsIn(
  ctx: EmulatorContext,
  url: URL,
  tenant: Tenant,
  listEmail: string,
): Response | null {
  const list = tenant.roomLists.find(
    (l) => l.emailAddress.toLowerCase() === listEmail.toLowerCase() || l.id === listEmail,
  );
  if (!list) return null;
  const rooms = tenant.rooms.filter((room) => room.roomListEmail === list.emailAddress).map(roomResource);
  return page(ctx, url, `places('${encodeURIComponent(listEmail)}')/microsoft.graph.roomlist/rooms`, rooms);
}

export function getPlace(ctx: EmulatorContext, url: URL, tenant: Tenant, idOrEmail: string): Response | null {
  const key = idOrEmail.toLowerCase();
  const room = tenant.rooms.find((r) => r.id.toLowerCase() === key || r.emailAddress.toLowerCase() === key);
  if (room)
    return json(ctx, 200, {
      '@odata.context': `${GRAPH}#places/$entity`,
      ...applySelect(roomResource(room), selectFields(url.searchParams)),
    });
  const list = tenant.roomLists.find(
    (l) => l.id.toLowerCase() === key || l.emailAddress.toLowerCase() === key,
  );
  if (list)
    return json(ctx, 200, {
      '@odata.context': `${GRAPH}#places/$entity`,
      '@odata.type': '#microsoft.graph.roomList',
      ...list,
    });
  return null;
}
