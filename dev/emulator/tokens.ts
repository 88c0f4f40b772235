// Access tokens the emulator issues and accepts: unsigned JWTs (alg "none") carrying the claims a
// real Entra token for Graph carries, so code that reads `preferred_username` or `exp` behaves alike.
const AUDIENCE = 'https://graph.microsoft.com';
const LIFETIME_SECONDS = 3600;

const base64url = (value: string): string => Buffer.from(value, 'utf8').toString('base64url');

export function issueToken(
  user: { mail: string; displayName: string; id: string },
  tenantId: string,
  now: Date,
): string {
  const iat = Math.floor(now.getTime() / 1000);
  const header = base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({
      aud: AUDIENCE,
      iss: `https://sts.windows.net/${tenantId}/`,
      tid: tenantId,
      oid: user.id,
      name: user.displayName,
      preferred_username: user.mail,
      scp: 'Calendars.ReadWrite Calendars.Read.Shared Place.Read.All',
      iat,
      nbf: iat,
      exp: iat + LIFETIME_SECONDS,
    }),
  );
  return `${header}.${payload}.`;
}

export interface TokenClaims {
  readonly preferredUsername: string;
  readonly exp: number;
}

/** The claims of a bearer token the emulator accepts, or null. */
export function readBearer(authorization: string | null, now: Date): TokenClaims | null {
  const match = /^Bearer\s+([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/i.exec(authorization ?? '');
  if (!match?.[2]) return null;
  try {
    const payload: unknown = JSON.parse(Buffer.from(match[2], 'base64url').toString('utf8'));
    if (typeof payload !== 'object' || payload === null) return null;
    const { aud, exp, preferred_username: user } = payload as Record<string, unknown>;
    if (aud !== AUDIENCE || typeof exp !== 'number' || typeof user !== 'string') return null;
    if (exp * 1000 <= now.getTime()) return null;
    return { preferredUsername: user.toLowerCase(), exp };
  } catch {
    return null;
  }
}
