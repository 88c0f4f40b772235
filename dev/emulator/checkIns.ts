// Places check-ins and Exchange's auto-release of rooms nobody claimed.
//
// Check-ins, as Graph documents them:
// - POST /places/{placesId}/checkIns with a checkInClaim { calendarEventId, checkInMethod }, both
//   required; calendarEventId is the event's iCalUId. 201 Created with the checkInClaim
//   (calendarEventId, checkInMethod, createdDateTime). "This check-in confirms that the reserved space
//   is in use and prevents automatic release if auto-release policies are configured for that place."
//   https://learn.microsoft.com/graph/api/place-post-checkins
// - GET /places/{placesId}/checkIns/{calendarEventId}: 200 OK; the documented sample wraps the claim
//   in `value`, and the emulator answers exactly so. https://learn.microsoft.com/graph/api/checkinclaim-get
// - checkInMethod: unspecified, manual, inferred, verified, unknownFutureValue ("Don't use").
//   https://learn.microsoft.com/graph/api/resources/checkinclaim
// - Permission: delegated Calendars.ReadWrite only (work or school accounts); no application permission.
// Microsoft documents no error answers. The emulator's, chosen as Graph answers elsewhere: a place
// that is not a room, or a room with no reservation for that iCalUId (never booked, declined or
// released), or one the caller is not in: 404 ErrorItemNotFound; a claim outside the reservation's
// check-in window: 400 ErrorInvalidRequest. The window is also undocumented: the emulator opens it
// 15 minutes before the start, as Teams' check-in reminders for a room do, until the end. A second
// claim for the same reservation answers the first one again (the reservation is claimed once).
//
// Auto-release, as Exchange and Microsoft Places document it:
// - Off by default; an admin turns it on per room with Set-CalendarProcessing -EnableAutoRelease $true,
//   and -PostReservationMaxClaimTimeInMinutes sets the window (default 10 minutes): "the room is
//   automatically released if no usage is detected within 20 minutes of the meeting start time."
//   https://learn.microsoft.com/microsoft-365/places/room-desk-booking/enable-checkin-auto-rooms
// - "When the room is released, the room account declines the meeting invite, and a custom decline
//   email message is sent back to the meeting organizer": the room's copy goes and the organizer's
//   event shows the room declined; the time is free in getSchedule.
//   https://learn.microsoft.com/microsoftteams/devices/check-in-and-room-release
// - A setting applies from when it was set (Microsoft says changes can take up to 48 hours; the
//   emulator applies them at once), so turning it on never releases meetings that already started.
// For one date of a series, the room declines that date only: it leaves the room's calendar, and the
// organizer's series keeps the room's answer for the other dates.
import { allOccurrences, type Occurrence } from './calendar';
import { BadRequest, isRecord, json, type EmulatorContext } from './http';
import { iCalUIdOf } from './iCalUId';
import type { EventStore, StoredEvent } from './store';
import type { Tenant, TenantRoom, TenantUser } from './tenant';

const CONTEXT = 'https://graph.microsoft.com/v1.0/$metadata';
const METHODS = new Set(['unspecified', 'manual', 'inferred', 'verified']);
/** The emulator's check-in window opens this long before the start (undocumented; see above). */
const OPENS_BEFORE_MS = 15 * 60_000;
/** Exchange's default PostReservationMaxClaimTimeInMinutes. */
const DEFAULT_CLAIM_MINUTES = 10;

export interface CheckInClaim {
  readonly calendarEventId: string;
  readonly checkInMethod: string;
  readonly createdDateTime: string;
}

/** A room's calendar processing, as Set-CalendarProcessing sets it. */
export interface AutoReleaseSetting {
  readonly enableAutoRelease: boolean;
  readonly postReservationMaxClaimTimeInMinutes: number;
  /** When it was set: reservations whose claim time ended before that are left alone. */
  readonly since: Date;
}

interface StoredClaim {
  readonly claim: CheckInClaim;
  /** The organizer's event the reservation is for: who may read the claim. */
  readonly meetingId: string;
}

export class CheckInStore {
  private readonly claims = new Map<string, StoredClaim>();
  private readonly settings = new Map<string, AutoReleaseSetting>();

  claim(room: string, iCalUId: string): StoredClaim | undefined {
    return this.claims.get(`${room}|${iCalUId}`);
  }

  addClaim(room: string, stored: StoredClaim): void {
    this.claims.set(`${room}|${stored.claim.calendarEventId}`, stored);
  }

  setting(room: string): AutoReleaseSetting | undefined {
    return this.settings.get(room);
  }

  configure(room: string, setting: AutoReleaseSetting): void {
    this.settings.set(room, setting);
  }

  autoReleaseRooms(): [string, AutoReleaseSetting][] {
    return [...this.settings].filter(([, setting]) => setting.enableAutoRelease);
  }

  clear(): void {
    this.claims.clear();
    this.settings.clear();
  }
}

export interface CheckInDeps {
  readonly store: EventStore;
  readonly tenant: Tenant;
  readonly checkIns: CheckInStore;
}

class NoReservation extends BadRequest {
  constructor(what: string) {
    super(`${what} was not found.`, 'ErrorItemNotFound', 404);
  }
}

function roomById(tenant: Tenant, placeId: string): TenantRoom {
  const room = tenant.rooms.find((r) => r.id.toLowerCase() === placeId.toLowerCase());
  if (!room) throw new NoReservation(`The place ${placeId}`);
  return room;
}

/** The occurrences on the room's own calendar: the meetings it accepted and still holds. */
function reservations(store: EventStore, room: string): Occurrence[] {
  return store
    .ownedBy(room)
    .filter((copy) => copy.bookedFor !== null && !copy.isCancelled)
    .flatMap((copy) => allOccurrences(copy));
}

