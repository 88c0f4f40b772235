// What the session's audit log keeps of a request, derived from the request alone (never from its
// answer): which declared call it was, its path template with the query's option names but not their
// values (no event ids, no dates, no room lists' ids), the page it asked for and how many items it
// named. Enough for the Privacy view to say it in plain words; nothing a user would not show.
import type { AuditEntry } from '../../core/model';
import { GRAPH_CALLS } from '../calls';
import { declaredCall } from '../selectGuard';

/** The body field whose length says how many things a call is about. */
const COUNTED: Partial<Record<keyof typeof GRAPH_CALLS, string>> = {
  schedule: 'schedules',
  batch: 'requests',
};

export function auditDetail(
  method: string,
  pathAndQuery: string,
  body: unknown,
): Pick<AuditEntry, 'call' | 'path' | 'page' | 'items'> {
  // The client audits only requests the guard let through, so every one is a declared call.
  const call = declaredCall(method, pathAndQuery, body);
  const query = new URLSearchParams(pathAndQuery.split('?')[1] ?? '');
  const names = [...new Set(query.keys())];
  const template = call ? GRAPH_CALLS[call].path : '';
  const top = Number(query.get('$top'));
  const skip = Number(query.get('$skip') ?? 0);
  const counted = call ? COUNTED[call] : undefined;
  const list =
    counted && typeof body === 'object' && body !== null
      ? (body as Record<string, unknown>)[counted]
      : undefined;
  return {
    call: call ?? 'unknown',
    path: names.length > 0 ? `${template}?${names.join('&')}` : template,
    ...(top > 0 && Number.isSafeInteger(skip) ? { page: Math.floor(skip / top) + 1 } : {}),
    ...(Array.isArray(list) ? { items: list.length } : {}),
  };
}
