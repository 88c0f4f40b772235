// Microsoft's documented Graph requests and responses, vendored as test data (see the folder's README
// for where each came from), so that a clone of the project alone can test against Microsoft's shapes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const GRAPH_SAMPLES = join(__dirname, '../fixtures/graph-samples');

export function readSample(name: string): string {
  return readFileSync(join(GRAPH_SAMPLES, name), 'utf8');
}
