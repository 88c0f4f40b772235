// The message catalogue for the Office display language, and formatting in the user's time zone.
// English ships with the pane; German is a chunk of its own, loaded only for a German Office.
import { IntlMessageFormat } from 'intl-messageformat';
import * as React from 'react';
import { enUS, type MessageKey, type Messages } from './en-US';

/**
 * A message with its values filled in. Messages are ICU MessageFormat: `{room}` is a value,
 * `{count, plural, one {# date} other {# dates}}` picks the locale's plural form (CLDR's rules through
 * Intl.PluralRules), `#` formatted as the locale writes numbers.
 */
export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

export interface I18n {
  readonly locale: string;
  readonly t: Translate;
  /** Date and time in the user's zone, e.g. "Wed, 4 Mar 2026, 10:00". */
  readonly dateTime: (date: Date, timeZone: string) => string;
  readonly time: (date: Date, timeZone: string) => string;
}

const isGerman = (locale: string) => locale.toLowerCase().startsWith('de');

/** The catalogue for `locale`: at once for English, after loading its chunk for German. */
export function loadCatalogue(locale: string): Promise<Messages> {
  return isGerman(locale) ? import('./de-DE').then((module) => module.deDE) : Promise.resolve(enUS);
}

export function createI18n(locale: string, messages: Messages = enUS): I18n {
  // intl-messageformat interprets the parsed message: no eval or new Function, which the pane's
  // Content-Security-Policy forbids. The build hands it the catalogues already parsed
  // (config/icuCatalogueLoader.js, typed as the strings they are in the source); tests, running the
  // source, have it parse each message once, when first shown.
  const parsed = new Map<MessageKey, IntlMessageFormat>();
  const t: Translate = (key, values) => {
    let message = parsed.get(key);
    if (!message) {
      message = new IntlMessageFormat(messages[key], locale);
      parsed.set(key, message);
    }
    return String(message.format(values));
  };
  // One formatter per format and zone, made when first needed: making one costs far more than using
  // it (half a millisecond and more, against a fiftieth for a format), and the room timelines of one
  // list of results format hundreds of times.
  const format = (options: Intl.DateTimeFormatOptions) => {
    const byZone = new Map<string, Intl.DateTimeFormat>();
    return (date: Date, timeZone: string) => {
      let formatter = byZone.get(timeZone);
      if (!formatter) {
        formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
        byZone.set(timeZone, formatter);
      }
      return formatter.format(date);
    };
  };
  return {
    locale,
    t,
    dateTime: format({
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }),
    time: format({ hour: '2-digit', minute: '2-digit' }),
  };
}

const I18nContext = React.createContext<I18n>(createI18n('en-US'));

/** Renders its children once the locale's catalogue is there (at once for English), never in the wrong language. */
export function I18nProvider(props: { locale: string; children: React.ReactNode }): React.JSX.Element | null {
  const [german, setGerman] = React.useState<Messages | null>(null);
  React.useEffect(() => {
    if (!isGerman(props.locale)) return;
    let live = true;
    // A catalogue that cannot load (offline for a moment) leaves the pane in English rather than blank.
    loadCatalogue(props.locale)
      .catch(() => enUS)
      .then((messages) => live && setGerman(messages));
    return () => {
      live = false;
    };
  }, [props.locale]);
  const messages = isGerman(props.locale) ? german : enUS;
  const value = React.useMemo(() => messages && createI18n(props.locale, messages), [props.locale, messages]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return React.useContext(I18nContext);
}
