// The $batch envelope opened whatever the answer holds: exactly one answer per request sent, each
// either a readable HTTP status or an unreadable answer of its own, never an exception.
import fc from 'fast-check';
import { batchBody, openBatch } from './batch';

describe('the $batch envelope', () => {
  it('names each prepared request by its position, relative and with its own headers', () => {
    const body = batchBody([
      {
        method: 'GET',
        path: '/me/events/1?$select=subject',
        headers: { Prefer: 'x' },
        scopes: [],
        idempotent: true,
        context: null,
      },
      {
        method: 'PATCH',
        path: '/me/events/1',
        headers: {},
        body: { location: {} },
        scopes: [],
        idempotent: false,
        context: null,
      },
    ]);
    expect(body.requests).toEqual([
      { id: '0', method: 'GET', url: '/me/events/1?$select=subject', headers: { Prefer: 'x' } },
      { id: '1', method: 'PATCH', url: '/me/events/1', headers: {}, body: { location: {} } },
    ]);
  });

  it('reads headers case-insensitively and ignores answers for ids it never sent', () => {
    const [first, second] = openBatch(
      {
        responses: [
          { id: '1', status: 429, headers: { 'Retry-After': '3' }, body: null },
          { id: '0', status: 200, body: { ok: true } },
          { id: '0', status: 500 },
          { id: '7', status: 200 },
        ],
      },
      2,
    );
    expect(first).toMatchObject({ status: 200, body: { ok: true } });
    expect(second?.status).toBe(429);
    expect(second?.header('retry-after')).toBe('3');
  });

  it('gives exactly one answer per request for any JSON at all', () => {
    const hostileKey = fc.constantFrom(
      '__proto__',
      'constructor',
      'responses',
      'id',
      'status',
      'headers',
      'body',
    );
    const json = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(null, true, 0, -1, 200, 429, 1e300, '0', '1', '__proto__'),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.oneof(hostileKey, fc.string({ maxLength: 4 })), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(json, fc.integer({ min: 1, max: 20 }), (raw, count) => {
        const body: unknown = JSON.parse(JSON.stringify(raw) ?? 'null');
        const answers = openBatch(body, count);
        expect(answers).toHaveLength(count);
        for (const answer of answers) {
          expect(answer.status === 0 ? answer.failure : 'readable').toBeDefined();
          expect(answer.status === 0 || (answer.status >= 100 && answer.status <= 599)).toBe(true);
          expect(
            answer.header('retry-after') === null || typeof answer.header('retry-after') === 'string',
          ).toBe(true);
        }
      }),
    );
  });
});
