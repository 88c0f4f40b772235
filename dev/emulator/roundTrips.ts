// What a span of the request log cost the caller in waiting, counted from when each request was
// handled rather than estimated: the longest chain of requests where each began after the one
// before it ended (the sequential round trips on the critical path), and the most that overlapped.
// Requests inside a $batch are not round trips of their own; a CORS preflight is one.

/** A logged request's handling span, on the emulator's monotonic clock (milliseconds). */
export interface TimedEntry {
  readonly method: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly batchId?: string;
}

export interface Traffic {
  /** HTTP requests the caller sent (a $batch is one; preflights included). */
  readonly requests: number;
  /** Requests carried inside $batch requests. */
  readonly batched: number;
  /** CORS preflights (OPTIONS). */
  readonly preflights: number;
  /** Sequential round trips: the longest chain of requests that did not overlap. */
  readonly roundTrips: number;
  /** The most requests in flight at one moment. */
  readonly peakInFlight: number;
}

function longestChain(spans: readonly TimedEntry[]): number {
  const byStart = [...spans].sort((a, b) => a.startMs - b.startMs);
  const depth: number[] = [];
  let longest = 0;
  for (let i = 0; i < byStart.length; i += 1) {
    const current = byStart[i] as TimedEntry;
    let before = 0;
    for (let j = 0; j < i; j += 1) {
      if ((byStart[j] as TimedEntry).endMs <= current.startMs) before = Math.max(before, depth[j] ?? 0);
    }
    depth.push(before + 1);
    longest = Math.max(longest, before + 1);
  }
  return longest;
}

function peakOverlap(spans: readonly TimedEntry[]): number {
  // Ends sort before starts at the same instant: a request sent as another's answer arrived is sequential.
  const events = spans.flatMap((s) => [
    { at: s.startMs, change: 1 },
    { at: s.endMs, change: -1 },
  ]);
  events.sort((a, b) => a.at - b.at || a.change - b.change);
  let current = 0;
  let peak = 0;
  for (const event of events) {
    current += event.change;
    peak = Math.max(peak, current);
  }
  return peak;
}

export function trafficOf(entries: readonly TimedEntry[]): Traffic {
  const sent = entries.filter((e) => !e.batchId);
  return {
    requests: sent.length,
    batched: entries.length - sent.length,
    preflights: sent.filter((e) => e.method === 'OPTIONS').length,
    roundTrips: longestChain(sent),
    peakInFlight: peakOverlap(sent),
  };
}
