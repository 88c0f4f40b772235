// Privacy: consent and its withdrawal, sign-out, the permissions and why, the properties Roombook
// writes, and every Graph call of this session in plain words (AuditLog.tsx; never data).
import { Button, Subtitle2, Text } from '@fluentui/react-components';
import * as React from 'react';
import { PROPERTY_NAMES, ROOMBOOK_PROPERTY_GUID } from '../../core/bookingProperties';
import type { ConsentRecord } from '../../core/model';
import { ConfirmDialog } from '../ConfirmDialog';
import { PermissionList } from '../consent/PermissionList';
import { useI18n } from '../i18n/I18nProvider';
import { useServices } from '../services';
import { useAnnounce, useUserAction } from '../StatusRegion';
import { useReportError } from '../useReportError';
import { AuditLog } from './AuditLog';
import { usePrivacyViewStyles } from './PrivacyView.styles';

export interface PrivacyViewProps {
  readonly consent: ConsentRecord;
  readonly onWithdraw: () => Promise<void>;
  readonly timeZone: string;
}

export function PrivacyView(props: PrivacyViewProps): React.JSX.Element {
  const { t, dateTime } = useI18n();
  const { tokens, directory } = useServices();
  const announce = useAnnounce();
  const fail = useReportError();
  const acted = useUserAction();
  const styles = usePrivacyViewStyles();
  const ids = {
    consent: React.useId(),
    permissions: React.useId(),
    properties: React.useId(),
    audit: React.useId(),
  };

  // Withdrawing asks first. A withdrawal that could not be saved has not happened: say so (the
  // consent stays as shown).
  const [confirming, setConfirming] = React.useState(false);
  const withdraw = () => {
    setConfirming(false);
    acted();
    props.onWithdraw().catch((error: unknown) => fail(error));
  };

  const signOut = () => {
    acted();
    return Promise.all([tokens.signOut(), directory.forget()]).then(
      () => announce({ intent: 'info', text: t('privacySignedOut') }),
      (error: unknown) => fail(error),
    );
  };

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby={ids.consent}>
        <Subtitle2 as="h2" className={styles.heading} id={ids.consent}>
          {t('privacyConsent')}
        </Subtitle2>
        <Text>
          {t('privacyConsentGiven', {
            date: dateTime(new Date(props.consent.acceptedAt), props.timeZone),
            version: props.consent.version,
          })}
        </Text>
        <div className={styles.row}>
          <Button onClick={() => setConfirming(true)}>{t('privacyWithdraw')}</Button>
          <Button onClick={() => void signOut()}>{t('privacySignOut')}</Button>
        </div>
        {confirming && (
          <ConfirmDialog
            title={t('confirmWithdrawTitle')}
            safeLabel={t('confirmKeepConsent')}
            confirmLabel={t('confirmWithdraw')}
            onSafe={() => setConfirming(false)}
            onConfirm={withdraw}
          >
            {t('confirmWithdrawBody')}
          </ConfirmDialog>
        )}
      </section>
      <section className={styles.section} aria-labelledby={ids.permissions}>
        <Subtitle2 as="h2" className={styles.heading} id={ids.permissions}>
          {t('privacyPermissions')}
        </Subtitle2>
        <PermissionList />
      </section>
      <section className={styles.section} aria-labelledby={ids.properties}>
        <Subtitle2 as="h2" className={styles.heading} id={ids.properties}>
          {t('privacyProperties')}
        </Subtitle2>
        <Text className={styles.text}>{t('privacyPropertiesIntro', { guid: ROOMBOOK_PROPERTY_GUID })}</Text>
        <ul className={styles.list}>
          {PROPERTY_NAMES.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      </section>
      <section className={styles.section} aria-labelledby={ids.audit}>
        <Subtitle2 as="h2" className={styles.heading} id={ids.audit}>
          {t('privacyAudit')}
        </Subtitle2>
        <AuditLog labelledBy={ids.audit} timeZone={props.timeZone} />
      </section>
    </div>
  );
}
