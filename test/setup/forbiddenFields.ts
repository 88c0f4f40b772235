// DESIGN.md §3: no request made anywhere in the suite may name body, bodyPreview, attachments or
// uniqueBody. Every test file checks the requests its emulators saw once it has finished.
import { tracedRequests } from '../../dev/emulator/requestTrace';
import { namesForbiddenField } from '../../src/graph/selectGuard';

afterAll(() => {
  const offending = tracedRequests().filter((request) => namesForbiddenField(request.url));
  expect(offending).toEqual([]);
});
