// The JavaScript the task pane ships, measured on the production build (an example organisation's
// configuration, built into a temporary folder): what loads before first paint (the task pane entry's
// initial chunks) and everything the pane may ever load, both gzipped as a web server sends them.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';

// webpack.config.js is CommonJS (webpack loads it directly); typed here by its shape.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../webpack.config.js') as (
  env: Record<string, never>,
  argv: { mode: string },
) => webpack.Configuration;

const ROOT = path.resolve(__dirname, '..');

export interface BundleResult {
  /** Bytes, gzipped, of the task pane's JavaScript before first paint. */
  readonly initialGzip: number;
  /** Bytes, gzipped, of every JavaScript file the task pane may load (its entry and every chunk). */
  readonly totalGzip: number;
  readonly files: readonly { readonly name: string; readonly gzip: number; readonly initial: boolean }[];
}

export async function measureBundle(): Promise<BundleResult> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'roombook-bundle-'));
  process.env.ROOMBOOK_CONFIG ??= path.join(ROOT, 'test/fixtures/deployment.fabrikam.json');
  const config = webpackConfig({}, { mode: 'production' });
  const compiler = webpack({ ...config, context: ROOT, output: { ...config.output, path: out } });
  try {
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      compiler.run((error, result) => {
        compiler.close(() => undefined);
        if (error || !result) reject(error ?? new Error('webpack gave no stats'));
        else if (result.hasErrors()) reject(new Error(result.toString('errors-only')));
        else resolve(result);
      }),
    );
    const json = stats.toJson({
      all: false,
      entrypoints: true,
      chunks: true,
      chunkRelations: true,
      ids: true,
    });
    const initial = new Set((json.entrypoints?.taskpane?.assets ?? []).map((asset) => asset.name));
    // The pane's chunks: its entry's and every chunk its code may load, followed from the entry chunk
    // by chunk to chunk, so that no other page's chunk counts (the sign-in dialog is another page,
    // and a chunk it loaded lazily would not be initial either).
    const chunks = new Map((json.chunks ?? []).map((chunk) => [chunk.id, chunk]));
    const paneChunkIds = new Set(json.entrypoints?.taskpane?.chunks ?? []);
    for (const id of paneChunkIds)
      for (const child of chunks.get(id)?.children ?? []) paneChunkIds.add(child);
    const paneFiles = new Set([...paneChunkIds].flatMap((id) => chunks.get(id)?.files ?? []));
    const files = readdirSync(out)
      .filter((name) => name.endsWith('.js') && paneFiles.has(name))
      .map((name) => ({
        name,
        gzip: gzipSync(readFileSync(path.join(out, name))).length,
        initial: initial.has(name),
      }));
    return {
      initialGzip: files.filter((f) => f.initial).reduce((sum, f) => sum + f.gzip, 0),
      totalGzip: files.reduce((sum, f) => sum + f.gzip, 0),
      files,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
