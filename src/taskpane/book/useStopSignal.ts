// Steps the user can stop (a search, checking a room before booking, looking for other times): each
// runs with an AbortSignal that travels through core's ports to the Graph client, which cancels the
// request in flight. Stopping changes nothing the step had not done yet, so the pane says what
// stopped and that the meeting is as it was. Leaving the view stops its steps silently.
import * as React from 'react';
import { useAnnounce, useUserAction } from '../StatusRegion';
import { useReportError } from '../useReportError';

/** A step that did not finish because it was stopped: by the user, or by the view going away. */
class Stopped extends Error {
  constructor(readonly byUser: boolean) {
    super(byUser ? 'Stopped by the user.' : 'Stopped: the view closed.');
    this.name = 'Stopped';
  }
}

export interface StopSignal {
  /** Runs `step` with a signal that `stop()` (or leaving the view) aborts. */
  run<T>(step: (signal: AbortSignal) => Promise<T>): Promise<T>;
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

  React.useEffect(() => {
    const steps = running.current;
    return () => {
      for (const controller of steps) controller.abort(new Stopped(false));
    };
  }, []);

  const run = React.useCallback(async <T>(step: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    const controller = new AbortController();
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
  }, []);

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

  return React.useMemo(() => ({ run, stop, stopped, failed }), [run, stop, stopped, failed]);
}
