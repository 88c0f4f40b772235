// The session's Graph calls as CSV (RFC 4180), built in the pane from the audit log: the same plain
// description and technical detail the Privacy view shows, nothing else.
import type { AuditEntry } from '../../core/model';
import type { Translate } from '../i18n/I18nProvider';
import { callDescription, callOutcome } from './callDescription';

const field = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`;

export function auditCsv(entries: readonly AuditEntry[], t: Translate): string {
  const header = [
    t('privacyAuditTime'),
    t('privacyAuditCall'),
    t('privacyAuditOutcome'),
    t('privacyAuditMethod'),
    t('privacyAuditPath'),
    t('privacyAuditStatus'),
    t('privacyAuditDurationMs'),
    t('privacyAuditBatch'),
  ];
  const rows = entries.map((entry) => [
    // UTC and ISO 8601, so a spreadsheet in any zone and language reads the same instant.
    entry.at,
    callDescription(entry, t),
    callOutcome(entry.status, t),
    entry.method,
    entry.path,
    entry.status,
    entry.durationMs,
    entry.batchId ?? '',
  ]);
  // A byte order mark: Excel reads UTF-8 (German umlauts, “…”) only with one.
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
