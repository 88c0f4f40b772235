// What the status region shows, and the one rule that keeps an error in view: an error stays until
// the user dismisses it, starts something new, or a newer error or outcome takes its place. Progress
// and refresh messages (intent `info`, e.g. the search that a change in Outlook starts in the
// background) never replace it, so a failure cannot flash and vanish under "60 rooms shown…".
import * as React from 'react';

export interface StatusMessage {
  readonly intent: 'success' | 'error' | 'info' | 'warning';
  readonly text: string;
}

/** The message that `next` leaves on screen when `current` is showing. */
export function nextStatus(current: StatusMessage | null, next: StatusMessage): StatusMessage {
  return current?.intent === 'error' && next.intent === 'info' ? current : next;
}

export interface StatusMessageState {
  readonly message: StatusMessage | null;
  /** Shows `message` unless an error is standing and `message` is only progress; null clears. */
  readonly announce: (message: StatusMessage | null) => void;
  /** The user started something new (or dismissed the message): a standing error is acted on. */
  readonly acted: () => void;
}

export function useStatusMessage(): StatusMessageState {
  const [message, setMessage] = React.useState<StatusMessage | null>(null);
  const announce = React.useCallback((next: StatusMessage | null) => {
    setMessage((current) => (next === null ? null : nextStatus(current, next)));
  }, []);
  const acted = React.useCallback(() => {
    setMessage((current) => (current?.intent === 'error' ? null : current));
  }, []);
  return { message, announce, acted };
}
