// The results as a plain-text table, readable in a terminal and pasteable into docs/performance.md.
import type { Measurement } from './measure';

export const ms = (value: number): string =>
  value < 10 ? value.toFixed(2) : Math.round(value).toLocaleString('en-US');

export function table(rows: readonly Measurement[]): string {
  return renderTable(
    ['Benchmark', 'n', 'median ms', 'p95 ms', 'goal p95 ms', 'requests', 'in $batch', '429s', 'result'],
    rows.map((row) => [
      row.benchmark.name,
      String(row.benchmark.iterations),
      ms(row.medianMs),
      ms(row.p95Ms),
      ms(row.benchmark.goalMs),
      String(row.requests),
      String(row.batched),
      String(row.throttled),
      row.met ? 'ok' : 'MISSED',
    ]),
  );
}

/** Markdown; the first and last columns read left to right, the others are numbers on the right. */
export function renderTable(header: readonly string[], body: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...body.map((cells) => cells[i]?.length ?? 0)),
  );
  // Names and results read left to right; numbers line up on the right.
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 || i === widths.length - 1 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}
