// How old the room directory is (it is kept on the device across openings) and a way to read it again.
import { Button, Text } from '@fluentui/react-components';
import * as React from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useServices } from '../services';
import { useDirectoryAge } from './useDirectoryAge';
import { useDirectoryAgeStyles } from './DirectoryAge.styles';

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "5 minutes ago" / "vor 5 Minuten", in the pane's language. */
function relative(readAt: Date, now: Date, locale: string): string {
  const elapsed = now.getTime() - readAt.getTime();
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (elapsed >= ms) return format.format(-Math.floor(elapsed / ms), unit);
  }
  return format.format(0, 'minute');
}

export function DirectoryAge(): React.JSX.Element | null {
  const { t, locale } = useI18n();
  const { now } = useServices();
  const styles = useDirectoryAgeStyles();
  const age = useDirectoryAge();
  if (!age.readAt) return null;
  return (
    <div className={styles.root}>
      <Text size={200}>{t('directoryAge', { age: relative(age.readAt, now(), locale) })}</Text>
      <Button size="small" appearance="subtle" disabled={age.refreshing} onClick={() => void age.refresh()}>
        {age.refreshing ? t('directoryRefreshing') : t('directoryRefresh')}
      </Button>
    </div>
  );
}
