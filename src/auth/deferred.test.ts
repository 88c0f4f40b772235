import type { TokenProvider } from '../core/ports';
import { deferredTokenProvider } from './deferred';

/** `failsFirst`: the first load fails, as a chunk that could not be fetched; later ones succeed. */
function loader(provider: TokenProvider, failsFirst = false) {
  const load = jest.fn<Promise<TokenProvider>, []>().mockResolvedValue(provider);
  if (failsFirst) load.mockRejectedValueOnce(new Error('chunk failed'));
  return { load, deferred: deferredTokenProvider(load) };
}

const provider = (): TokenProvider & { getToken: jest.Mock; signOut: jest.Mock } => ({
  getToken: jest.fn(async (scopes: readonly string[]) => `token for ${scopes.join(' ')}`),
  signOut: jest.fn(async () => undefined),
});

describe('a token provider loaded with the first token', () => {
  it('loads nothing until a token is asked for, then loads once', async () => {
    const real = provider();
    const { load, deferred } = loader(real);
    expect(load).not.toHaveBeenCalled();
    await expect(deferred.getToken(['Place.Read.All'])).resolves.toBe('token for Place.Read.All');
    await deferred.getToken(['Calendars.ReadWrite'], { claims: 'c' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(real.getToken).toHaveBeenLastCalledWith(['Calendars.ReadWrite'], { claims: 'c' });
  });

  it('loads once when preloaded, and the first token uses what was preloaded', async () => {
    const real = provider();
    const { load, deferred } = loader(real);
    await deferred.preload();
    expect(load).toHaveBeenCalledTimes(1);
    expect(real.getToken).not.toHaveBeenCalled();
    await expect(deferred.getToken(['Place.Read.All'])).resolves.toBe('token for Place.Read.All');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a preload that failed fails nothing, and the first token loads again', async () => {
    const real = provider();
    const { load, deferred } = loader(real, true);
    await expect(deferred.preload()).resolves.toBeUndefined();
    await expect(deferred.getToken(['Place.Read.All'])).resolves.toBe('token for Place.Read.All');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('signs out without loading when nothing was loaded, and through the provider once it was', async () => {
    const real = provider();
    const { load, deferred } = loader(real);
    await deferred.signOut();
    expect(load).not.toHaveBeenCalled();
    await deferred.getToken(['Place.Read.All']);
    await deferred.signOut();
    expect(real.signOut).toHaveBeenCalledTimes(1);
  });

  it('tries the load again after it failed', async () => {
    const real = provider();
    const { load, deferred } = loader(real, true);
    await expect(deferred.getToken(['Place.Read.All'])).rejects.toThrow('chunk failed');
    await expect(deferred.getToken(['Place.Read.All'])).resolves.toBe('token for Place.Read.All');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
