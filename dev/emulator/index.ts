// The emulator: one request handler for the Graph subset Roombook uses plus control routes under
// /_emulator/. It runs in-process (`emulator.fetch` replaces global fetch in tests) and behind
// node:http (server.ts) for the demo and browser tests.
import { createAuthority, type Authority } from './authority';
import { parseSettings } from './calendarProcessing';
import { authorityControl } from './authorityControl';
import { parseBatch, runBatch, type BatchItemRequest, type BatchItemResponse } from './batch';
import { autoRelease, CheckInStore, configureAutoRelease, getCheckIn, postCheckIn } from './checkIns';
import {
  calendarView,
  createEvent,
  deleteEvent,
  getEvent,
  instances,
  patchEvent,
  zoneFromPrefer,
} from './events';
import {
  DroppedConnection,
  firingFault,
  hangUntilAborted,
  injectedAnswer,
  parseFault,
  type Fault,
} from './faults';
import { findMeetingTimes } from './findMeetingTimes';
import { BadRequest, graphError, json, newContext, readJson, type EmulatorContext } from './http';
import { outlookRoute } from './outlook';
import { getPlace, listRoomLists, listRooms, listRoomsIn } from './places';
import { seededRandom } from './random';
import { traceRequest } from './requestTrace';
import { trafficOf, type Traffic } from './roundTrips';
import { getSchedule } from './schedule';
import { EventStore } from './store';
import {
  createTenant,
  defaultCalendarProcessing,
  DEMO_USER,
  TENANT_ID,
  type Tenant,
  type TenantUser,
} from './tenant';
import { issueToken, readBearer } from './tokens';

export { DEMO_USER, TENANT_DOMAIN } from './tenant';
export { itemIdFromRestId, restIdFromItemId } from './itemIds';

export interface EmulatorOptions {
  readonly seed?: number;
  readonly roomCount?: number;
  readonly buildingCount?: number;
  /** Directory names: 'hostile' seeds markup, 10,000-character and bidi names (dev/emulator/hostileNames.ts). */
  readonly names?: 'plain' | 'hostile';
  /** Added to every Graph request, so that concurrent requests overlap as they do against Graph. */
  readonly latencyMs?: number;
  readonly now?: () => Date;
  /** Outlook's per-app, per-mailbox concurrency limit. */
  readonly maxConcurrentPerMailbox?: number;
  /** Seconds a throttled caller is told to wait. */
  readonly retryAfterSeconds?: number;
  /** Lifetime of the access tokens the emulated authority issues (Entra: 60–90 minutes). */
  readonly tokenLifetimeSeconds?: number;
}

export interface RequestLogEntry {
  readonly method: string;
  /** Path and query below the service root, e.g. /v1.0/me/events/… */
  readonly url: string;
  readonly status: number;
  readonly time: string;
  readonly durationMs: number;
  readonly user: string | null;
  readonly body?: unknown;
  readonly batchId?: string;
  /** When handling began and ended, in milliseconds on the emulator's monotonic clock (round trips). */
  readonly startMs: number;
  readonly endMs: number;
}

export interface Emulator {
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  handle(request: Request): Promise<Response>;
  reset(): void;
  tokenFor(user?: string): string;
  requestLog(): readonly RequestLogEntry[];
  /** Round trips, overlap and preflights of the log from entry `from` on (roundTrips.ts). */
  traffic(from?: number): Traffic;
  /** Logs a CORS preflight the HTTP server answered (server.ts), so preflights can be counted. */
  recordPreflight(url: string): void;
  readonly tenant: Tenant;
  /** The emulated Entra ID authority (served over HTTPS by server.ts). */
  readonly authority: Authority;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT']);

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const seed = options.seed ?? 1;
  const tenant = createTenant({
    seed,
    roomCount: options.roomCount ?? 150,
    ...(options.buildingCount ? { buildingCount: options.buildingCount } : {}),
    ...(options.names ? { names: options.names } : {}),
  });
  const now = options.now ?? (() => new Date());
  const limit = options.maxConcurrentPerMailbox ?? 4;
  const retryAfter = options.retryAfterSeconds ?? 1;
  const store = new EventStore();
  const checkIns = new CheckInStore();
  const log: RequestLogEntry[] = [];
  const inFlight = new Map<string, number>();
  let faults: Fault[] = [];
  let random = seededRandom(seed);
  const authority = createAuthority({
    tenantId: TENANT_ID,
    findUser: (mail) => tenant.usersByEmail.get(mail.toLowerCase()),
    signInUser: DEMO_USER,
    now,
    ...(options.tokenLifetimeSeconds ? { tokenLifetimeSeconds: options.tokenLifetimeSeconds } : {}),
  });

