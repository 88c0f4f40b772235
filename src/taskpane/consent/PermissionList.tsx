import { Text } from '@fluentui/react-components';
import * as React from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { PERMISSIONS } from './permissions';

export function PermissionList(): React.JSX.Element {
  const { t } = useI18n();
  return (
    <ul>
      {PERMISSIONS.map(({ scope, why }) => (
        <li key={scope}>
          <Text weight="semibold">{scope}</Text>: {t(why)}
        </li>
      ))}
    </ul>
  );
}
