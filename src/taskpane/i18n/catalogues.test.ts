import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { deDE } from './de-DE';
import { enUS, type MessageKey } from './en-US';
import { createI18n } from './I18nProvider';

/** Every argument a message names, with its kind (a plain value, a plural, a select…). */
function argumentsOf(elements: readonly MessageFormatElement[]): Set<string> {
  const found = new Set<string>();
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      argumentsOf(element.children).forEach((name) => found.add(name));
      continue;
    }
    found.add(`${element.value}:${TYPE[element.type]}`);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options))
        argumentsOf(option.value).forEach((name) => found.add(name));
  }
  return found;
}

const keys = Object.keys(enUS) as MessageKey[];

describe('the message catalogues', () => {
  it.each([
    ['en-US', enUS],
    ['de-DE', deDE],
  ] as const)(
    '%s: every message is valid ICU MessageFormat, every plural with an other form',
    (_locale, messages) => {
      for (const key of keys) {
        const elements = parse(messages[key]);
        const plurals = JSON.stringify(elements).match(/"pluralType"/g) ?? [];
        expect([key, plurals.length]).toEqual([key, (messages[key].match(/, plural,/g) ?? []).length]);
        expect([key, messages[key].includes(', plural,') && !/\bother \{/.test(messages[key])]).toEqual([
          key,
          false,
        ]);
      }
    },
  );

  it('German uses exactly the arguments English does, as the same kind', () => {
    for (const key of keys)
      expect([key, [...argumentsOf(parse(deDE[key]))].sort()]).toEqual([
        key,
        [...argumentsOf(parse(enUS[key]))].sort(),
      ]);
  });

  it('picks the plural form by each language’s rules and writes numbers its way', () => {
    const en = createI18n('en-US', enUS);
    const de = createI18n('de-DE', deDE);
    expect(en.t('confirmClashes', { count: 1 })).toBe('1 date is not free:');
    expect(en.t('confirmClashes', { count: 3 })).toBe('3 dates are not free:');
    expect(de.t('confirmClashes', { count: 1 })).toBe('1 Termin ist nicht frei:');
    expect(de.t('confirmClashesMore', { count: 2 })).toBe('…und 2 weitere Termine.');
    expect(en.t('capacity', { count: 1200 })).toBe('1,200 seats');
    expect(de.t('capacity', { count: 1200 })).toBe('1.200 Plätze');
    expect(de.t('capacity', { count: 1 })).toBe('1 Platz');
    expect(en.t('bookButton', { room: 'Aurora {3}' })).toBe('Book Aurora {3}');
  });
});