  const userFor = (address: unknown): TenantUser => {
    const mail = typeof address === 'string' && address !== '' ? address.toLowerCase() : DEMO_USER;
    const user = tenant.usersByEmail.get(mail);
    if (!user)
      throw new BadRequest(`No user ${mail} in the emulated tenant.`, 'Request_ResourceNotFound', 404);
    return user;
  };

  const reset = (): void => {
    store.clear();
    checkIns.clear();
    log.length = 0;
    faults = [];
    random = seededRandom(seed);
    authority.reset();
    tenant.calendarProcessing.clear();
    for (const [room, settings] of defaultCalendarProcessing(tenant.rooms))
      tenant.calendarProcessing.set(room, settings);
  };

  /** One Graph request (top-level or inside a batch), after authentication. */
  async function graphRoute(
    ctx: EmulatorContext,
    request: Request,
    url: URL,
    user: TenantUser,
  ): Promise<Response> {
    const path = url.pathname.replace(/^\/v1\.0/i, '').replace(/\/+$/, '');
    const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
    const method = request.method.toUpperCase();
    const deps = { store, tenant };
    const zone = zoneFromPrefer(request);
    const body = WRITE_METHODS.has(method) ? await readJson(request) : undefined;
    const [first, second, third, fourth] = segments;
    // Rooms nobody checked in to are released as the clock passes their claim time (checkIns.ts).
    autoRelease({ store, tenant, checkIns }, ctx.now);
    // /users/{me}/… is the same as /me/… for the signed-in user (delegated access to others is out of scope).
    const meSegments =
      first === 'me'
        ? segments.slice(1)
        : first === 'users' && second?.toLowerCase() === user.mail
          ? segments.slice(2)
          : null;

    if (first === 'places' && second && third?.toLowerCase() === 'checkins') {
      const checkInDeps = { store, tenant, checkIns };
      if (method === 'POST' && !fourth) return postCheckIn(ctx, checkInDeps, user, second, body);
      if (method === 'GET' && fourth && segments.length === 4)
        return getCheckIn(ctx, checkInDeps, user, second, fourth);
      throw new BadRequest(`${method} is not supported on checkIns here.`, 'BadRequest', 405);
    }
    if (first === 'places') {
      if (method !== 'GET') throw new BadRequest('Places are read-only here.', 'ErrorAccessDenied', 403);
      if (second?.toLowerCase() === 'microsoft.graph.room' && !third) return listRooms(ctx, url, tenant);
      if (second?.toLowerCase() === 'microsoft.graph.roomlist' && !third)
        return listRoomLists(ctx, url, tenant);
      if (second && third?.toLowerCase() === 'microsoft.graph.roomlist' && fourth === 'rooms') {
        const found = listRoomsIn(ctx, url, tenant, second);
        if (found) return found;
      }
      if (second && !third) {
        const place = getPlace(ctx, url, tenant, second);
        if (place) return place;
      }
      throw new BadRequest(`The place ${second ?? ''} was not found.`, 'ErrorItemNotFound', 404);
    }
    if (meSegments) {
      const [a, b, c] = meSegments;
      if (!a && method === 'GET') {
        return json(ctx, 200, {
          '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
          id: user.id,
          displayName: user.displayName,
          mail: user.mail,
          userPrincipalName: user.userPrincipalName,
          jobTitle: user.jobTitle,
        });
      }
      if (a === 'calendar' && b === 'getSchedule' && method === 'POST')
        return getSchedule(ctx, body, { ...deps, zone });
      if (a === 'findMeetingTimes' && method === 'POST')
        return findMeetingTimes(ctx, body, { ...deps, user, zone });
      if (a === 'calendarView' && !b && method === 'GET')
        return calendarView(ctx, request, url, deps, user, zone);
      const eventSegments =
        a === 'calendar' && b === 'events'
          ? meSegments.slice(2)
          : a === 'events'
            ? meSegments.slice(1)
            : null;
      if (eventSegments) {
        const [id, extra] = eventSegments;
        if (id && extra === 'instances' && method === 'GET' && eventSegments.length === 2)
          return instances(ctx, request, url, deps, user, id, zone);
        if (extra) throw new BadRequest(`Resource not found for the segment '${extra}'.`);
        if (!id && method === 'POST') return createEvent(ctx, deps, user, body, zone);
        if (id && method === 'GET') return getEvent(ctx, url, deps, user, id, zone);
        if (id && method === 'PATCH') return patchEvent(ctx, request, deps, user, id, body, zone);
        if (id && method === 'DELETE') return deleteEvent(ctx, request, deps, user, id);
      }
      if (c === undefined && a && !['calendar', 'events', 'calendarView', 'findMeetingTimes'].includes(a)) {
        throw new BadRequest(`Resource not found for the segment '${a}'.`);
      }
    }
    throw new BadRequest(
      `Resource not found for the segment '${first ?? ''}'.`,
      'BadRequest',
      first ? 400 : 404,
    );
  }

