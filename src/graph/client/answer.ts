// The two values that travel between the pipeline's stages: a request once guarded and made
// relative (Prepared), and what came back for it (Answer), whether alone or inside a $batch.
import type { ErrorContext } from '../../core/errors';

export interface Prepared {
  readonly method: 'GET' | 'POST' | 'PATCH';
  /** Path and query below the service root: what the audit shows and what a $batch item names. */
  readonly path: string;
  /** Every header but Authorization, which only the outer HTTP request carries. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly scopes: readonly string[];
  /** Safe to send again when the first answer was lost (reads; getSchedule is a read sent as POST). */
  readonly idempotent: boolean;
  /** What the call is for (its declaration in calls.ts): the context of any error it ends in. */
  readonly context: ErrorContext | null;
}

export interface Answer {
  /** 0 when nothing readable came back (see `failure`). */
  readonly status: number;
  readonly header: (name: string) => string | null;
  readonly body: unknown;
  readonly failure?: 'NetworkError' | 'Timeout' | 'Unreadable';
}
