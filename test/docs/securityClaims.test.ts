// Claims of docs/security-and-data-access.md that no behaviour test covers on its own: checked here
// against the code, so the document cannot promise what the code does not keep.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GRAPH_CALLS } from '../../src/graph/calls';

const SRC = path.join(__dirname, '../../src');

/** Product sources (no tests) under src/<dir> whose text matches `pattern`. */
function sourcesMatching(dir: string, pattern: RegExp): string[] {
  return readdirSync(path.join(SRC, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .filter((file) => pattern.test(readFileSync(path.join(SRC, dir, file), 'utf8')))
    .map((file) => `${dir}/${file}`);
}

describe('security claims checked against the code', () => {
  it('the Office.js adapter reads no body and touches no attachment API', () => {
    // Office.js's item.body (getAsync, setAsync …) and the attachment methods (getAttachmentsAsync,
    // getAttachmentContentAsync, addFileAttachmentAsync …).
    const officeBodyOrAttachments = /\.body\.|\.attachments\b|Attachments?(Async|Content)/;
    expect(sourcesMatching('office', officeBodyOrAttachments)).toEqual([]);
    expect(sourcesMatching('taskpane', officeBodyOrAttachments)).toEqual([]);
  });

  it('calls Graph only on the user’s own mailbox and the room directory, never on a room’s calendar', () => {
    const paths = Object.values(GRAPH_CALLS).map((call) => call.path);
    expect(paths.length).toBeGreaterThan(0);
    for (const route of paths) expect(route).toMatch(/^\/(me\/|places\/|\$batch$)/);
    const writes = Object.values(GRAPH_CALLS).filter((call) => call.method !== 'GET');
    // The one write outside the mailbox is a Places check-in claim, never a room's calendar.
    for (const call of writes) expect(call.path).toMatch(/^\/(me\/|\$batch$|places\/\{id\}\/checkIns$)/);
  });
});
