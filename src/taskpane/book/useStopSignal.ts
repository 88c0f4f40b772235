// Steps the user can stop (a search, checking a room before booking, looking for other times): each
// runs with an AbortSignal that travels through core's ports to the Graph client, which cancels the
// request in flight. Stopping changes nothing the step had not done yet, so the pane says what
// stopped and that the meeting is as it was. Leaving the view stops its steps silently, and so does a
// newer step of the same kind (a search the item's change started while the user's was out): its
// answer would be thrown away, and its requests would hold the mailbox's four slots
// (src/graph/client/limiter.ts) that the newer step's requests wait for.
import * as React from 'react';
import { useAnnounce, useUserAction } from '../StatusRegion';
import { useReportError } from '../useReportError';

/** A step that did not finish because it was stopped: by the user, by the view going away or by a newer step. */
class Stopped extends Error {
  constructor(
    readonly byUser: boolean,
    why = byUser ? 'Stopped by the user.' : 'Stopped: the view closed.',
  ) {
    super(why);
    this.name = 'Stopped';
  }
}

export interface StopSignal {
  /** Runs `step` with a signal that `stop()` (or leaving the view) aborts. */
  run<T>(step: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Runs `step` as `run` does, first stopping silently the step still running under the same `kind`. */
  runLatest<T>(kind: string, step: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Stops every step running now. */
  stop(): void;
  /** Whether `error` ended a stopped step; if the user stopped it, `stoppedText` is announced. */
  stopped(error: unknown, stoppedText: string): boolean;
  /** Reports a failed step: `stoppedText` when the user stopped it, nothing on leaving, else the error. */
  failed(error: unknown, stoppedText: string): void;
}

export function useStopSignal(): StopSignal {
  const announce = useAnnounce();
  const acted = useUserAction();
  const fail = useReportError();
  const running = React.useRef(new Set<AbortController>());
  const latest = React.useRef(new Map<string, AbortController>());

  React.useEffect(() => {
    const steps = running.current;
    return () => {
      for (const controller of steps) controller.abort(new Stopped(false));
    };
  }, []);

  const runWith = React.useCallback(
    async <T>(controller: AbortController, step: (signal: AbortSignal) => Promise<T>): Promise<T> => {
      running.current.add(controller);
      try {
        return await step(controller.signal);
      } catch (error) {
        // Whatever the step failed with after a stop (Graph's Cancelled), what happened is the stop.
        if (controller.signal.reason instanceof Stopped) throw controller.signal.reason;
        throw error;
      } finally {
        running.current.delete(controller);
      }
    },
    [],
  );

  const run = React.useCallback(
    <T>(step: (signal: AbortSignal) => Promise<T>) => runWith(new AbortController(), step),
    [runWith],
  );

  const runLatest = React.useCallback(
    async <T>(kind: string, step: (signal: AbortSignal) => Promise<T>): Promise<T> => {
      latest.current.get(kind)?.abort(new Stopped(false, 'Stopped: a newer step took its place.'));
      const controller = new AbortController();
      latest.current.set(kind, controller);
      try {
        return await runWith(controller, step);
      } finally {
        if (latest.current.get(kind) === controller) latest.current.delete(kind);
      }
    },
    [runWith],
  );

  const stop = React.useCallback(() => {
    // Stopping is the user acting: an error still on screen gives way to what stopped.
    acted();
    for (const controller of running.current) controller.abort(new Stopped(true));
  }, [acted]);

  const stopped = React.useCallback(
    (error: unknown, stoppedText: string) => {
      if (!(error instanceof Stopped)) return false;
      if (error.byUser) announce({ intent: 'info', text: stoppedText });
      return true;
    },
    [announce],
  );

  const failed = React.useCallback(
    (error: unknown, stoppedText: string) => {
      if (!stopped(error, stoppedText)) fail(error);
    },
    [stopped, fail],
  );

  return React.useMemo(
    () => ({ run, runLatest, stop, stopped, failed }),
    [run, runLatest, stop, stopped, failed],
  );
}
