// The one live region: screen readers announce what happened (booked, cancelled, failed) politely.
// Views report through useAnnounce(); the region lives once, above the tabs.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import * as React from 'react';

export interface StatusMessage {
  readonly intent: 'success' | 'error' | 'info' | 'warning';
  readonly text: string;
}

type Announce = (message: StatusMessage | null) => void;

const AnnounceContext = React.createContext<Announce>(() => undefined);

export function StatusProvider(props: { children: React.ReactNode }): React.JSX.Element {
  const [message, setMessage] = React.useState<StatusMessage | null>(null);
  return (
    <AnnounceContext.Provider value={setMessage}>
      <div role="status" aria-live="polite" aria-atomic="true">
        {message && (
          <MessageBar intent={message.intent} layout="multiline">
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {props.children}
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return React.useContext(AnnounceContext);
}
