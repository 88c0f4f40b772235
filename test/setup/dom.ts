import '@testing-library/jest-dom';
import { runInThisContext } from 'node:vm';

// jsdom has no Fetch API classes, and the in-process Graph emulator that component tests put behind
// the Graph adapters speaks Request/Response. Lend jsdom Node's own (from Node's main context, where
// they live), and only these: the pane itself never calls fetch, so no global fetch is installed.
const node = runInThisContext('globalThis') as Record<string, unknown>;
const sandbox = globalThis as Record<string, unknown>;
for (const name of ['Request', 'Response', 'Headers']) sandbox[name] = node[name];
// The browser's IndexedDB (where the pane keeps the room directory) is fake-indexeddb in tests, and it
// copies values with structuredClone, which browsers have and jsdom lacks: lend Node's too.
sandbox.structuredClone = node.structuredClone;
