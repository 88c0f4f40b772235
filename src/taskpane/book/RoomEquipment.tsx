// A room's equipment as a row of icons, each named for screen readers (and titled for a pointer),
// then its directory tags in words: what a person scans a card for, in one short line at 320 px.
import { Text } from '@fluentui/react-components';
import {
  Accessibility16Regular,
  Desktop16Regular,
  Mic16Regular,
  Video16Regular,
  type FluentIcon,
} from '@fluentui/react-icons';
import * as React from 'react';
import type { FeatureName, RoomFeatures } from '../../core/model';
import type { MessageKey } from '../i18n/en-US';
import { useI18n } from '../i18n/I18nProvider';
import { useRoomEquipmentStyles } from './RoomEquipment.styles';

// The same order and names as the search form's equipment filter, so a card reads like the filter.
const FEATURES: readonly { name: FeatureName; key: MessageKey; Icon: FluentIcon }[] = [
  { name: 'display', key: 'featureDisplay', Icon: Desktop16Regular },
  { name: 'video', key: 'featureVideo', Icon: Video16Regular },
  { name: 'audio', key: 'featureAudio', Icon: Mic16Regular },
  { name: 'wheelchairAccessible', key: 'featureWheelchairAccessible', Icon: Accessibility16Regular },
];

export function RoomEquipment({ features }: { readonly features: RoomFeatures }): React.JSX.Element | null {
  const { t } = useI18n();
  const styles = useRoomEquipmentStyles();
  const present = FEATURES.filter((feature) => features[feature.name]);
  if (present.length === 0 && features.tags.length === 0) return null;
  return (
    <div className={styles.root}>
      {present.map(({ name, key, Icon }) => (
        <span key={name} role="img" aria-label={t(key)} title={t(key)} className={styles.icon}>
          <Icon aria-hidden="true" />
        </span>
      ))}
      {features.tags.length > 0 && (
        <Text size={200} className={styles.tags}>
          {features.tags.join(', ')}
        </Text>
      )}
    </div>
  );
}
