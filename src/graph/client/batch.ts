// JSON batching as the pipeline's envelope, nothing more: requests already guarded, given their
// headers and made relative by the pipeline go into one POST /$batch body, and the batch's answer
// is opened back into one answer per request. Retry, audit, token and errors stay the pipeline's.
// https://learn.microsoft.com/graph/json-batching
import type { Answer, Prepared } from './answer';

/** Graph accepts at most 20 requests in one $batch. */
export const MAX_BATCH = 20;

/**
 * The body of one $batch. A sequential batch chains every request to the one before (`dependsOn`):
 * Graph then runs them one after another, so the batch holds one of the mailbox's four concurrent
 * requests instead of up to four. Graph takes a batch either fully sequential or fully parallel,
 * never mixed (https://learn.microsoft.com/graph/json-batching, "Sequencing requests with the
 * dependsOn property"; known issue: "Batch should be either fully sequential or fully parallel").
 */
export function batchBody(items: readonly Prepared[], sequential = false): { requests: unknown[] } {
  return {
    requests: items.map((item, index) => ({
      id: String(index),
      method: item.method,
      url: item.path,
      headers: item.headers,
      ...(item.body !== undefined ? { body: item.body } : {}),
      ...(sequential && index > 0 ? { dependsOn: [String(index - 1)] } : {}),
    })),
  };
}

/**
 * How many requests go in each $batch. Parallel: 20, Graph's most. Sequential: the requests spread
 * evenly over the fewest waves of `slots` chains (each chain at most 20 long), so no wave waits on one
 * long chain: 96 requests over 4 slots are 8 chains of 12 (two waves), not 20, 20, 20, 20 and 16.
 */
export function batchSize(count: number, slots: number, sequential: boolean): number {
  if (!sequential) return MAX_BATCH;
  const waves = Math.ceil(count / (slots * MAX_BATCH));
  return Math.max(1, Math.ceil(count / (waves * slots)));
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

function ownField(value: object, key: string): unknown {
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** A header reader over a batch item's `headers` object, whatever keys it holds. */
function headerReader(headers: unknown): (name: string) => string | null {
  const map = new Map<string, string>();
  if (isObject(headers) && !Array.isArray(headers)) {
    for (const [key, value] of Object.entries(headers))
      if (typeof value === 'string') map.set(key.toLowerCase(), value);
  }
  return (name) => map.get(name.toLowerCase()) ?? null;
}

/**
 * One answer per request, in the order sent. An item the batch does not answer readably (missing,
 * duplicated, a status that is not HTTP's) comes back as an unreadable answer of its own.
 */
export function openBatch(body: unknown, count: number): Answer[] {
  const answers: (Answer | undefined)[] = new Array<Answer | undefined>(count).fill(undefined);
  const responses = isObject(body) ? ownField(body, 'responses') : undefined;
  if (Array.isArray(responses)) {
    for (const response of responses.slice(0, count * 2)) {
      if (!isObject(response)) continue;
      const id = ownField(response, 'id');
      const status = ownField(response, 'status');
      if (typeof id !== 'string' || !/^\d{1,2}$/.test(id)) continue;
      const index = Number(id);
      if (index >= count || answers[index]) continue;
      answers[index] =
        typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599
          ? { status, header: headerReader(ownField(response, 'headers')), body: ownField(response, 'body') }
          : { status: 0, header: () => null, body: undefined, failure: 'Unreadable' };
    }
  }
  return answers.map(
    (answer) => answer ?? { status: 0, header: () => null, body: undefined, failure: 'Unreadable' },
  );
}
