import fc from 'fast-check';
import { PROPERTY_NAMES, propertyId } from '../core/bookingProperties';
import { GRAPH_CALLS } from './calls';
import { select } from './fields';
import { FORBIDDEN_FIELDS, namesForbiddenField, requestProblem } from './selectGuard';

const expand = `singleValueExtendedProperties($filter=${PROPERTY_NAMES.map((n) => `id eq '${propertyId(n)}'`).join(' or ')})`;
const eventRead = `/me/events/AAMk1?$select=${select(GRAPH_CALLS.event.select)}&$expand=${encodeURIComponent(expand)}`;

describe('the request guard: only declared calls, only their fields', () => {
  it.each([
    eventRead,
    `/me/events/AAMk1?$select=${select(GRAPH_CALLS.eventRooms.select)}`,
    '/places/microsoft.graph.room?$select=id,emailAddress&$top=100&$skip=200&$count=true',
    '/places/bldg1%40contoso.com/microsoft.graph.roomlist/rooms?$select=emailAddress&$top=100&$skip=0',
    `/me/calendarView?startDateTime=2026-03-04T00:00:00.000Z&endDateTime=2026-04-03T00:00:00.000Z&$select=subject,start&$top=100&$skiptoken=abc123`,
    `/ME/Events/AAMk1?%24SELECT=Subject,Start`,
    `/me/events/AAMk1/instances?startDateTime=2026-04-01T06:00:00.000Z&endDateTime=2026-04-01T07:00:00.000Z&$select=start,end,type`,
  ])('lets %s through', (path) => {
    expect(requestProblem('GET', path)).toBeNull();
  });

  it.each([
    ['a forbidden field', '/me/events/1?$select=subject,body'],
    ['another case', '/me/events/1?$SELECT=Subject,BODY'],
    ['percent-encoding', '/me/events/1?%24select=subject%2CbodyPreview'],
    ['select= without $', '/me/events/1?select=uniqueBody'],
    ['$select=*', '/me/events/1?$select=*'],
    ['an event read without $select', '/me/events/1'],
    ['an /attachments path', '/me/events/1/attachments?$select=name'],
    ['an encoded /attachments path', '/me/events/1%2Fattachments?$select=subject'],
    ['a dot-segment', '/me/events/1/%2e%2e/2?$select=subject'],
    ['$filter on body', "/me/calendarView?$select=subject&$filter=contains(body/content,'x')"],
    ['$orderby on body', '/me/calendarView?$select=subject&$orderby=body/content'],
    ['$expand of attachments', '/me/events/1?$select=subject&$expand=attachments'],
    [
      '$expand of another property',
      `/me/events/1?$select=subject&$expand=${encodeURIComponent("singleValueExtendedProperties($filter=id eq 'String {x} Name Secret')")}`,
    ],
    [
      '$expand smuggling a select',
      `/me/events/1?$select=subject&$expand=${encodeURIComponent(`${expand},attachments`)}`,
    ],
    ['a duplicated $select', '/me/events/1?$select=subject&select=subject'],
    ['$search', '/me/calendarView?$select=subject&$search=x'],
    ['a window on an event read', '/me/events/1?startDateTime=2026-04-01T06:00:00Z&$select=subject'],
    ['more than an occurrence’s time from instances', '/me/events/1/instances?$select=start,attendees'],
    ['a call Roombook does not make', '/me/messages?$select=subject'],
    ['another host in the path', '//evil.test/v1.0/me/events/1?$select=subject'],
  ])('refuses %s', (_what, path) => {
    expect(requestProblem('GET', path)).not.toBeNull();
  });

  it('refuses a write of fields the call does not write, and a write to an undeclared path', () => {
    expect(requestProblem('PATCH', '/me/events/1', { singleValueExtendedProperties: [] })).toBeNull();
    expect(requestProblem('PATCH', '/me/events/1', { body: { content: 'x' } })).not.toBeNull();
    expect(requestProblem('PATCH', '/me/events/1', { subject: 'x' })).not.toBeNull();
    expect(requestProblem('POST', '/me/events', { subject: 'x' })).not.toBeNull();
    expect(requestProblem('POST', '/$batch', { requests: [] })).toBeNull();
  });

  it('lets no spelling of a forbidden field through, whatever the case, encoding or option spelling', () => {
    const casing = (word: string) =>
      fc
        .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
        .map((upper) => [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));
    const encode = (text: string, mask: boolean[]) =>
      [...text]
        .map((c, i) => (mask[i % mask.length] ? `%${c.charCodeAt(0).toString(16).padStart(2, '0')}` : c))
        .join('');
    fc.assert(
      fc.property(
        fc.constantFrom(...FORBIDDEN_FIELDS, '*').chain(casing),
        fc.constantFrom('select', 'expand', 'filter', 'orderby').chain(casing),
        fc.boolean(),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('/me/events/1', '/me/calendarView', '/places/microsoft.graph.room'),
        (field, option, dollar, mask, path) => {
          const key = encode(`${dollar ? '$' : ''}${option}`, mask);
          const value = encode(`subject,${field}`, mask);
          expect(requestProblem('GET', `${path}?$select=subject&${key}=${value}`)).not.toBeNull();
          expect(requestProblem('GET', `${path}?${key}=${value}`)).not.toBeNull();
        },
      ),
    );
  });

  it('refuses every path that is not a declared call, however it is built', () => {
    fc.assert(
      fc.property(fc.webPath(), fc.constantFrom('GET', 'PATCH', 'POST'), (path, method) => {
        const problem = requestProblem(method, `${path}?$select=subject`);
        const template = (call: { path: string }) =>
          new RegExp(`^${call.path.replace(/\{\w+\}/g, '[^/]+').replace('$', '\\$')}$`, 'i');
        const declared = Object.values(GRAPH_CALLS).some(
          (call) => call.method === method && template(call).test(path),
        );
        if (!declared) expect(problem).not.toBeNull();
      }),
    );
  });
});

describe('namesForbiddenField, the suite-wide backstop', () => {
  it.each([
    'https://graph.microsoft.com/v1.0/me/events/1?$select=subject,body',
    '/me/events/1?$select=bodyPreview',
    '/me/messages/1?$expand=attachments',
    '/me/events?%24select=UniqueBody',
    '/me/events/1?$expand=attachments($select=name)',
    '/me/events/1?select=body',
    '/me/events/1?$select=*',
    '/me/events/1/attachments',
    "/me/events?$filter=contains(body/content,'x')",
    '/me/events?$orderby=body/content',
  ])('finds a forbidden field in %s', (url) => {
    expect(namesForbiddenField(url)).toBe(true);
  });

  it.each([
    '/me/events/1?$select=subject,start,end,bodyless',
    "/me/events/1?$expand=singleValueExtendedProperties($filter=id eq 'String {x} Name Body')",
    '/places/microsoft.graph.room?$top=100',
  ])('accepts %s', (url) => {
    expect(namesForbiddenField(url)).toBe(false);
  });
});