const takesPart = (event: StoredEvent | undefined, user: TenantUser): event is StoredEvent =>
  event !== undefined &&
  (event.organizer.address === user.mail || event.attendees.some((a) => a.address === user.mail));

function reservationFor(
  deps: CheckInDeps,
  room: TenantRoom,
  iCalUId: string,
  user: TenantUser,
): { readonly occurrence: Occurrence; readonly meetingId: string } {
  const found = reservations(deps.store, room.emailAddress).find(
    (occurrence) => iCalUIdOf(occurrence.event, occurrence) === iCalUId,
  );
  const meetingId = found?.event.bookedFor;
  if (!found || !meetingId || !takesPart(deps.store.get(meetingId), user))
    throw new NoReservation(`A reservation ${iCalUId}`);
  return { occurrence: found, meetingId };
}

const claimJson = (claim: CheckInClaim) => ({ '@odata.type': '#microsoft.graph.checkInClaim', ...claim });

export function postCheckIn(
  ctx: EmulatorContext,
  deps: CheckInDeps,
  user: TenantUser,
  placeId: string,
  body: unknown,
): Response {
  if (!isRecord(body) || typeof body.calendarEventId !== 'string' || body.calendarEventId === '')
    throw new BadRequest('calendarEventId is required.', 'ErrorInvalidRequest');
  if (typeof body.checkInMethod !== 'string' || !METHODS.has(body.checkInMethod))
    throw new BadRequest(
      'checkInMethod is required: unspecified, manual, inferred or verified.',
      'ErrorInvalidRequest',
    );
  const room = roomById(deps.tenant, placeId);
  const { occurrence: reservation, meetingId } = reservationFor(deps, room, body.calendarEventId, user);
  const at = ctx.now.getTime();
  if (at < reservation.start.getTime() - OPENS_BEFORE_MS)
    throw new BadRequest(
      'The check-in window for this reservation has not opened yet.',
      'ErrorInvalidRequest',
    );
  if (at >= reservation.end.getTime())
    throw new BadRequest('The reservation has ended.', 'ErrorInvalidRequest');
  const claim = deps.checkIns.claim(room.emailAddress, body.calendarEventId)?.claim ?? {
    calendarEventId: body.calendarEventId,
    checkInMethod: body.checkInMethod,
    createdDateTime: ctx.now.toISOString(),
  };
  deps.checkIns.addClaim(room.emailAddress, { claim, meetingId });
  return json(ctx, 201, {
    '@odata.context': `${CONTEXT}#places('${room.id}')/checkIns/$entity`,
    ...claimJson(claim),
  });
}

export function getCheckIn(
  ctx: EmulatorContext,
  deps: CheckInDeps,
  user: TenantUser,
  placeId: string,
  calendarEventId: string,
): Response {
  const room = roomById(deps.tenant, placeId);
  const stored = deps.checkIns.claim(room.emailAddress, calendarEventId);
  // Only people in the meeting may read its claim.
  if (!stored || !takesPart(deps.store.get(stored.meetingId), user))
    throw new NoReservation(`A check-in for ${calendarEventId}`);
  return json(ctx, 200, { value: claimJson(stored.claim) });
}

/** Set-CalendarProcessing -EnableAutoRelease / -PostReservationMaxClaimTimeInMinutes for a room. */
export function configureAutoRelease(ctx: EmulatorContext, deps: CheckInDeps, body: unknown): Response {
  if (!isRecord(body) || typeof body.identity !== 'string')
    throw new BadRequest('identity (the room’s address) is required.');
  const room = deps.tenant.roomsByEmail.get(body.identity.toLowerCase());
  if (!room) throw new BadRequest(`No room ${body.identity} in the emulated tenant.`, 'NotFound', 404);
  const minutes = body.postReservationMaxClaimTimeInMinutes ?? DEFAULT_CLAIM_MINUTES;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1)
    throw new BadRequest('postReservationMaxClaimTimeInMinutes must be a positive whole number.');
  const setting: AutoReleaseSetting = {
    enableAutoRelease: body.enableAutoRelease === true,
    postReservationMaxClaimTimeInMinutes: minutes,
    since: ctx.now,
  };
  deps.checkIns.configure(room.emailAddress, setting);
  return json(ctx, 200, { identity: room.emailAddress, ...setting, since: setting.since.toISOString() });
}

/**
 * Releases every reservation of an auto-release room whose claim time has passed without a check-in.
 * Runs before each Graph request, so every answer reflects the clock at that request.
 */
export function autoRelease(deps: CheckInDeps, now: Date): void {
  for (const [room, setting] of deps.checkIns.autoReleaseRooms()) {
    const claimMs = setting.postReservationMaxClaimTimeInMinutes * 60_000;
    for (const occurrence of reservations(deps.store, room)) {
      const releaseAt = occurrence.start.getTime() + claimMs;
      if (releaseAt > now.getTime() || releaseAt < setting.since.getTime()) continue;
      if (deps.checkIns.claim(room, iCalUIdOf(occurrence.event, occurrence))) continue;
      release(deps.store, occurrence, room, new Date(releaseAt));
    }
  }
}

function release(store: EventStore, occurrence: Occurrence, room: string, at: Date): void {
  const copy = occurrence.event;
  if (occurrence.index !== null) {
    // One date of a series: the room declines that date; its calendar no longer holds it.
    copy.exceptions = new Set([...(copy.exceptions ?? []), occurrence.index]);
    return;
  }
  store.delete(copy.id);
  const meeting = copy.bookedFor ? store.get(copy.bookedFor) : undefined;
  const attendee = meeting?.attendees.find((a) => a.address === room);
  if (attendee) {
    attendee.response = 'declined';
    attendee.responseTime = at.toISOString();
  }
}
