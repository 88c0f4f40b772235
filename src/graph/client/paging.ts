// Reading a whole collection, one helper for both ways Graph pages:
// - Places gives no @odata.nextLink (https://learn.microsoft.com/graph/api/place-list): pages of
//   `$top`, the first with `$count=true`; with a count the remaining pages go out together (the
//   client's limiter keeps them four in flight), without one they are read until a short page.
// - Other collections give @odata.nextLink, followed (through the same `send`, so the link passes the
//   origin check and the field guard) until it is absent.
// Either way the answer is not trusted to end: a count, a page or a link that would take it past the
// caller's bounds on items and pages fails with the one GraphError instead of reading on.
import type { $ZodType, output } from 'zod/v4/core';
import * as z from 'zod/mini';
import type { CallOptions, GraphClient, GraphRequest } from './client';
import { callOf } from '../selectGuard';
import { unreadable } from './graphError';

export interface PagingOptions extends CallOptions {
  /** Places-style paging with this `$top`; without it, @odata.nextLink is followed. */
  readonly pageSize?: number;
  readonly maxItems: number;
  readonly maxPages: number;
}

export const pageSchema = <S extends $ZodType>(item: S) =>
  z.object({
    value: z.array(item),
    '@odata.nextLink': z.optional(z.string()),
    '@odata.count': z.optional(z.number()),
  });

export async function readCollection<S extends $ZodType>(
  client: GraphClient,
  request: GraphRequest,
  item: S,
  options: PagingOptions,
): Promise<output<S>[]> {
  const what = `${request.method} ${request.path.split('?')[0] ?? ''}`;
  const context = callOf(request.method, request.path)?.context ?? null;
  const unbelievable = (why: string) => unreadable(`${what} (${why})`, null, context);
  const tooLarge = () => unbelievable(`more than ${options.maxItems} items or ${options.maxPages} pages`);
  const schema = pageSchema(item);
  const read = (path: string) => client.send({ ...request, path }, schema, options);

  if (options.pageSize === undefined) {
    const items: output<S>[] = [];
    const seen = new Set<string>();
    for (let next: string | undefined = request.path; next !== undefined;) {
      if (seen.size >= options.maxPages || seen.has(next)) throw tooLarge();
      seen.add(next);
      const page = await read(next);
      if (items.length + page.value.length > options.maxItems) throw tooLarge();
      items.push(...page.value);
      next = page['@odata.nextLink'];
    }
    return items;
  }

  const size = options.pageSize;
  const separator = request.path.includes('?') ? '&' : '?';
  const page = async (index: number, count = false) => {
    const answer = await read(
      `${request.path}${separator}$top=${size}&$skip=${index * size}${count ? '&$count=true' : ''}`,
    );
    if (answer.value.length > size) throw unbelievable('a page longer than $top');
    return answer;
  };
  const first = await page(0, true);
  const total = first['@odata.count'];
  if (total !== undefined) {
    if (!Number.isSafeInteger(total) || total < 0) throw unbelievable('an impossible @odata.count');
    const pages = Math.ceil(total / size);
    if (total > options.maxItems || pages > options.maxPages) throw tooLarge();
    const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => page(i + 1)));
    return [first, ...rest].flatMap((answer) => answer.value);
  }
  // Without $count (older tenants): one page after another until a short one.
  const items = [...first.value];
  for (let index = 1, last = first.value.length; last === size; index += 1) {
    if (index >= options.maxPages || items.length + size > options.maxItems) throw tooLarge();
    const next = await page(index);
    items.push(...next.value);
    last = next.value.length;
  }
  return items;
}