  /** Authentication, faults, throttling, latency and logging around one Graph request. */
  async function graphRequest(
    request: Request,
    batch?: { readonly id: string; answerLost: boolean },
  ): Promise<Response> {
    const batchId = batch?.id;
    const started = Date.now();
    const startMs = performance.now();
    const ctx = newContext(now());
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const body = WRITE_METHODS.has(method) ? await request.clone().text() : undefined;
    const pathAndQuery = `${url.pathname}${url.search}`;
    traceRequest({ method, url: pathAndQuery });
    let user: TenantUser | null = null;
    let countedFor: string | null = null;
    let response: Response;
    try {
      const access = authority.checkAccess(request.headers.get('authorization'), ctx.now);
      user = access.ok ? (tenant.usersByEmail.get(access.user) ?? null) : null;
      if (!user) {
        response = unauthorized(ctx, access);
      } else {
        const fault = firingFault(faults, method, pathAndQuery, random);
        if (fault?.latencyMs) await sleep(fault.latencyMs);
        if (fault?.hang) await hangUntilAborted(request.signal);
        if (fault?.drop) {
          if (batchId) response = graphError(ctx, 503, 'ServiceUnavailable', 'The connection was dropped.');
          else throw new DroppedConnection();
        } else if (fault?.status) {
          response = injectedAnswer(ctx, fault, retryAfter);
        } else {
          // Places count too: place is one of the Outlook (Calendar API) resources under the limit
          // (https://learn.microsoft.com/graph/throttling-limits#outlook-service-limits).
          const current = inFlight.get(user.mail) ?? 0;
          if (current >= limit) {
            response = graphError(
              ctx,
              429,
              'ApplicationThrottled',
              'Application is over its MailboxConcurrency limit.',
              { 'Retry-After': String(retryAfter) },
            );
          } else {
            countedFor = user.mail;
            inFlight.set(user.mail, current + 1);
            if (options.latencyMs) await sleep(options.latencyMs);
            try {
              response = await graphRoute(ctx, request, url, user);
            } catch (error) {
              if (!(error instanceof BadRequest)) throw error;
              response = graphError(ctx, error.status, error.code, error.message);
            }
            if (fault?.afterApply) {
              // Applied, then the answer is lost: inside a $batch the whole batch's answer is.
              if (batch) batch.answerLost = true;
              else {
                log.push({
                  method,
                  url: pathAndQuery,
                  status: 0,
                  time: ctx.now.toISOString(),
                  durationMs: Date.now() - started,
                  user: user.mail,
                  startMs,
                  endMs: performance.now(),
                });
                throw new DroppedConnection();
              }
            }
          }
        }
      }
    } finally {
      if (countedFor) inFlight.set(countedFor, (inFlight.get(countedFor) ?? 1) - 1);
    }
    let parsedBody: unknown;
    if (body) {
      try {
        parsedBody = JSON.parse(body);
      } catch {
        parsedBody = body;
      }
    }
    log.push({
      method,
      url: pathAndQuery,
      status: response.status,
      time: ctx.now.toISOString(),
      durationMs: Date.now() - started,
      user: user?.mail ?? null,
      ...(parsedBody !== undefined ? { body: parsedBody } : {}),
      ...(batchId ? { batchId } : {}),
      startMs,
      endMs: performance.now(),
    });
    return response;
  }

