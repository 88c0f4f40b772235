// Privacy: consent and its withdrawal, sign-out, the permissions and why, the properties Roombook
// writes, and every Graph call of this session (method, path, status, time; never data).
import {
  Button,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import * as React from 'react';
import { PROPERTY_NAMES, ROOMBOOK_PROPERTY_GUID } from '../../core/bookingProperties';
import type { ConsentRecord } from '../../core/model';
import { useBookViewStyles } from '../book/BookView.styles';
import { ConfirmDialog } from '../ConfirmDialog';
import { PermissionList } from '../consent/PermissionList';
import { useI18n } from '../i18n/I18nProvider';
import { useServices } from '../services';
import { useAnnounce, useUserAction } from '../StatusRegion';
import { useReportError } from '../useReportError';
import { useAuditEntries } from './useAuditEntries';

export interface PrivacyViewProps {
  readonly consent: ConsentRecord;
  readonly onWithdraw: () => Promise<void>;
  readonly timeZone: string;
}

export function PrivacyView(props: PrivacyViewProps): React.JSX.Element {
  const { t, dateTime, time } = useI18n();
  const { tokens, directory } = useServices();
  const announce = useAnnounce();
  const fail = useReportError();
  const acted = useUserAction();
  const styles = useBookViewStyles();
  const entries = useAuditEntries();
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
      <section className={styles.form} aria-labelledby={ids.consent}>
        <Subtitle2 as="h2" id={ids.consent}>
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
      <section aria-labelledby={ids.permissions}>
        <Subtitle2 as="h2" id={ids.permissions}>
          {t('privacyPermissions')}
        </Subtitle2>
        <PermissionList />
      </section>
      <section aria-labelledby={ids.properties}>
        <Subtitle2 as="h2" id={ids.properties}>
          {t('privacyProperties')}
        </Subtitle2>
        <Text>{t('privacyPropertiesIntro', { guid: ROOMBOOK_PROPERTY_GUID })}</Text>
        <ul>
          {PROPERTY_NAMES.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={ids.audit}>
        <Subtitle2 as="h2" id={ids.audit}>
          {t('privacyAudit')}
        </Subtitle2>
        {entries.length === 0 ? (
          <Text>{t('privacyAuditEmpty')}</Text>
        ) : (
          <Table size="extra-small" aria-labelledby={ids.audit}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('privacyAuditTime')}</TableHeaderCell>
                <TableHeaderCell>{t('privacyAuditMethod')}</TableHeaderCell>
                <TableHeaderCell>{t('privacyAuditPath')}</TableHeaderCell>
                <TableHeaderCell>{t('privacyAuditStatus')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {entries.map((entry, index) => (
                <TableRow key={index}>
                  <TableCell>{time(new Date(entry.at), props.timeZone)}</TableCell>
                  <TableCell>{entry.method}</TableCell>
                  <TableCell>{entry.path}</TableCell>
                  <TableCell>{entry.status}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
