// Roombook never reads message content. Every request the client sends ($batch items and paging
// links included) must be one of the calls declared in calls.ts, asking only for that call's
// fields: an allow-list, so a spelling the guard did not foresee (case, percent-encoding, `select=`
// without `$`, `*`, a sub-resource path such as /attachments, $filter or $orderby on body) is
// refused because it is not on the list, not because it is on a deny-list.
import { PROPERTY_NAMES, propertyId } from '../core/bookingProperties';
import { GRAPH_CALLS, type GraphCall } from './calls';

type CallName = keyof typeof GRAPH_CALLS;

export const FORBIDDEN_FIELDS = ['body', 'bodyPreview', 'attachments', 'uniqueBody'] as const;

const ROOMBOOK_PROPERTY_IDS = new Set(PROPERTY_NAMES.map((name) => propertyId(name)));
const DIGITS = /^\d{1,6}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?$/;
const SKIP_TOKEN = /^[\w\-.~=+/%!*]{1,4096}$/;
/** `singleValueExtendedProperties($filter=id eq '…' or id eq '…')`, the only $expand Roombook sends. */
const EXPAND = /^singleValueExtendedProperties\(\$filter=(id eq '[^']*'(?: or id eq '[^']*')*)\)$/;

/** The path's segments, decoded once; null when a segment is unreadable or hides a separator. */
function segmentsOf(pathname: string): string[] | null {
  const segments: string[] = [];
  for (const raw of pathname.split('/').filter(Boolean)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\?#]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

function matchesTemplate(template: string, segments: readonly string[]): boolean {
  const parts = template.split('/').filter(Boolean);
  return (
    parts.length === segments.length &&
    parts.every((part, i) => /^\{\w+\}$/.test(part) || part.toLowerCase() === segments[i]?.toLowerCase())
  );
}

function expandIsRoombooks(value: string): boolean {
  const match = EXPAND.exec(value.trim());
  if (!match?.[1]) return false;
  const ids = [...match[1].matchAll(/id eq '([^']*)'/g)].map((m) => m[1] ?? '');
  return ids.length > 0 && ids.every((id) => ROOMBOOK_PROPERTY_IDS.has(id));
}

/** Why the query does not fit `call`, or null when every option is one the call may send. */
function queryProblem(call: GraphCall, query: string): string | null {
  const seen = new Set<string>();
  for (const [rawKey, value] of new URLSearchParams(query)) {
    // Graph reads query options case-insensitively and with or without the `$` prefix.
    const key = rawKey.trim().toLowerCase().replace(/^\$/, '');
    if (seen.has(key)) return `the query option ${key} appears twice`;
    seen.add(key);
    if (key === 'select') {
      const allowed = new Set(call.select.map((field) => field.toLowerCase()));
      const fields = value.split(',').map((field) => field.trim().toLowerCase());
      if (fields.some((field) => !allowed.has(field))) return `$select names a field this call does not read`;
    } else if (key === 'expand') {
      if (call.method !== 'GET' || !expandIsRoombooks(value))
        return `$expand names more than Roombook's properties`;
    } else if (key === 'top' || key === 'skip') {
      if (!DIGITS.test(value)) return `$${key} is not a number`;
    } else if (key === 'count') {
      if (value !== 'true') return '$count must be true';
    } else if (key === 'skiptoken') {
      if (!SKIP_TOKEN.test(value)) return '$skiptoken is not an opaque token';
    } else if (key === 'startdatetime' || key === 'enddatetime') {
      if (!/\/(calendarView|instances)$/.test(call.path) || !INSTANT.test(value))
        return `${key} is not a window bound`;
    } else {
      return `the query option ${rawKey} is not one Roombook sends`;
    }
  }
  if (call.select.length > 0 && !seen.has('select')) return 'the call must name its fields with $select';
  return null;
}

function bodyProblem(call: GraphCall, body: unknown): string | null {
  if (body === undefined) return call.method === 'GET' ? null : 'the call needs a body';
  if (call.method === 'GET') return 'a GET carries no body';
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body is not an object';
  const allowed = new Set<string>(call.body);
  const extra = Object.keys(body).find((key) => !allowed.has(key));
  return extra === undefined ? null : `the body writes ${extra}, which this call does not write`;
}

function callsMatching(method: string, segments: readonly string[]): [CallName, GraphCall][] {
  return (Object.entries(GRAPH_CALLS) as [CallName, GraphCall][]).filter(
    ([, call]) => call.method === method.toUpperCase() && matchesTemplate(call.path, segments),
  );
}

/** The declared call a request is (by method and path), or null; calls sharing a path share a context. */
export function callOf(method: string, pathAndQuery: string): GraphCall | null {
  const segments = segmentsOf(pathAndQuery.split('?')[0] ?? '');
  return (segments && callsMatching(method, segments)[0]?.[1]) ?? null;
}

/** The declared call a request is, or why it is none: one of the two. */
function classify(
  method: string,
  pathAndQuery: string,
  body: unknown,
): { readonly call: CallName } | { readonly problem: string } {
  let url: URL;
  try {
    url = new URL(pathAndQuery, 'http://relative.invalid');
  } catch {
    return { problem: 'the path cannot be read' };
  }
  if (url.origin !== 'http://relative.invalid' || url.hash) return { problem: 'the path names another host' };
  // The segments as written, before URL parsing resolves dot-segments away.
  const segments = segmentsOf(pathAndQuery.split('?')[0] ?? '');
  if (!segments) return { problem: 'the path cannot be read' };
  const candidates = callsMatching(method, segments);
  if (candidates.length === 0) return { problem: `${method} ${url.pathname} is not a call Roombook makes` };
  const problems = candidates.map(([, call]) => queryProblem(call, url.search) ?? bodyProblem(call, body));
  const fitting = candidates[problems.indexOf(null)];
  return fitting ? { call: fitting[0] } : { problem: problems[0] ?? 'no call fits' };
}

/**
 * Why Roombook must not send this request, or null when it is one of the declared calls asking for
 * its declared fields. `pathAndQuery` is below the service root (`/me/events/…?$select=…`).
 */
export function requestProblem(method: string, pathAndQuery: string, body?: unknown): string | null {
  const result = classify(method, pathAndQuery, body);
  return 'problem' in result ? result.problem : null;
}

/** Which declared call a request is (the first that fits it), or null for one Roombook never sends. */
export function declaredCall(method: string, pathAndQuery: string, body?: unknown): CallName | null {
  const result = classify(method, pathAndQuery, body);
  return 'call' in result ? result.call : null;
}

const SELECTING_OPTIONS = new Set(['select', 'expand', 'filter', 'orderby', 'search']);

/**
 * The suite-wide backstop (test/setup/forbiddenFields.ts) over every request any emulator saw, the
 * tests' own included: true when a URL reaches a forbidden field in its path or in any option that
 * selects, expands, filters or orders, however it is spelled.
 */
export function namesForbiddenField(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://relative.invalid');
  } catch {
    return true;
  }
  const forbidden = new Set(FORBIDDEN_FIELDS.map((field) => field.toLowerCase()));
  const names = (text: string) =>
    text
      // Quoted literals are values (a property named 'Body' in an $expand filter), not fields.
      .replace(/'(?:[^']|'')*'/g, ' ')
      .split(/[^A-Za-z*]+/)
      .map((token) => token.toLowerCase())
      .some((token) => forbidden.has(token) || token === '*');
  const segments = segmentsOf(parsed.pathname);
  if (!segments || segments.some((segment) => names(segment.replace(/\*/g, ' ')))) return true;
  return [...parsed.searchParams].some(
    ([key, value]) => SELECTING_OPTIONS.has(key.trim().toLowerCase().replace(/^\$/, '')) && names(value),
  );
}
