// Code that ships as a chunk of its own (MSAL, the Graph adapters) is loaded with its first use and
// kept; a load that failed (a chunk fetched while offline for a moment) is tried again next time.
export interface LoadOnce<T> {
  /** The loaded value, loading it on the first call. */
  get(): Promise<T>;
  /** The load under way or done, or null when nothing was asked for yet. */
  started(): Promise<T> | null;
}

export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let loading: Promise<T> | null = null;
  return {
    get() {
      loading ??= load().catch((error: unknown) => {
        loading = null;
        throw error;
      });
      return loading;
    },
    started: () => loading,
  };
}