  async function batch(request: Request, outerUrl: URL): Promise<Response> {
    const ctx = newContext(now());
    const started = Date.now();
    const startMs = performance.now();
    const items = parseBatch(await readJson(request));
    const outer = { id: ctx.requestId, answerLost: false };
    const user = readBearer(request.headers.get('authorization'), ctx.now)?.preferredUsername ?? null;
    const pathAndQuery = `${outerUrl.pathname}${outerUrl.search}`;
    traceRequest({ method: 'POST', url: pathAndQuery });
    const logOuter = (status: number) =>
      log.push({
        method: 'POST',
        url: '/v1.0/$batch',
        status,
        time: ctx.now.toISOString(),
        durationMs: Date.now() - started,
        user,
        body: { requests: items.length },
        startMs,
        endMs: performance.now(),
      });
    const fault = firingFault(faults, 'POST', pathAndQuery, random);
    if (fault?.latencyMs) await sleep(fault.latencyMs);
    if (fault?.hang) {
      logOuter(0);
      await hangUntilAborted(request.signal);
    }
    if (fault?.drop) {
      logOuter(0);
      throw new DroppedConnection();
    }
    if (fault?.status) {
      const answer = injectedAnswer(ctx, fault, retryAfter);
      logOuter(answer.status);
      return answer;
    }
    if (fault?.afterApply) outer.answerLost = true;
    const response = await runBatch(
      ctx,
      items,
      async (item: BatchItemRequest): Promise<BatchItemResponse> => {
        const target = new URL(`/v1.0/${item.url.replace(/^\/+/, '').replace(/^v1\.0\//i, '')}`, outerUrl);
        const headers = new Headers(item.headers);
        const authorization = request.headers.get('authorization');
        if (authorization) headers.set('authorization', authorization);
        const inner = new Request(target, {
          method: item.method,
          headers,
          // An item that hangs holds the whole batch's answer until the client gives up on it.
          signal: request.signal,
          ...(item.body !== undefined ? { body: JSON.stringify(item.body) } : {}),
        });
        const response = await graphRequest(inner, outer);
        const text = await response.text();
        const responseHeaders: Record<string, string> = {};
        response.headers.forEach((value, key) => {
          if (key === 'retry-after' || key === 'content-type' || key === 'etag' || key === 'location')
            responseHeaders[key === 'retry-after' ? 'Retry-After' : key] = value;
        });
        return {
          id: item.id,
          status: response.status,
          headers: responseHeaders,
          body: text ? JSON.parse(text) : null,
        };
      },
    );
    logOuter(outer.answerLost ? 0 : response.status);
    if (outer.answerLost) throw new DroppedConnection();
    return response;
  }

