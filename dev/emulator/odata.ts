// The slice of OData query syntax the emulated routes accept: $select, paging options, and simple
// comparisons joined by and/or for $filter on places.
import { BadRequest } from './http';

export function selectFields(params: URLSearchParams): string[] | null {
  const select = params.get('$select');
  return select
    ? select
        .split(',')
        .map((field) => field.trim())
        .filter(Boolean)
    : null;
}

/** The object with only the selected fields (plus the ones Graph always returns). */
export function applySelect<T extends object>(
  item: T,
  fields: string[] | null,
  always: readonly string[] = ['id'],
): Partial<T> {
  if (!fields) return item;
  const wanted = new Set([...always, ...fields].map((f) => f.toLowerCase()));
  return Object.fromEntries(
    Object.entries(item).filter(([key]) => wanted.has(key.toLowerCase()) || key.startsWith('@odata')),
  ) as Partial<T>;
}

export function nonNegativeInt(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new BadRequest(`Invalid value '${raw}' for query option '${name}'.`);
  return value;
}

type Literal = string | number | boolean | null;
type Comparison = { field: string; op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; value: Literal };
export type Filter = { or: Comparison[][] };

function literal(raw: string): Literal {
  if (/^'.*'$/.test(raw)) return raw.slice(1, -1).replace(/''/g, "'");
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (raw === 'null') return null;
  const n = Number(raw);
  if (raw.trim() !== '' && !Number.isNaN(n)) return n;
  throw new BadRequest(`Invalid filter clause: unrecognised literal ${raw}`);
}

/** Parses `a eq 1 and b ge 'x' or c ne null` (and binds tighter than or; no parentheses). */
export function parseFilter(text: string): Filter {
  const or = text.split(/\s+or\s+/i).map((group) =>
    group.split(/\s+and\s+/i).map((clause): Comparison => {
      const m = /^\(?\s*(\w+)\s+(eq|ne|gt|ge|lt|le)\s+('(?:[^']|'')*'|[^\s)]+)\s*\)?$/i.exec(clause.trim());
      if (!m?.[1] || !m[2] || m[3] === undefined)
        throw new BadRequest(`Invalid filter clause: ${clause.trim()}`);
      return { field: m[1], op: m[2].toLowerCase() as Comparison['op'], value: literal(m[3]) };
    }),
  );
  return { or };
}

function compare(actual: unknown, op: Comparison['op'], expected: Literal): boolean {
  const a = typeof actual === 'string' ? actual.toLowerCase() : actual;
  const b = typeof expected === 'string' ? expected.toLowerCase() : expected;
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    default: {
      if (a === null || a === undefined || b === null) return false;
      const x = a as number | string;
      const y = b as number | string;
      return op === 'gt' ? x > y : op === 'ge' ? x >= y : op === 'lt' ? x < y : x <= y;
    }
  }
}

export function matchesFilter(item: Record<string, unknown>, filter: Filter): boolean {
  const lookup = (field: string): unknown => {
    const key = Object.keys(item).find((k) => k.toLowerCase() === field.toLowerCase());
    return key === undefined ? undefined : item[key];
  };
  return filter.or.some((group) => group.every((c) => compare(lookup(c.field), c.op, c.value)));
}
