// How the Book tab names a booked room and words where its booking stands (the card and the status
// region say the same).
import type { BookingPhase } from '../../core/bookingPhase';
import type { BookingRecord } from '../../core/model';
import type { MessageKey } from '../i18n/en-US';

export const roomName = (record: BookingRecord): string =>
  record.resourceLocation.split(',')[0] || record.resourceMailbox;

export const PHASE_TEXT: Record<
  Exclude<BookingPhase, 'notInvited'>,
  { readonly key: MessageKey; readonly intent: 'success' | 'error' | 'info' | 'warning' }
> = {
  added: { key: 'phaseAdded', intent: 'info' },
  waiting: { key: 'phaseWaiting', intent: 'info' },
  tentative: { key: 'phaseTentative', intent: 'warning' },
  accepted: { key: 'phaseAccepted', intent: 'success' },
  declined: { key: 'phaseDeclined', intent: 'error' },
};
