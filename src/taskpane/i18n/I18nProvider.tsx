// The message catalogue for the Office display language, and formatting in the user's time zone.
// English ships with the pane; German is a chunk of its own, loaded only for a German Office.
import * as React from 'react';
import { enUS, type MessageKey, type Messages } from './en-US';

export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

/** A message with `_one` and `_other` forms (the plural categories of English and German). */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_one`
    ? `${Base}_other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

/** The form for `count` by the locale's plural rules, with `{count}` filled in. */
export type TranslatePlural = (
  key: PluralKey,
  count: number,
  values?: Readonly<Record<string, string | number>>,
) => string;

export interface I18n {
  readonly locale: string;
  readonly t: Translate;
  readonly plural: TranslatePlural;
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
  const t: Translate = (key, values) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values?.[name] ?? whole));
  const rules = new Intl.PluralRules(locale);
  const plural: TranslatePlural = (key, count, values) =>
    t(rules.select(count) === 'one' ? `${key}_one` : `${key}_other`, { ...values, count });
  const format = (options: Intl.DateTimeFormatOptions) => (date: Date, timeZone: string) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date);
  return {
    locale,
    t,
    plural,
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
