// Single-value extended properties as Exchange keys them: the type and GUID match case-insensitively,
// the Name part case-sensitively (as Microsoft's docs state), and the id is kept as first written.
export interface ExtendedProperty {
  readonly id: string;
  readonly value: string;
}

const NAMED = /^(\w+)\s+\{([0-9a-fA-F-]{36})\}\s+(Name|Id)\s+(.+)$/i;
const TAGGED = /^(\w+)\s+(0x[0-9a-fA-F]+)$/i;

/** The key two ids share when Exchange would treat them as the same property, or null if malformed. */
export function propertyKey(id: string): string | null {
  const named = NAMED.exec(id.trim());
  if (named) {
    const [, type, guid, kind, name] = named;
    const nameKey = kind?.toLowerCase() === 'id' ? (name ?? '').toLowerCase() : name;
    return `${type?.toLowerCase()} {${guid?.toLowerCase()}} ${kind?.toLowerCase()} ${nameKey}`;
  }
  const tagged = TAGGED.exec(id.trim());
  return tagged ? `${tagged[1]?.toLowerCase()} ${tagged[2]?.toLowerCase()}` : null;
}

export type PropertyCondition =
  | { readonly field: 'id'; readonly op: 'eq'; readonly value: string }
  | { readonly field: 'value'; readonly op: 'eq' | 'ne' | 'contains'; readonly value: string }
  | { readonly field: 'int'; readonly op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; readonly value: number };

const unquote = (literal: string): string => literal.slice(1, -1).replace(/''/g, "'");
const QUOTED = "('(?:[^']|'')*')";

/** Parses `x/id eq '…' and x/value eq '…'` (the lambda body of singleValueExtendedProperties/any). */
export function parseLambdaBody(variable: string, body: string): PropertyCondition[] | null {
  const v = variable.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = body.split(/\s+and\s+/i);
  const conditions: PropertyCondition[] = [];
  for (const part of parts) {
    const text = part.trim().replace(/^\((.*)\)$/, '$1');
    let m = new RegExp(`^${v}/id\\s+eq\\s+${QUOTED}$`, 'i').exec(text);
    if (m?.[1]) {
      conditions.push({ field: 'id', op: 'eq', value: unquote(m[1]) });
      continue;
    }
    m = new RegExp(`^${v}/value\\s+(eq|ne)\\s+${QUOTED}$`, 'i').exec(text);
    if (m?.[1] && m[2]) {
      conditions.push({ field: 'value', op: m[1].toLowerCase() as 'eq' | 'ne', value: unquote(m[2]) });
      continue;
    }
    m = new RegExp(`^contains\\(\\s*${v}/value\\s*,\\s*${QUOTED}\\s*\\)$`, 'i').exec(text);
    if (m?.[1]) {
      conditions.push({ field: 'value', op: 'contains', value: unquote(m[1]) });
      continue;
    }
    m = new RegExp(
      `^cast\\(\\s*${v}/value\\s*,\\s*Edm\\.Int32\\s*\\)\\s+(eq|ne|gt|ge|lt|le)\\s+(-?\\d+)$`,
      'i',
    ).exec(text);
    if (m?.[1] && m[2]) {
      conditions.push({ field: 'int', op: m[1].toLowerCase() as 'eq', value: Number(m[2]) });
      continue;
    }
    return null;
  }
  return conditions;
}

function holds(property: ExtendedProperty, condition: PropertyCondition): boolean {
  switch (condition.field) {
    case 'id':
      return propertyKey(property.id) === propertyKey(condition.value);
    case 'value': {
      // Exchange compares values case-insensitively.
      const a = property.value.toLowerCase();
      const b = condition.value.toLowerCase();
      return condition.op === 'eq' ? a === b : condition.op === 'ne' ? a !== b : a.includes(b);
    }
    case 'int': {
      const n = Number(property.value);
      if (!Number.isInteger(n)) return false;
      const ops = {
        eq: n === condition.value,
        ne: n !== condition.value,
        gt: n > condition.value,
        ge: n >= condition.value,
        lt: n < condition.value,
        le: n <= condition.value,
      };
      return ops[condition.op];
    }
  }
}

/** True when some property satisfies every condition of the lambda. */
export function anyPropertyMatches(
  properties: Iterable<ExtendedProperty>,
  conditions: readonly PropertyCondition[],
): boolean {
  for (const property of properties) {
    if (conditions.every((condition) => holds(property, condition))) return true;
  }
  return false;
}

/** Parses `singleValueExtendedProperties($filter=id eq '…' or id eq '…')` into the requested keys. */
export function parseExpand(expand: string): string[] | null {
  const m = /^singleValueExtendedProperties\(\s*\$filter\s*=\s*(.+)\)$/i.exec(expand.trim());
  if (!m?.[1]) return null;
  const ids: string[] = [];
  for (const part of m[1].split(/\s+or\s+/i)) {
    const idMatch = new RegExp(`^\\(?\\s*id\\s+eq\\s+${QUOTED}\\s*\\)?$`, 'i').exec(part.trim());
    const key = idMatch?.[1] ? propertyKey(unquote(idMatch[1])) : null;
    if (!key) return null;
    ids.push(key);
  }
  return ids;
}
