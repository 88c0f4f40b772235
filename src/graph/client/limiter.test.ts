import { createLimiter } from './limiter';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

describe('the four-in-flight limiter', () => {
  it('counts a task by its slots, caps a task at the limit, and starts waiting tasks in order', async () => {
    const limit = createLimiter(4);
    let used = 0;
    let peak = 0;
    const started: string[] = [];
    const task = (name: string, slots: number) =>
      limit(async () => {
        started.push(name);
        used += Math.min(slots, 4);
        peak = Math.max(peak, used);
        await tick();
        used -= Math.min(slots, 4);
      }, slots);
    await Promise.all([task('a', 3), task('b', 3), task('c', 1), task('d', 20), task('e', 1)]);
    expect(peak).toBe(4);
    // c fits beside a but waits behind b, so b is not starved by small tasks.
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
