// The message catalogue for the Office display language, and formatting in the user's time zone.
import * as React from 'react';
import { deDE } from './de-DE';
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

export function catalogueFor(locale: string): Messages {
  return locale.toLowerCase().startsWith('de') ? deDE : enUS;
}

export function createI18n(locale: string): I18n {
  const messages = catalogueFor(locale);
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

export function I18nProvider(props: { locale: string; children: React.ReactNode }): React.JSX.Element {
  const value = React.useMemo(() => createI18n(props.locale), [props.locale]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return React.useContext(I18nContext);
}
