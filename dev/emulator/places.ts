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

/**
 * One page of a Places list. Only the page's items are turned into resources (and only a $filter
 * looks at every item), so a request costs what its page costs, not what the tenant holds: at
 * 20,000 rooms the benchmark measures the client, not the emulator.
 */
function page<T>(
  ctx: EmulatorContext,
  url: URL,
  context: string,
  items: readonly T[],
  toResource: (item: T) => Record<string, unknown>,
): Response {
  const params = url.searchParams;
  const filter = params.get('$filter');
  const matching = filter
    ? items.map(toResource).filter((item) => matchesFilter(item, parseFilter(filter)))
    : null;
  const top = nonNegativeInt(params, '$top', DEFAULT_PAGE);
  const skip = nonNegativeInt(params, '$skip', 0);
  const fields = selectFields(params);
  const body: Record<string, unknown> = { '@odata.context': `${GRAPH}#${context}` };
  if ((params.get('$count') ?? '').toLowerCase() === 'true')
    body['@odata.count'] = (matching ?? items).length;
  const slice = matching ? matching.slice(skip, skip + top) : items.slice(skip, skip + top).map(toResource);
  body.value = slice.map((item) => applySelect(item, fields));
  return json(ctx, 200, body);
}

/** Each room list's rooms, indexed once per tenant (a tenant's rooms never change after seeding). */
const roomsByList = new WeakMap<readonly TenantRoom[], Map<string, TenantRoom[]>>();

function roomsOf(tenant: Tenant, listEmail: string): readonly TenantRoom[] {
  let index = roomsByList.get(tenant.rooms);
  if (!index) {
    index = new Map();
    for (const room of tenant.rooms) {
      const members = index.get(room.roomListEmail) ?? [];
      members.push(room);
      index.set(room.roomListEmail, members);
    }
    roomsByList.set(tenant.rooms, index);
  }
  return index.get(listEmail) ?? [];
}

export function listRoomLists(ctx: EmulatorContext, url: URL, tenant: Tenant): Response {
  return page(ctx, url, 'places/microsoft.graph.roomList', tenant.roomLists, (list) => ({ ...list }));
}

export function listRooms(ctx: EmulatorContext, url: URL, tenant: Tenant): Response {
  return page(ctx, url, 'places/microsoft.graph.room', tenant.rooms, roomResource);
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
  const context = `places('${encodeURIComponent(listEmail)}')/microsoft.graph.roomlist/rooms`;
  return page(ctx, url, context, roomsOf(tenant, list.emailAddress), roomResource);
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
