// The Privacy view's Graph log: the session's calls live, which lines show their technical detail,
// and the CSV export (a download made in the pane: no server, nothing leaves the device).
import * as React from 'react';
import type { AuditEntry } from '../../core/model';
import { useI18n } from '../i18n/I18nProvider';
import { auditCsv } from './auditCsv';
import { useAuditEntries } from './useAuditEntries';

export interface AuditLogState {
  readonly entries: readonly AuditEntry[];
  readonly isOpen: (index: number) => boolean;
  readonly toggle: (index: number) => void;
  readonly exportCsv: () => void;
}

export function useAuditLog(): AuditLogState {
  const { t } = useI18n();
  const entries = useAuditEntries();
  // Lines are keyed by their entry: the log drops its oldest entries past its capacity.
  const [open, setOpen] = React.useState<ReadonlySet<AuditEntry>>(new Set());
  const toggle = (index: number) => {
    const entry = entries[index];
    if (!entry) return;
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(entry)) next.add(entry);
      return next;
    });
  };
  const exportCsv = () => {
    const url = URL.createObjectURL(new Blob([auditCsv(entries, t)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `roombook-graph-calls-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    // The download has read the blob once the click's navigation started; a later revoke is safe.
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return {
    entries,
    isOpen: (index) => entries[index] !== undefined && open.has(entries[index]),
    toggle,
    exportCsv,
  };
}
