// The session's Graph calls, one line a call in plain words ("Checked availability of 20 rooms · OK ·
// 10:42"), each a disclosure for its technical detail (method, path without values, status,
// duration), and the CSV export. Fits a 320 px pane: lines wrap, nothing scrolls sideways.
import { Button, Text, mergeClasses } from '@fluentui/react-components';
import * as React from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useAuditLogStyles } from './AuditLog.styles';
import { callDescription, callOutcome } from './callDescription';
import { useAuditLog } from './useAuditLog';

export function AuditLog(props: {
  readonly labelledBy: string;
  readonly timeZone: string;
}): React.JSX.Element {
  const { t, time } = useI18n();
  const styles = useAuditLogStyles();
  const log = useAuditLog();
  const idPrefix = React.useId();
  if (log.entries.length === 0) return <Text>{t('privacyAuditEmpty')}</Text>;
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Text>{t('privacyAuditCount', { count: log.entries.length })}</Text>
        <Button size="small" onClick={log.exportCsv}>
          {t('privacyAuditExport')}
        </Button>
      </div>
      <ol className={styles.list} aria-labelledby={props.labelledBy}>
        {log.entries.map((entry, index) => {
          const open = log.isOpen(index);
          const detailsId = `${idPrefix}-${index}`;
          const failed = entry.status < 200 || entry.status >= 300;
          return (
            <li key={`${entry.at}-${index}`} className={styles.item}>
              <button
                type="button"
                className={styles.line}
                aria-expanded={open}
                aria-controls={open ? detailsId : undefined}
                onClick={() => log.toggle(index)}
              >
                <span aria-hidden className={mergeClasses(styles.chevron, open && styles.chevronOpen)} />
                <span>
                  {callDescription(entry, t)}
                  {' · '}
                  <span className={failed ? styles.failed : undefined}>{callOutcome(entry.status, t)}</span>
                  {' · '}
                  {time(new Date(entry.at), props.timeZone)}
                </span>
              </button>
              {open && (
                <dl id={detailsId} className={styles.details}>
                  <dt>{t('privacyAuditMethod')}</dt>
                  <dd>{entry.method}</dd>
                  <dt>{t('privacyAuditPath')}</dt>
                  <dd>{entry.path}</dd>
                  <dt>{t('privacyAuditStatus')}</dt>
                  <dd>{entry.status === 0 ? t('auditNoAnswer') : entry.status}</dd>
                  <dt>{t('privacyAuditDuration')}</dt>
                  <dd>{t('privacyAuditMs', { ms: entry.durationMs })}</dd>
                  {entry.batchId && (
                    <>
                      <dt>{t('privacyAuditBatch')}</dt>
                      <dd>{entry.batchId}</dd>
                    </>
                  )}
                </dl>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
