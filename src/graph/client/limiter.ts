// Outlook allows four concurrent requests per app and mailbox; more are throttled. Roombook acts for
// one mailbox, so one limiter per client keeps it under the limit instead of relying on 429s.
// A $batch counts as the requests inside it (Outlook runs them side by side and throttles each), so
// a task may take several slots; waiting tasks start in arrival order, so a large one is not starved.
export type Limiter = <T>(task: () => Promise<T>, slots?: number) => Promise<T>;

export function createLimiter(max: number): Limiter {
  let used = 0;
  const queue: { slots: number; start: () => void }[] = [];
  const next = (): void => {
    for (let head = queue[0]; head && used + head.slots <= max; head = queue[0]) {
      queue.shift();
      used += head.slots;
      head.start();
    }
  };
  return async <T>(task: () => Promise<T>, slots = 1): Promise<T> => {
    const need = Math.min(max, Math.max(1, Math.floor(slots)));
    if (queue.length === 0 && used + need <= max) used += need;
    else await new Promise<void>((start) => queue.push({ slots: need, start }));
    try {
      return await task();
    } finally {
      used -= need;
      next();
    }
  };
}
