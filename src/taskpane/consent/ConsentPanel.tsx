// The first thing a user sees: what Roombook reads, writes and may do, and an explicit agreement.
// Until "Continue" nothing calls Graph and nothing is written to the item.
import { Button, Checkbox, Subtitle2, Text, Title3 } from '@fluentui/react-components';
import * as React from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnounce } from '../StatusRegion';
import { useReportError } from '../useReportError';
import { useConsentPanelStyles } from './ConsentPanel.styles';
import { PermissionList } from './PermissionList';

export function ConsentPanel(props: { onAccept: () => Promise<void> }): React.JSX.Element {
  const { t } = useI18n();
  const announce = useAnnounce();
  const fail = useReportError();
  const styles = useConsentPanelStyles();
  const [agreed, setAgreed] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const titleId = React.useId();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    announce(null);
    // A consent that could not be saved is not given: say so, and let the user try again.
    props
      .onAccept()
      .catch((error: unknown) => fail(error))
      .finally(() => setSaving(false));
  };

  return (
    <form className={styles.root} aria-labelledby={titleId} onSubmit={submit}>
      <Title3 as="h1" id={titleId}>
        {t('consentTitle')}
      </Title3>
      <Text>{t('consentIntro')}</Text>
      <section className={styles.section}>
        <Subtitle2 as="h2">{t('consentReadsTitle')}</Subtitle2>
        <Text>{t('consentReads')}</Text>
      </section>
      <section className={styles.section}>
        <Subtitle2 as="h2">{t('consentWritesTitle')}</Subtitle2>
        <Text>{t('consentWrites')}</Text>
      </section>
      <section className={styles.section}>
        <Subtitle2 as="h2">{t('consentPermissionsTitle')}</Subtitle2>
        <PermissionList />
        <Text>{t('consentStored')}</Text>
      </section>
      <Checkbox
        checked={agreed}
        onChange={(_, data) => setAgreed(data.checked === true)}
        label={t('consentCheckbox')}
      />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={!agreed || saving}>
          {t('consentContinue')}
        </Button>
      </div>
    </form>
  );
}
