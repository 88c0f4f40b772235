// What the status region shows, and the one rule that keeps an outcome in view: an error (or the
// outcome of what the user did: booked, cancelled) stays until the user dismisses it, starts
// something new, or a newer outcome takes its place. Progress and refresh messages (intent `info`,
// e.g. the search that a change in Outlook starts in the background) never replace it, so a failure
// cannot flash and vanish under "60 rooms shown…".
import * as React from 'react';

export interface StatusMessage {
  readonly intent: 'success' | 'error' | 'info' | 'warning';
  readonly text: string;
}

const isOutcome = (message: StatusMessage | null) => message !== null && message.intent !== 'info';

/** The message that `next` leaves on screen when `current` is showing. */
export function nextStatus(current: StatusMessage | null, next: StatusMessage): StatusMessage {
  return current !== null && isOutcome(current) && next.intent === 'info' ? current : next;
}

export interface StatusMessageState {
  readonly message: StatusMessage | null;
  /** Shows `message` unless an outcome is standing and `message` is only progress; null clears. */
  readonly announce: (message: StatusMessage | null) => void;
  /** The user started something new (or dismissed the message): a standing outcome is acted on. */
  readonly acted: () => void;
}

export function useStatusMessage(): StatusMessageState {
  const [message, setMessage] = React.useState<StatusMessage | null>(null);
  const announce = React.useCallback((next: StatusMessage | null) => {
    setMessage((current) => (next === null ? null : nextStatus(current, next)));
  }, []);
  const acted = React.useCallback(() => {
    setMessage((current) => (isOutcome(current) ? null : current));
  }, []);
  return { message, announce, acted };
}
