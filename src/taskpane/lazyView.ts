// A view in a chunk of its own (webpack splits at the dynamic import), so the JavaScript before first
// paint holds only the shell. `preload` starts the download before the view is rendered, side by side
// with Office's start-up, so a view the user is about to see does not wait for its chunk.
import * as React from 'react';

export type LazyView<P> = React.LazyExoticComponent<React.ComponentType<P>> & {
  readonly preload: () => Promise<unknown>;
};

export function lazyView<P>(load: () => Promise<React.ComponentType<P>>): LazyView<P> {
  let chunk: Promise<React.ComponentType<P>> | null = null;
  const preload = () => {
    // A chunk that failed to load (offline for a moment) is fetched again on the next try.
    chunk ??= load().catch((error: unknown) => {
      chunk = null;
      throw error;
    });
    return chunk;
  };
  const view = React.lazy(async () => ({ default: await preload() }));
  return Object.assign(view, { preload });
}
