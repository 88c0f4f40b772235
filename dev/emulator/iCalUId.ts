// An event's iCalUId as Graph shows it. Graph documents the property as "different for each
// occurrence in a recurring series" (https://learn.microsoft.com/graph/api/resources/event#properties);
// Exchange's iCalUId is the hex of the meeting's Global Object ID, whose bytes 16–19 hold the
// instance's date (year high, year low, month, day; all zero for the series itself), as
// [MS-OXOCAL] 2.2.1.27 PidLidGlobalObjectId lays out. Microsoft's own calendarView sample
// (test/fixtures/graph-samples/calendarview-group.response.json) shows it: …A82E008 07E1 08 0E …
// for 2017-08-14. The emulator writes each occurrence's date there, so that a Places check-in
// (which names the event by iCalUId) is for one date of a series, not the whole series.
import type { Occurrence } from './calendar';
import type { StoredEvent } from './store';
import { dateIn, ianaZone } from './time';

/** Hex digits before the date bytes: the class id (16 bytes). */
const DATE_AT = 32;
const DATE_HEX = 8;

const hex = (value: number, digits: number) => value.toString(16).toUpperCase().padStart(digits, '0');

export function iCalUIdOf(event: StoredEvent, occurrence?: Pick<Occurrence, 'start' | 'index'>): string {
  if (!occurrence || occurrence.index === null) return event.iCalUId;
  const date = dateIn(occurrence.start, ianaZone(event.originalStartTimeZone) ?? 'UTC');
  const bytes = `${hex(date.year, 4)}${hex(date.month, 2)}${hex(date.day, 2)}`;
  return `${event.iCalUId.slice(0, DATE_AT)}${bytes}${event.iCalUId.slice(DATE_AT + DATE_HEX)}`;
}
