// Tokens for the demo and tests: the local emulator's token endpoint stands in for Entra ID. This is
// not a Graph call, so it lives here and not in src/graph. Tokens are held in memory only.
import { RoombookError } from '../core/errors';
import type { TokenProvider } from '../core/ports';

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** Seconds before expiry at which a cached token is no longer handed out. */
const EXPIRY_MARGIN_S = 60;

function expiryOf(token: string): number {
  try {
    const payload = JSON.parse(atob((token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/'))) as {
      exp?: unknown;
    };
    return typeof payload.exp === 'number' ? payload.exp : 0;
  } catch {
    return 0;
  }
}

export function createEmulatorTokenProvider(options: {
  tokenUrl: string;
  user?: string;
  fetch?: Fetch;
  now?: () => number;
}): TokenProvider {
  const fetchToken = options.fetch ?? ((input, init) => fetch(input, init));
  const now = options.now ?? Date.now;
  let cached: { token: string; exp: number } | null = null;
  return {
    async getToken() {
      if (cached && cached.exp - EXPIRY_MARGIN_S > now() / 1000) return cached.token;
      const url = options.user
        ? `${options.tokenUrl}?user=${encodeURIComponent(options.user)}`
        : options.tokenUrl;
      let response: Response;
      try {
        response = await fetchToken(url);
      } catch (cause) {
        throw new RoombookError('network', 'The sign-in service could not be reached.', { cause });
      }
      if (!response.ok)
        throw new RoombookError('unauthorized', `The sign-in service answered ${response.status}.`);
      const body = (await response.json()) as { access_token?: unknown };
      if (typeof body.access_token !== 'string')
        throw new RoombookError('invalidResponse', 'The sign-in service returned no token.');
      cached = { token: body.access_token, exp: expiryOf(body.access_token) };
      return cached.token;
    },
    async signOut() {
      cached = null;
    },
  };
}
