// getSchedule: free/busy of up to 20 mailboxes over a window shorter than 62 days, as
// availabilityView digits and scheduleItems, in the zone the caller prefers.
import { blocksOf } from './calendar';
import { BadRequest, isRecord, json, type EmulatorContext } from './http';
import type { EventStore } from './store';
import type { Tenant } from './tenant';
import { formatGraphDateTime, parseGraphDateTime } from './time';

const MAX_SCHEDULES = 20;
const MAX_WINDOW_DAYS = 62;
const VIEW_DIGIT = { free: 0, tentative: 1, busy: 2, oof: 3, workingElsewhere: 4 } as const;

export function parseDateTimeTimeZone(value: unknown, field: string): Date {
  if (!isRecord(value) || typeof value.dateTime !== 'string')
    throw new BadRequest(`${field} is required.`, 'ErrorInvalidParameter');
  const zone = typeof value.timeZone === 'string' && value.timeZone !== '' ? value.timeZone : 'UTC';
  const parsed = parseGraphDateTime(value.dateTime, zone);
  if (!parsed) throw new BadRequest(`${field} has an invalid dateTime or timeZone.`, 'ErrorInvalidParameter');
  return parsed;
}

export function getSchedule(
  ctx: EmulatorContext,
  body: unknown,
  deps: { store: EventStore; tenant: Tenant; zone: { iana: string; name: string } },
): Response {
  if (!isRecord(body) || !Array.isArray(body.schedules))
    throw new BadRequest('schedules is required.', 'ErrorInvalidParameter');
  const schedules = body.schedules.filter((s): s is string => typeof s === 'string');
  if (schedules.length === 0)
    throw new BadRequest('At least one schedule is required.', 'ErrorInvalidParameter');
  if (schedules.length > MAX_SCHEDULES) {
    throw new BadRequest(
      `The number of schedules (${schedules.length}) exceeds the maximum of ${MAX_SCHEDULES}.`,
      'ErrorInvalidParameter',
    );
  }
  const start = parseDateTimeTimeZone(body.startTime, 'startTime');
  const end = parseDateTimeTimeZone(body.endTime, 'endTime');
  if (end <= start) throw new BadRequest('endTime must be after startTime.', 'ErrorInvalidParameter');
  if (end.getTime() - start.getTime() >= MAX_WINDOW_DAYS * 86_400_000) {
    throw new BadRequest(
      `The time window must be shorter than ${MAX_WINDOW_DAYS} days.`,
      'ErrorInvalidParameter',
    );
  }
  const interval = body.availabilityViewInterval === undefined ? 30 : Number(body.availabilityViewInterval);
  if (!Number.isInteger(interval) || interval < 5 || interval > 1440) {
    throw new BadRequest(
      'availabilityViewInterval must be between 5 and 1440 minutes.',
      'ErrorInvalidParameter',
    );
  }
  const { store, tenant, zone } = deps;
  const slotMs = interval * 60_000;
  const slots = Math.ceil((end.getTime() - start.getTime()) / slotMs);
  const value = schedules.map((scheduleId) => {
    const address = scheduleId.toLowerCase();
    if (!tenant.roomsByEmail.has(address) && !tenant.usersByEmail.has(address)) {
      return {
        scheduleId,
        availabilityView: '',
        error: {
          message: `The specified emailAddress ${scheduleId} is not found or is invalid.`,
          responseCode: 'ErrorMailRecipientNotFound',
        },
      };
    }
    const blocks = blocksOf(store, tenant.seed, address, { start, end }).filter(
      (block) => block.status !== 'free',
    );
    const view = Array.from({ length: slots }, (_, i) => {
      const slotStart = start.getTime() + i * slotMs;
      const slotEnd = slotStart + slotMs;
      return Math.max(
        0,
        ...blocks
          .filter((b) => b.start.getTime() < slotEnd && b.end.getTime() > slotStart)
          .map((b) => VIEW_DIGIT[b.status]),
      );
    }).join('');
    return {
      scheduleId,
      availabilityView: view,
      scheduleItems: blocks.map((block) => ({
        isPrivate: false,
        status: block.status,
        subject: block.subject,
        location: block.location,
        isMeeting: true,
        isRecurring: false,
        isException: false,
        isReminderSet: false,
        start: { dateTime: formatGraphDateTime(block.start, zone.iana), timeZone: zone.name },
        end: { dateTime: formatGraphDateTime(block.end, zone.iana), timeZone: zone.name },
      })),
      workingHours: {
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        startTime: '08:00:00.0000000',
        endTime: '18:00:00.0000000',
        timeZone: { name: 'UTC' },
      },
    };
  });
  return json(ctx, 200, {
    '@odata.context':
      'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)',
    value,
  });
}
