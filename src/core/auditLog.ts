// The session's record of Graph calls for the Privacy view: bounded, in memory only, never data.
import type { AuditEntry } from './model';
import type { AuditSink } from './ports';

export class AuditLog implements AuditSink {
  private items: AuditEntry[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly capacity = 500) {}

  record(entry: AuditEntry): void {
    this.items = [...this.items.slice(-(this.capacity - 1)), entry];
    for (const listener of this.listeners) listener();
  }

  entries(): readonly AuditEntry[] {
    return this.items;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
