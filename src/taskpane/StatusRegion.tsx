// The one live region: screen readers announce what happened (booked, cancelled, failed) politely.
// Views report through useAnnounce(); the region lives once, above the tabs. An error stays until the
// user dismisses it or acts again (useStatusMessage.ts); views say when the user acts (useUserAction).
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import * as React from 'react';
import { useI18n } from './i18n/I18nProvider';
import { useStatusMessage, type StatusMessage } from './useStatusMessage';

export type { StatusMessage } from './useStatusMessage';

type Announce = (message: StatusMessage | null) => void;

const AnnounceContext = React.createContext<Announce>(() => undefined);
const ActedContext = React.createContext<() => void>(() => undefined);

export function StatusProvider(props: { children: React.ReactNode }): React.JSX.Element {
  const { t } = useI18n();
  const status = useStatusMessage();
  const message = status.message;
  return (
    <AnnounceContext.Provider value={status.announce}>
      <ActedContext.Provider value={status.acted}>
        <div role="status" aria-live="polite" aria-atomic="true">
          {message && (
            <MessageBar intent={message.intent} layout="multiline">
              <MessageBarBody>{message.text}</MessageBarBody>
              {message.intent === 'error' && (
                <MessageBarActions>
                  <Button size="small" onClick={status.acted}>
                    {t('dismissMessage')}
                  </Button>
                </MessageBarActions>
              )}
            </MessageBar>
          )}
        </div>
        {props.children}
      </ActedContext.Provider>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return React.useContext(AnnounceContext);
}

/** Call when the user starts something new: an error still on screen has been acted on. */
export function useUserAction(): () => void {
  return React.useContext(ActedContext);
}
