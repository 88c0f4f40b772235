// docs/security-and-data-access.md is what a security reviewer reads: its list of Graph calls, its
// scopes and its property namespace must be the code's, not a memory of it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROPERTY_NAMES, ROOMBOOK_PROPERTY_GUID } from '../../src/core/bookingProperties';
import { GRAPH_CALLS } from '../../src/graph/calls';
import { SCOPES } from '../../src/graph/scopes';

const doc = readFileSync(path.join(__dirname, '../../docs/security-and-data-access.md'), 'utf8');

/** Rows of the calls table: `| METHOD | `path` | `$select=…` or — | …`. */
function documentedCalls(markdown: string): string[] {
  const row = /^\|\s*(GET|POST|PATCH|DELETE|PUT)\s*\|\s*`([^`]+)`\s*\|\s*(?:`\$select=([^`]*)`|—)\s*\|/gm;
  return [...markdown.matchAll(row)].map(([, method, route, fields]) => `${method} ${route} ${fields ?? ''}`);
}

const codeCalls = Object.values(GRAPH_CALLS).map((c) => `${c.method} ${c.path} ${c.select.join(',')}`);

describe('docs/security-and-data-access.md', () => {
  it('lists exactly the Graph calls of src/graph/calls.ts, with their exact $select', () => {
    expect(documentedCalls(doc).sort()).toEqual([...codeCalls].sort());
  });

  it('would notice a call missing from the document', () => {
    const withoutFirst = doc.replace(/^\|\s*GET\s*\|\s*`\/places\/microsoft\.graph\.roomlist`.*$/m, '');
    expect(documentedCalls(withoutFirst).sort()).not.toEqual([...codeCalls].sort());
  });

  it('names every scope Roombook asks for, and the property namespace and names', () => {
    for (const scope of Object.values(SCOPES)) expect(doc).toContain(`\`${scope}\``);
    expect(doc).toContain(ROOMBOOK_PROPERTY_GUID);
    for (const name of PROPERTY_NAMES) expect(doc).toContain(`\`${name}\``);
  });
});
