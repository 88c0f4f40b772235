// A Graph call in plain words, from what the audit log kept of its request (the declared call, the
// page, how many items it named) and its status: never from its answer.
import type { AuditEntry } from '../../core/model';
import type { MessageKey } from '../i18n/en-US';
import type { Translate } from '../i18n/I18nProvider';

/** The declared calls of src/graph/calls.ts, each with its sentence. */
const CALL_MESSAGES: Readonly<Record<string, MessageKey>> = {
  roomLists: 'auditCallRoomLists',
  rooms: 'auditCallRooms',
  roomsInList: 'auditCallRoomsInList',
  schedule: 'auditCallSchedule',
  meetingTimes: 'auditCallMeetingTimes',
  event: 'auditCallEvent',
  eventRooms: 'auditCallEventRooms',
  updateEvent: 'auditCallUpdateEvent',
  myBookings: 'auditCallMyBookings',
  seriesInstances: 'auditCallSeriesInstances',
  checkIn: 'auditCallCheckIn',
  checkInStatus: 'auditCallCheckInStatus',
  batch: 'auditCallBatch',
};

export function callDescription(entry: AuditEntry, t: Translate): string {
  return t(CALL_MESSAGES[entry.call] ?? 'auditCallOther', { page: entry.page ?? 0, items: entry.items ?? 0 });
}

/** Why a call failed, in the words of the catalogue's `auditFailed` select. */
function failure(status: number): string {
  if (status === 429) return 'throttled';
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  if (status === 401) return 'signIn';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409 || status === 412) return 'conflict';
  return 'other';
}

/** "OK", "Failed (throttled)", "No answer" (status 0: the connection dropped or timed out). */
export function callOutcome(status: number, t: Translate): string {
  if (status >= 200 && status < 300) return t('auditOk');
  if (status === 0) return t('auditNoAnswer');
  return t('auditFailed', { reason: failure(status), status });
}
