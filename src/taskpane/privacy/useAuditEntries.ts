// The session's Graph calls, live: the audit log notifies on every call.
import * as React from 'react';
import type { AuditEntry } from '../../core/model';
import { useServices } from '../services';

export function useAuditEntries(): readonly AuditEntry[] {
  const { audit } = useServices();
  return React.useSyncExternalStore(
    React.useCallback((listener) => audit.subscribe(listener), [audit]),
    () => audit.entries(),
  );
}
