// One occurrence of a series changed on its own becomes an exception: an event of its own with
// `seriesMasterId` (https://learn.microsoft.com/graph/api/resources/event: type `exception`), kept
// by the series under the occurrence's index. Outlook makes it when an occurrence is opened and
// saved on its own; Graph when an occurrence's id is PATCHed
// (https://learn.microsoft.com/graph/api/event-update: "update the properties of an event object",
// an occurrence included, which Exchange stores as an exception).
import { allOccurrences } from './calendar';
import type { EventStore, StoredEvent } from './store';

/** The exception for occurrence id `<series id>_OCC<index>`, made now if it does not exist yet. */
export function exceptionFor(store: EventStore, id: string, now: Date): StoredEvent | undefined {
  const existing = store.get(id);
  if (existing) return existing;
  const [seriesId, at] = id.split('_OCC');
  const series = seriesId ? store.get(seriesId) : undefined;
  const index = Number(at);
  if (!series?.recurrence || !Number.isInteger(index) || series.bookedFor) return undefined;
  const occurrence = allOccurrences(series).find((o) => o.index === index);
  if (!occurrence) return undefined;
  const exception: StoredEvent = {
    ...series,
    id,
    start: occurrence.start,
    end: occurrence.end,
    recurrence: null,
    attendees: series.attendees.map((a) => ({ ...a })),
    locations: [...series.locations],
    extendedProperties: new Map(),
    lastModifiedDateTime: now.toISOString(),
    seriesMasterId: series.id,
    exceptions: undefined,
    declinedOccurrences: undefined,
  };
  series.exceptions = new Set([...(series.exceptions ?? []), index]);
  // The rooms' copies of the series no longer hold that date: the exception carries it (and its own
  // rooms answer for it).
  for (const copy of store.copiesOf(series.id))
    copy.exceptions = new Set([...(copy.exceptions ?? []), index]);
  store.put(exception);
  return exception;
}

/** The stored exceptions of a series. */
export function exceptionsOf(store: EventStore, series: StoredEvent): StoredEvent[] {
  return store.ownedBy(series.owner).filter((event) => event.seriesMasterId === series.id);
}
