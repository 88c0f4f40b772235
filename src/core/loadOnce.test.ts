import { loadOnce } from './loadOnce';

describe('loadOnce', () => {
  it('loads on the first call only, and says whether a load was started', async () => {
    const load = jest.fn(async () => 'chunk');
    const once = loadOnce(load);
    expect(once.started()).toBeNull();
    await expect(Promise.all([once.get(), once.get()])).resolves.toEqual(['chunk', 'chunk']);
    expect(load).toHaveBeenCalledTimes(1);
    await expect(once.started()).resolves.toBe('chunk');
  });

  it('tries again after a failed load instead of keeping the failure', async () => {
    const load = jest.fn<Promise<string>, []>().mockRejectedValueOnce(new Error('offline'));
    load.mockResolvedValue('chunk');
    const once = loadOnce(load);
    await expect(once.get()).rejects.toThrow('offline');
    await expect(once.get()).resolves.toBe('chunk');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
