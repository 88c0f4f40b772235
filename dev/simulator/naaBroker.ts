// Nested app authentication as Outlook provides it: `window.nestedAppAuthBridge` in the add-in's
// frame, speaking the JSON envelopes MSAL's own source defines (@azure/msal-browser src/naa:
// BridgeRequestEnvelope, BridgeResponseEnvelope, TokenRequest/TokenResponse, BridgeError,
// BridgeStatusCode), and a broker in the host page that holds Outlook's own session with the
// authority and redeems it for the nested app (brk_client_id, brk-multihub:// redirect URI), as in
// https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in.
// The broker never sees the add-in's code: it answers only what the envelope asks.

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;
type Listener = (response: string) => void;

/** The simulated Outlook's own app registration (the broker). */
export const OUTLOOK_CLIENT_ID = 'b0a8c4d1-7e2f-4a36-9c5b-3d1e0f2a4b68';

interface TokenParams {
  readonly clientId: string;
  readonly authority?: string;
  readonly scope: string;
  readonly claims?: string;
}

interface Envelope {
  readonly messageType: 'NestedAppAuthRequest';
  readonly method: 'GetToken' | 'GetInitContext' | 'GetTokenPopup';
  readonly requestId: string;
  readonly tokenParams?: TokenParams;
}

export interface NaaBroker {
  /** One bridge request (a JSON envelope) to its JSON response envelope. */
  handle(request: string): Promise<string>;
}

const claimsOf = (jwt: string): Record<string, unknown> => {
  const part = (jwt.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(atob(part)) as Record<string, unknown>;
};

export function createNaaBroker(options: {
  /** The authority Outlook signs in with and reports to the add-in (the emulator's). */
  readonly authority: string;
  /**
   * Where the broker posts its token requests: the same authority on the emulator's own origin, so
   * the demo's silent path needs no trust in the authority's self-signed certificate.
   */
  readonly tokenEndpoint: string;
  /** The emulator's control origin, where Outlook's earlier sign-in is fetched from. */
  readonly emulatorUrl: string;
  readonly fetch: Fetch;
}): NaaBroker {
  let session: Promise<string> | null = null;
  const outlookSession = () =>
    (session ??= options
      .fetch(`${options.emulatorUrl}/_emulator/authority/broker`, {
        method: 'POST',
        body: JSON.stringify({ clientId: OUTLOOK_CLIENT_ID }),
      })
      .then(async (r) => ((await r.json()) as { refresh_token: string }).refresh_token));

  async function token(params: TokenParams) {
    const authority = (params.authority ?? options.authority).replace(/\/+$/, '');
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: params.clientId,
      brk_client_id: OUTLOOK_CLIENT_ID,
      brk_redirect_uri: window.location.origin,
      redirect_uri: `brk-multihub://${window.location.host}`,
      refresh_token: await outlookSession(),
      scope: params.scope,
      ...(params.claims ? { claims: params.claims } : {}),
    });
    const response = await options.fetch(options.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
      body: form,
    });
    const body = (await response.json()) as Record<string, unknown>;
    if (!response.ok) {
      const subError = typeof body.suberror === 'string' ? body.suberror : undefined;
      const interaction = body.error === 'interaction_required' || subError === 'consent_required';
      return {
        success: false,
        error: {
          status: interaction ? 'USER_INTERACTION_REQUIRED' : 'PERSISTENT_ERROR',
          code: String(body.error),
          ...(subError ? { subError } : {}),
          description: String(body.error_description ?? ''),
        },
      };
    }
    const idToken = String(body.id_token);
    const claims = claimsOf(idToken);
    const tenantId = String(claims.tid);
    const oid = String(claims.oid);
    return {
      success: true,
      token: {
        access_token: String(body.access_token),
        expires_in: Number(body.expires_in),
        id_token: idToken,
        scope: String(body.scope),
        properties: null,
        authority,
      },
      account: {
        homeAccountId: `${oid}.${tenantId}`,
        environment: new URL(authority).host,
        tenantId,
        username: String(claims.preferred_username),
        localAccountId: oid,
        name: String(claims.name),
        idTokenClaims: claims,
      },
    };
  }

  return {
    async handle(raw) {
      const request = JSON.parse(raw) as Envelope;
      const reply = (body: object) =>
        JSON.stringify({ messageType: 'NestedAppAuthResponse', requestId: request.requestId, ...body });
      if (request.method === 'GetInitContext') {
        return reply({
          success: true,
          initContext: {
            sdkName: 'Outlook simulator',
            sdkVersion: '1.0.0',
            capabilities: { queryAccount: false },
          },
        });
      }
      if (!request.tokenParams) return reply({ success: false, error: { status: 'PERSISTENT_ERROR' } });
      if (request.method === 'GetTokenPopup') {
        // Outlook's own consent prompt is not simulated: the authority's consent mode decides.
        return reply({
          success: false,
          error: { status: 'USER_INTERACTION_REQUIRED', code: 'interaction_required' },
        });
      }
      try {
        return reply(await token(request.tokenParams));
      } catch {
        return reply({ success: false, error: { status: 'NO_NETWORK' } });
      }
    },
  };
}

/** The bridge object MSAL looks for on the add-in's window (src/naa/AuthBridge.ts). */
export function createNaaBridge(broker: NaaBroker) {
  const listeners = new Set<Listener>();
  return {
    addEventListener: (_event: string, listener: Listener) => listeners.add(listener),
    removeEventListener: (_event: string, listener: Listener) => listeners.delete(listener),
    postMessage: (message: string) => {
      void broker.handle(message).then((response) => listeners.forEach((listener) => listener(response)));
    },
  };
}
