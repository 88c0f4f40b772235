import { namesForbiddenField } from './selectGuard';

describe('namesForbiddenField', () => {
  it.each([
    'https://graph.microsoft.com/v1.0/me/events/1?$select=subject,body',
    '/me/events/1?$select=bodyPreview',
    '/me/messages/1?$expand=attachments',
    '/me/events?%24select=UniqueBody',
    '/me/events/1?$expand=attachments($select=name)',
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
