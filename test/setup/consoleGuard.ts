// Nothing any test runs may print a token, an Authorization header or Graph response data: each
// test file records what reached the console and checks it once the file has finished. The
// patterns are written here, not taken from the product, so a product bug cannot hide itself.
import { format } from 'node:util';

const SECRETS: readonly [string, RegExp][] = [
  ['a bearer token', /\bbearer\s+[\w.~+/-]{8,}/i],
  ['an Authorization header', /\bauthorization["']?\s*[:=]/i],
  ['a JSON web token', /\beyJ[\w-]{4,}\.[\w-]{4,}\./],
  ['an access or refresh token field', /["']?(access|refresh|id)_token["']?\s*[:=]\s*["']?[\w.-]{8,}/i],
  ['Graph response data', /@odata\.(context|nextLink|count)|"scheduleItems"|"singleValueExtendedProperties"/],
];

const printed: string[] = [];
const methods = console as unknown as Record<string, (...args: unknown[]) => void>;
for (const method of ['log', 'info', 'warn', 'error', 'debug']) {
  const original = methods[method]?.bind(console) ?? (() => undefined);
  methods[method] = (...args: unknown[]) => {
    printed.push(format(...args));
    original(...args);
  };
}

afterAll(() => {
  const leaks = printed.flatMap((text) =>
    SECRETS.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${what}: ${text.slice(0, 200)}`),
  );
  expect(leaks).toEqual([]);
});