  async function control(request: Request, url: URL, segments: string[]): Promise<Response> {
    const ctx = newContext(now());
    const method = request.method.toUpperCase();
    const [route, ...rest] = segments;
    if (route === 'token' && method === 'GET') {
      const user = userFor(url.searchParams.get('user'));
      return json(ctx, 200, {
        access_token: issueToken(user, TENANT_ID, ctx.now),
        token_type: 'Bearer',
        expires_in: 3600,
      });
    }
    if (route === 'authority') return authorityControl(ctx, authority, method, rest, request);
    if (route === 'requests' && method === 'GET') return json(ctx, 200, { value: log });
    if (route === 'reset' && method === 'POST') {
      reset();
      return json(ctx, 200, { reset: true });
    }
    if (route === 'faults') {
      if (method === 'POST') {
        const fault = parseFault(await readJson(request));
        faults.push(fault);
        return json(ctx, 201, { faults: faults.length });
      }
      if (method === 'DELETE') {
        faults = [];
        return json(ctx, 200, { faults: 0 });
      }
      if (method === 'GET')
        return json(ctx, 200, { value: faults.map((f) => ({ ...f, pathPattern: f.pathPattern.source })) });
    }
    if (route === 'calendarProcessing' && method === 'POST') {
      return configureAutoRelease(ctx, { store, tenant, checkIns }, await readJson(request));
    }
    if (route === 'tenant' && method === 'GET') {
      return json(ctx, 200, {
        users: tenant.users,
        roomLists: tenant.roomLists,
        roomCount: tenant.rooms.length,
        demoUser: DEMO_USER,
      });
    }
    if (route === 'calendarProcessing' && rest[0] && method === 'PATCH') {
      // Set-CalendarProcessing for one room (an admin's change, not a Graph call).
      const room = decodeURIComponent(rest[0]).toLowerCase();
      const current = tenant.calendarProcessing.get(room);
      if (!current) return graphError(ctx, 404, 'NotFound', `No room ${room}.`);
      try {
        tenant.calendarProcessing.set(room, parseSettings(current, await readJson(request)));
      } catch (error) {
        return graphError(ctx, 400, 'BadRequest', error instanceof Error ? error.message : 'Bad settings.');
      }
      return json(ctx, 200, tenant.calendarProcessing.get(room));
    }
    if (route === 'outlook' && rest[0] === 'items') {
      const text = WRITE_METHODS.has(method) ? await request.text() : '';
      // A GET names its mailbox in the query (?user=), a write in its body.
      const body: unknown = text ? JSON.parse(text) : Object.fromEntries(url.searchParams);
      const response = await outlookRoute(ctx, method, rest.slice(1), body, { store, tenant, userFor });
      if (response) return response;
    }
    return graphError(ctx, 404, 'NotFound', `No emulator control route ${method} ${url.pathname}.`);
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    try {
      if (segments[0] === '_emulator') return await control(request, url, segments.slice(1));
      if (segments[0]?.toLowerCase() !== 'v1.0') {
        // The authority's routes answer here too, for the simulated Outlook's broker (a test double,
        // not bound by MSAL's https rule); the product's MSAL uses the HTTPS listener.
        const answer = await authority.handle(request);
        if (answer) return answer;
        const ctx = newContext(now());
        return graphError(ctx, 400, 'BadRequest', `Invalid version: ${segments[0] ?? ''}`);
      }
      if (segments[1] === '$batch' && request.method.toUpperCase() === 'POST') {
        // Graph checks the batch's own token first: an expired or challenged one fails the whole batch.
        if (!authority.checkAccess(request.headers.get('authorization'), now()).ok)
          return await graphRequest(request);
        return await batch(request, url);
      }
      return await graphRequest(request);
    } catch (error) {
      if (error instanceof DroppedConnection) throw error;
      const ctx = newContext(now());
      if (error instanceof BadRequest) return graphError(ctx, error.status, error.code, error.message);
      if (error instanceof SyntaxError)
        return graphError(ctx, 400, 'BadRequest', 'The request body is not valid JSON.');
      return graphError(
        ctx,
        500,
        'InternalServerError',
        error instanceof Error ? error.message : 'Unexpected error.',
      );
    }
  }

  return {
    async fetch(input, init) {
      const request = input instanceof Request && !init ? input : new Request(input, init);
      try {
        return await handle(request);
      } catch (error) {
        // A dropped connection looks like a network failure to fetch's caller.
        if (error instanceof DroppedConnection) throw new TypeError('fetch failed', { cause: error });
        throw error;
      }
    },
    handle,
    reset,
    tokenFor: (user?: string) => issueToken(userFor(user), TENANT_ID, now()),
    requestLog: () => log,
    traffic: (from = 0) => trafficOf(log.slice(from)),
    recordPreflight(url) {
      const at = performance.now();
      log.push({
        method: 'OPTIONS',
        url,
        status: 204,
        time: now().toISOString(),
        durationMs: 0,
        user: null,
        startMs: at,
        endMs: at,
      });
    },
    tenant,
    authority,
  };
}

/** Graph's 401s: no or a bad token, an expired one, or a claims challenge under continuous access evaluation. */
function unauthorized(ctx: EmulatorContext, access: ReturnType<Authority['checkAccess']>): Response {
  // https://learn.microsoft.com/entra/identity-platform/claims-challenge#claims-challenge-header-format
  const realm =
    'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"';
  if (!access.ok && access.reason === 'challenge') {
    return graphError(
      ctx,
      401,
      'InvalidAuthenticationToken',
      'Continuous access evaluation resulted in challenge with result: InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp',
      {
        'WWW-Authenticate': `${realm}, error="insufficient_claims", claims="${access.claims}"`,
      },
    );
  }
  const message = access.ok
    ? 'The token names no user of this tenant.'
    : access.reason === 'expired'
      ? 'Lifetime validation failed, the token is expired.'
      : 'Access token is empty or invalid.';
  return graphError(ctx, 401, 'InvalidAuthenticationToken', message, { 'WWW-Authenticate': realm });
}
