// When the room directory in use was read from Graph, kept current as newer ones arrive, and the
// user's refresh.
import * as React from 'react';
import { useServices } from '../services';
import { useUserAction } from '../StatusRegion';
import { useReportError } from '../useReportError';

export interface DirectoryAge {
  /** When the rooms shown were read; null while the first read is still under way. */
  readonly readAt: Date | null;
  readonly refreshing: boolean;
  refresh(): Promise<void>;
}

export function useDirectoryAge(): DirectoryAge {
  const { directory } = useServices();
  const fail = useReportError();
  const acted = useUserAction();
  const [readAt, setReadAt] = React.useState<Date | null>(null);
  const [refreshing, setRefreshing] = React.useState(false);

  React.useEffect(() => {
    let live = true;
    const update = () =>
      void directory.readAt().then(
        (at) => live && setReadAt(at),
        () => undefined,
      );
    update();
    const unsubscribe = directory.subscribe(update);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [directory]);

  const refresh = React.useCallback(async () => {
    acted();
    setRefreshing(true);
    try {
      await directory.refresh();
    } catch (error) {
      fail(error);
    } finally {
      setRefreshing(false);
    }
  }, [directory, fail, acted]);

  return { readAt, refreshing, refresh };
}
