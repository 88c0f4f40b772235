// Access tokens the emulator issues and accepts: unsigned JWTs (alg "none") carrying the claims a
// real Entra token for Graph carries, so code that reads `preferred_username` or `exp` behaves alike.
import { randomUUID } from 'node:crypto';

const AUDIENCE = 'https://graph.microsoft.com';
/** Entra's default access-token lifetime is 60–90 minutes; the emulator takes the lower end unless told. */
export const DEFAULT_LIFETIME_SECONDS = 3600;
const ALL_SCOPES = ['Calendars.ReadWrite', 'Calendars.Read.Shared', 'Place.Read.All'];

const base64url = (value: string): string => Buffer.from(value, 'utf8').toString('base64url');

export interface TokenOptions {
  readonly lifetimeSeconds?: number;
  readonly scopes?: readonly string[];
  readonly clientId?: string;
  /** Client capabilities (`xms_cc`), e.g. CP1 for a client that handles claims challenges. */
  readonly capabilities?: readonly string[];
}

export interface TokenUser {
  readonly mail: string;
  readonly displayName: string;
  readonly id: string;
}

export function unsignedJwt(payload: Record<string, unknown>): string {
  return `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}.`;
}

export function issueToken(user: TokenUser, tenantId: string, now: Date, options: TokenOptions = {}): string {
  const iat = Math.floor(now.getTime() / 1000);
  return unsignedJwt({
    aud: AUDIENCE,
    iss: `https://sts.windows.net/${tenantId}/`,
    tid: tenantId,
    oid: user.id,
    name: user.displayName,
    preferred_username: user.mail,
    scp: (options.scopes ?? ALL_SCOPES).join(' '),
    ...(options.clientId ? { appid: options.clientId } : {}),
    ...(options.capabilities?.length ? { xms_cc: options.capabilities } : {}),
    uti: randomUUID(),
    iat,
    nbf: iat,
    exp: iat + (options.lifetimeSeconds ?? DEFAULT_LIFETIME_SECONDS),
  });
}

export interface TokenClaims {
  readonly preferredUsername: string;
  readonly exp: number;
  readonly iat: number;
  readonly uti: string;
  readonly capabilities: readonly string[];
}

/** The claims of a Graph bearer token the emulator issued, expired or not, or null. */
export function parseBearer(authorization: string | null): TokenClaims | null {
  const match = /^Bearer\s+([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/i.exec(authorization ?? '');
  if (!match?.[2]) return null;
  try {
    const payload: unknown = JSON.parse(Buffer.from(match[2], 'base64url').toString('utf8'));
    if (typeof payload !== 'object' || payload === null) return null;
    const { aud, exp, iat, uti, xms_cc: cc, preferred_username: user } = payload as Record<string, unknown>;
    if (aud !== AUDIENCE || typeof exp !== 'number' || typeof user !== 'string') return null;
    return {
      preferredUsername: user.toLowerCase(),
      exp,
      iat: typeof iat === 'number' ? iat : 0,
      uti: typeof uti === 'string' ? uti : '',
      capabilities: Array.isArray(cc) ? cc.filter((c): c is string => typeof c === 'string') : [],
    };
  } catch {
    return null;
  }
}

/** The claims of a bearer token the emulator accepts (issued by it and not expired), or null. */
export function readBearer(authorization: string | null, now: Date): TokenClaims | null {
  const claims = parseBearer(authorization);
  return claims && claims.exp * 1000 > now.getTime() ? claims : null;
}
