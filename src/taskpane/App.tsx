// The pane: theme and language from Office, the consent gate, then the three tabs.
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import * as React from 'react';
import { ConsentPanel } from './consent/ConsentPanel';
import { useConsent } from './consent/useConsent';
import { ErrorBoundary } from './ErrorBoundary';
import { errorMessage } from './errorMessage';
import { I18nProvider, useI18n } from './i18n/I18nProvider';
import { lazyView } from './lazyView';
import { ServicesProvider, type Services } from './services';
import { useAppStyles, usePageStyles } from './App.styles';
import { StatusProvider } from './StatusRegion';
import { useDocumentLanguage } from './useDocumentLanguage';

export interface AppProps {
  readonly services: Services;
  readonly locale: string;
  readonly theme: 'light' | 'dark';
  /** Requirement sets the host lacks; non-empty means Roombook cannot work here. */
  readonly missingRequirements: readonly string[];
  readonly timeZone: string;
}

type TabName = 'book' | 'bookings' | 'privacy';

// Each tab is a chunk of its own. Book, the tab nearly every opening shows, starts loading with the
// pane; My bookings and Privacy (with its table) when the user opens them.
const BookView = lazyView(() => import('./book/BookView').then((module) => module.BookView));
const MyBookings = lazyView(() => import('./bookings/MyBookings').then((module) => module.MyBookings));
const PrivacyView = lazyView(() => import('./privacy/PrivacyView').then((module) => module.PrivacyView));
void BookView.preload().catch(() => undefined);

function Pane(props: { timeZone: string }): React.JSX.Element {
  const { t } = useI18n();
  const consent = useConsent();
  const [tab, setTab] = React.useState<TabName>('book');
  // Continue replaces the consent form with the tabs: focus goes to the selected tab, not the body.
  const selectedTab = React.useRef<HTMLButtonElement>(null);
  const focusTabsOnce = React.useRef(false);
  const accept = React.useCallback(async () => {
    focusTabsOnce.current = true;
    try {
      await consent.accept();
    } catch (error) {
      focusTabsOnce.current = false;
      throw error;
    }
  }, [consent]);
  React.useEffect(() => {
    if (consent.state.status !== 'given' || !focusTabsOnce.current) return;
    focusTabsOnce.current = false;
    selectedTab.current?.focus();
  }, [consent.state.status]);
  // My bookings' "Book another room" for the open meeting switches to Book, focus on its tab.
  const focusTabOnSwitch = React.useRef(false);
  const bookThisMeeting = React.useCallback(() => {
    focusTabOnSwitch.current = true;
    setTab('book');
  }, []);
  React.useEffect(() => {
    if (!focusTabOnSwitch.current) return;
    focusTabOnSwitch.current = false;
    selectedTab.current?.focus();
  }, [tab]);

  if (consent.state.status === 'loading') return <Spinner label={t('loading')} />;
  if (consent.state.status === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{errorMessage(consent.state.error, t)}</MessageBarBody>
      </MessageBar>
    );
  }
  if (consent.state.status === 'needed') return <ConsentPanel onAccept={accept} />;

  const record = consent.state.record;
  return (
    <>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabName)}>
        <Tab value="book" ref={tab === 'book' ? selectedTab : undefined}>
          {t('tabBook')}
        </Tab>
        <Tab value="bookings" ref={tab === 'bookings' ? selectedTab : undefined}>
          {t('tabBookings')}
        </Tab>
        <Tab value="privacy" ref={tab === 'privacy' ? selectedTab : undefined}>
          {t('tabPrivacy')}
        </Tab>
      </TabList>
      <div
        role="tabpanel"
        aria-label={t(tab === 'book' ? 'tabBook' : tab === 'bookings' ? 'tabBookings' : 'tabPrivacy')}
      >
        <React.Suspense fallback={<Spinner label={t('loading')} />}>
          {tab === 'book' && <BookView />}
          {tab === 'bookings' && <MyBookings timeZone={props.timeZone} onBookThisMeeting={bookThisMeeting} />}
          {tab === 'privacy' && (
            <PrivacyView consent={record} onWithdraw={consent.withdraw} timeZone={props.timeZone} />
          )}
        </React.Suspense>
      </div>
    </>
  );
}

export function App(props: AppProps): React.JSX.Element {
  usePageStyles();
  useDocumentLanguage(props.locale);
  return (
    <FluentProvider theme={props.theme === 'dark' ? webDarkTheme : webLightTheme}>
      <I18nProvider locale={props.locale}>
        <Shell {...props} />
      </I18nProvider>
    </FluentProvider>
  );
}

function Shell(props: AppProps): React.JSX.Element {
  const styles = useAppStyles();
  const { t: fallback } = useI18n();
  return (
    <main className={styles.root}>
      <ErrorBoundary message={fallback('errorUnexpected')}>
        {props.missingRequirements.length > 0 ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              {fallback('errorUnsupportedHost', { sets: props.missingRequirements.join(', ') })}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <ServicesProvider services={props.services}>
            <StatusProvider>
              <Pane timeZone={props.timeZone} />
            </StatusProvider>
          </ServicesProvider>
        )}
      </ErrorBoundary>
    </main>
  );
}
