// An emulated Microsoft Entra ID authority (the v2.0 endpoints a single-page app uses), so that the
// product's own MSAL sign-in runs against it: OpenID metadata, /authorize with PKCE (S256), /token
// (authorization_code and refresh_token grants), tokens that expire, incremental consent, consent
// refused, and what Graph answers for expired, revoked or challenged tokens. Served over HTTPS by
// server.ts because MSAL refuses any authority that is not https.
//   Protocol: https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow
//   Metadata: https://learn.microsoft.com/entra/identity-platform/v2-protocols-oidc
//   Claims challenges: https://learn.microsoft.com/entra/identity-platform/claims-challenge
//   Error codes: https://learn.microsoft.com/entra/identity-platform/reference-error-codes
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { consentPage, errorPage } from './authorityPages';
import { issueToken, parseBearer, unsignedJwt, type TokenUser } from './tokens';

/** Graph's delegated scopes the emulated tenant knows; OIDC scopes are granted with them. */
const GRAPH_SCOPES = ['Calendars.ReadWrite', 'Calendars.Read.Shared', 'Place.Read.All', 'User.Read'];
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);
const GRAPH_PREFIX = 'https://graph.microsoft.com/';
const CODE_LIFETIME_MS = 10 * 60_000;
/** A single-page app's refresh token lives 24 hours (learn.microsoft.com/entra/identity-platform/refresh-tokens). */
const SPA_REFRESH_LIFETIME_S = 24 * 3600;
const SESSION_COOKIE = 'emulator_estsauth';

export interface AuthorityOptions {
  readonly tenantId: string;
  readonly findUser: (mail: string) => TokenUser | undefined;
  /** The user who signs in at the authority's page (the emulated tenant's demo user). */
  readonly signInUser: string;
  readonly now: () => Date;
  readonly tokenLifetimeSeconds?: number;
}

export interface AuthoritySettings {
  /**
   * `admin`: an admin granted the app's permissions for the organisation, users only sign in;
   * `user`: each user consents on the prompt, scope by scope (incremental consent);
   * `refused`: the tenant allows no user consent and no admin has consented.
   */
  readonly consent: 'admin' | 'user' | 'refused';
  readonly tokenLifetimeSeconds: number;
}

export interface AuthorityLogEntry {
  readonly endpoint: 'authorize' | 'token';
  readonly grantType?: string;
  readonly prompt?: string;
  /** A claims request came with it (MSAL sends one for CP1 on every request). */
  readonly claims: boolean;
  /** The claims answer a challenge (they name access_token nbf or acrs). */
  readonly challenge: boolean;
  readonly outcome: string;
}

/** What Graph makes of a bearer token. */
export type AccessCheck =
  | { readonly ok: true; readonly user: string }
  | { readonly ok: false; readonly reason: 'invalid' | 'expired' }
  | { readonly ok: false; readonly reason: 'challenge'; readonly claims: string };

interface CodeGrant {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly challenge: string;
  readonly user: string;
  readonly nonce: string | null;
  readonly capabilities: readonly string[];
  readonly expiresAt: number;
}

interface RefreshGrant {
  readonly clientId: string;
  readonly user: string;
  readonly capabilities: readonly string[];
  readonly expiresAt: number;
}

const sha256url = (value: string) => createHash('sha256').update(value).digest('base64url');
const opaque = () => randomBytes(32).toString('base64url');

/** The capabilities a `claims` request declares (`{"access_token":{"xms_cc":{"values":["CP1"]}}}`). */
function claimsRequest(raw: string | null): { capabilities: string[]; challenged: boolean } {
  if (!raw) return { capabilities: [], challenged: false };
  try {
    const parsed = JSON.parse(raw) as { access_token?: Record<string, { values?: unknown }> };
    const values = parsed.access_token?.xms_cc?.values;
    return {
      capabilities: Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : [],
      challenged: Boolean(
        parsed.access_token && ('nbf' in parsed.access_token || 'acrs' in parsed.access_token),
      ),
    };
  } catch {
    return { capabilities: [], challenged: false };
  }
}

export function createAuthority(options: AuthorityOptions) {
  const defaults: AuthoritySettings = {
    consent: 'admin',
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
  };
  let settings = defaults;
  const codes = new Map<string, CodeGrant>();
  const refreshTokens = new Map<string, RefreshGrant>();
  const sessions = new Map<string, string>();
  /** Granted Graph scopes per `user|client`. */
  const consents = new Map<string, Set<string>>();
  const issued = new Set<string>();
  const expired = new Set<string>();
  const challenged = new Set<string>();
  let challengeNbf = 0;
  const log: AuthorityLogEntry[] = [];

  const nowSeconds = () => Math.floor(options.now().getTime() / 1000);
  const consentKey = (user: string, clientId: string) => `${user}|${clientId.toLowerCase()}`;
  const granted = (user: string, clientId: string): Set<string> =>
    settings.consent === 'admin'
      ? new Set(GRAPH_SCOPES)
      : (consents.get(consentKey(user, clientId)) ?? new Set());

  function scopesOf(raw: string | null): { graph: string[]; unknown: string[] } {
    const graph: string[] = [];
    const unknown: string[] = [];
    for (const scope of (raw ?? '').split(' ').filter(Boolean)) {
      if (OIDC_SCOPES.has(scope.toLowerCase())) continue;
      const short = scope.startsWith(GRAPH_PREFIX) ? scope.slice(GRAPH_PREFIX.length) : scope;
      const known = GRAPH_SCOPES.find((s) => s.toLowerCase() === short.toLowerCase());
      if (known) graph.push(known);
      else if (short !== '.default') unknown.push(scope);
    }
    return { graph, unknown };
  }

  /** Entra's token-endpoint error body. */
  /** AADSTS50034: a grant names a user the tenant no longer has. */
  const NO_SUCH_USER = () => tokenError(400, 'invalid_grant', 50034, 'The user account does not exist.');

  function tokenError(status: number, error: string, code: number, description: string, suberror?: string) {
    const traceId = randomUUID();
    const timestamp = options
      .now()
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, 'Z');
    return new Response(
      JSON.stringify({
        error,
        error_description: `AADSTS${code}: ${description} Trace ID: ${traceId} Timestamp: ${timestamp}`,
        error_codes: [code],
        timestamp,
        trace_id: traceId,
        correlation_id: randomUUID(),
        error_uri: `https://login.microsoftonline.com/error?code=${code}`,
        ...(suberror ? { suberror } : {}),
      }),
      { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } },
    );
  }

  function metadata(origin: string, tenant: string): Response {
    const base = `${origin}/${tenant}`;
    const issuerTenant = tenant === 'organizations' || tenant === 'common' ? '{tenantid}' : options.tenantId;
    return Response.json({
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${origin}/${tenant}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${origin}/${issuerTenant}/v2.0`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: [
        'sub',
        'iss',
        'aud',
        'exp',
        'iat',
        'nonce',
        'preferred_username',
        'name',
        'tid',
        'oid',
      ],
      kerberos_endpoint: `${base}/kerberos`,
      tenant_region_scope: 'EU',
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
      rbac_url: 'https://pas.windows.net',
    });
  }

  /** Instance discovery, as login.microsoftonline.com/common/discovery/instance answers it. */
  function instanceDiscovery(origin: string, url: URL): Response {
    const host = new URL(origin).host;
    const endpoint =
      url.searchParams.get('authorization_endpoint') ?? `${origin}/common/oauth2/v2.0/authorize`;
    const tenant = new URL(endpoint).pathname.split('/').filter(Boolean)[0] ?? 'common';
    return Response.json({
      tenant_discovery_endpoint: `${origin}/${tenant}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    });
  }

  function redirect(params: URLSearchParams, answer: Record<string, string>): Response {
    const target = new URL(params.get('redirect_uri') ?? '');
    const values = new URLSearchParams(answer);
    const state = params.get('state');
    if (state) values.set('state', state);
    if (params.get('response_mode') === 'query') {
      values.forEach((value, key) => target.searchParams.set(key, value));
    } else {
      target.hash = values.toString();
    }
    return new Response(null, {
      status: 302,
      headers: { location: target.toString(), 'cache-control': 'no-store' },
    });
  }

  function redirectError(params: URLSearchParams, error: string, description: string, extra = {}): Response {
    return redirect(params, { error, error_description: description, ...extra });
  }

  function clientInfo(user: TokenUser): string {
    return Buffer.from(JSON.stringify({ uid: user.id, utid: options.tenantId })).toString('base64url');
  }

  function issueCode(params: URLSearchParams, user: TokenUser): Response {
    const code = opaque();
    codes.set(code, {
      clientId: params.get('client_id') ?? '',
      redirectUri: params.get('redirect_uri') ?? '',
      challenge: params.get('code_challenge') ?? '',
      user: user.mail,
      nonce: params.get('nonce'),
      capabilities: claimsRequest(params.get('claims')).capabilities,
      expiresAt: options.now().getTime() + CODE_LIFETIME_MS,
    });
    return redirect(params, {
      code,
      ...(params.get('client_info') === '1' ? { client_info: clientInfo(user) } : {}),
      session_state: randomUUID(),
    });
  }

  function sessionUser(request: Request): string | null {
    const cookie = request.headers.get('cookie') ?? '';
    const id = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`).exec(cookie)?.[1];
    return id ? (sessions.get(id) ?? null) : null;
  }

  async function authorize(request: Request, url: URL, tenant: string): Promise<Response> {
    const params = new URLSearchParams(url.search);
    if (request.method.toUpperCase() === 'POST') {
      new URLSearchParams(await request.text()).forEach((value, key) => params.set(key, value));
    }
    const clientId = params.get('client_id') ?? '';
    const redirectUri = params.get('redirect_uri') ?? '';
    // A bad client or redirect URI is shown on Entra's page, never redirected to (the URI is untrusted).
    if (!/^[0-9a-f-]{36}$/i.test(clientId))
      return errorPage(400, 'AADSTS700016', `Application with identifier '${clientId}' was not found.`);
    let redirectUrl: URL | null = null;
    try {
      redirectUrl = new URL(redirectUri);
    } catch {
      redirectUrl = null;
    }
    if (!redirectUrl || !(redirectUrl.protocol === 'https:' || redirectUrl.hostname === 'localhost'))
      return errorPage(
        400,
        'AADSTS50011',
        'The redirect URI specified in the request does not match the redirect URIs configured for the application.',
      );
    const prompt = params.get('prompt') ?? undefined;
    const claims = Boolean(params.get('claims'));
    const done = (outcome: string, response: Response) => {
      const challenge = claimsRequest(params.get('claims')).challenged;
      log.push({ endpoint: 'authorize', ...(prompt ? { prompt } : {}), claims, challenge, outcome });
      return response;
    };
    if (params.get('response_type') !== 'code')
      return done(
        'unsupported_response_type',
        redirectError(params, 'unsupported_response_type', 'AADSTS70005: response_type is not supported.'),
      );
    if (!params.get('code_challenge') || params.get('code_challenge_method') !== 'S256')
      return done(
        'invalid_request',
        redirectError(
          params,
          'invalid_request',
          'AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.',
        ),
      );
    const scopes = scopesOf(params.get('scope'));
    if (scopes.unknown.length > 0)
      return done(
        'invalid_scope',
        redirectError(
          params,
          'invalid_scope',
          `AADSTS70011: The provided value for the input parameter 'scope' is not valid. The scope ${scopes.unknown.join(' ')} is not valid.`,
        ),
      );
    const user = options.findUser(options.signInUser);
    if (!user) return errorPage(500, 'AADSTS50034', 'The user account does not exist in this directory.');
    const have = granted(user.mail, clientId);
    const needsConsent = scopes.graph.some((s) => !have.has(s));
    const session = sessionUser(request);
    const decision = request.method.toUpperCase() === 'POST' ? params.get('emulator_decision') : null;

    if (decision === 'cancel') {
      // What Entra sends back when the user declines the consent prompt or leaves "Need admin approval".
      return done(
        'access_denied',
        redirectError(params, 'access_denied', 'AADSTS65004: User declined to consent to access the app.', {
          error_subcode: 'cancel',
        }),
      );
    }
    if (decision === 'accept' && settings.consent !== 'refused') {
      const set = new Set([...have, ...scopes.graph]);
      consents.set(consentKey(user.mail, clientId), set);
      const id = opaque();
      sessions.set(id, user.mail);
      const response = issueCode(params, user);
      response.headers.append(
        'set-cookie',
        `${SESSION_COOKIE}=${id}; Path=/; Secure; HttpOnly; SameSite=None`,
      );
      return done('code', response);
    }
    if (prompt === 'none') {
      if (!session)
        return done(
          'login_required',
          redirectError(
            params,
            'login_required',
            'AADSTS50058: A silent sign-in request was sent but no user is signed in.',
          ),
        );
      if (needsConsent)
        return done(
          'consent_required',
          redirectError(
            params,
            'consent_required',
            `AADSTS65001: The user or administrator has not consented to use the application with ID '${clientId}'.`,
          ),
        );
      return done('code', issueCode(params, user));
    }
    if (session && !needsConsent && prompt !== 'login' && prompt !== 'consent' && prompt !== 'select_account')
      return done('code', issueCode(params, user));
    const hidden: Record<string, string> = {};
    params.forEach((value, key) => {
      if (key !== 'emulator_decision') hidden[key] = value;
    });
    return done(
      'page',
      consentPage({
        action: `${url.origin}/${tenant}/oauth2/v2.0/authorize`,
        hidden,
        user: { name: user.displayName, mail: user.mail },
        scopes: scopes.graph.filter((s) => !have.has(s)),
        refused: settings.consent === 'refused',
      }),
    );
  }

  function tokens(
    origin: string,
    grant: { clientId: string; user: TokenUser; capabilities: readonly string[]; nonce: string | null },
  ): Response {
    const scopes = [...granted(grant.user.mail, grant.clientId)];
    const now = options.now();
    const iat = Math.floor(now.getTime() / 1000);
    const lifetime = settings.tokenLifetimeSeconds;
    const accessToken = issueToken(grant.user, options.tenantId, now, {
      lifetimeSeconds: lifetime,
      scopes,
      clientId: grant.clientId,
      capabilities: grant.capabilities,
    });
    const uti = parseBearer(`Bearer ${accessToken}`)?.uti;
    if (uti) issued.add(uti);
    const refreshToken = opaque();
    refreshTokens.set(refreshToken, {
      clientId: grant.clientId,
      user: grant.user.mail,
      capabilities: grant.capabilities,
      expiresAt: iat + SPA_REFRESH_LIFETIME_S,
    });
    const idToken = unsignedJwt({
      ver: '2.0',
      iss: `${origin}/${options.tenantId}/v2.0`,
      sub: createHash('sha256').update(`${grant.user.id}|${grant.clientId}`).digest('base64url'),
      aud: grant.clientId,
      exp: iat + 3600,
      iat,
      nbf: iat,
      name: grant.user.displayName,
      preferred_username: grant.user.mail,
      oid: grant.user.id,
      tid: options.tenantId,
      ...(grant.nonce ? { nonce: grant.nonce } : {}),
    });
    return new Response(
      JSON.stringify({
        token_type: 'Bearer',
        scope: [...scopes, 'openid', 'profile', 'email'].join(' '),
        expires_in: lifetime,
        ext_expires_in: lifetime,
        access_token: accessToken,
        refresh_token: refreshToken,
        refresh_token_expires_in: SPA_REFRESH_LIFETIME_S,
        id_token: idToken,
        client_info: Buffer.from(JSON.stringify({ uid: grant.user.id, utid: options.tenantId })).toString(
          'base64url',
        ),
      }),
      {
        status: 200,
        headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
      },
    );
  }

  async function token(request: Request, origin: string): Promise<Response> {
    const form = new URLSearchParams(await request.text());
    const grantType = form.get('grant_type') ?? '';
    const claims = claimsRequest(form.get('claims'));
    const done = (outcome: string, response: Response) => {
      log.push({
        endpoint: 'token',
        grantType,
        claims: Boolean(form.get('claims')),
        challenge: claims.challenged,
        outcome,
      });
      return response;
    };
    // A single-page app's tokens are redeemed only cross-origin, by the browser.
    if (!request.headers.get('origin'))
      return done(
        'invalid_request',
        tokenError(
          400,
          'invalid_request',
          9002327,
          "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.",
        ),
      );
    const clientId = form.get('client_id') ?? '';
    if (grantType === 'authorization_code') {
      const code = form.get('code') ?? '';
      const grant = codes.get(code);
      codes.delete(code);
      if (!grant || grant.expiresAt < options.now().getTime() || grant.clientId !== clientId)
        return done(
          'invalid_grant',
          tokenError(
            400,
            'invalid_grant',
            54005,
            'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
          ),
        );
      if (grant.redirectUri !== form.get('redirect_uri'))
        return done(
          'invalid_grant',
          tokenError(
            400,
            'invalid_grant',
            50011,
            'The redirect URI specified in the request does not match the redirect URI used for the authorization code.',
          ),
        );
      const verifier = form.get('code_verifier') ?? '';
      if (!verifier || sha256url(verifier) !== grant.challenge)
        return done(
          'invalid_grant',
          tokenError(
            400,
            'invalid_grant',
            50148,
            'The code_verifier does not match the code_challenge supplied in the authorization request for PKCE.',
          ),
        );
      const user = options.findUser(grant.user);
      if (!user) return done('invalid_grant', NO_SUCH_USER());
      return done(
        'tokens',
        tokens(origin, { clientId, user, capabilities: grant.capabilities, nonce: grant.nonce }),
      );
    }
    if (grantType === 'refresh_token') {
      const grant = refreshTokens.get(form.get('refresh_token') ?? '');
      // Nested app authentication: the host (the broker) redeems its own refresh token for the nested
      // app, naming itself in brk_client_id and the app's brk-multihub:// redirect URI
      // (https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in).
      const broker = form.get('brk_client_id');
      const owner = broker ?? clientId;
      if (broker && !(form.get('redirect_uri') ?? '').startsWith('brk-multihub://'))
        return done(
          'invalid_request',
          tokenError(
            400,
            'invalid_request',
            50011,
            'The redirect URI of a brokered request must be brk-multihub://.',
          ),
        );
      if (!grant || grant.clientId !== owner || grant.expiresAt < nowSeconds())
        return done(
          'invalid_grant',
          tokenError(
            400,
            'invalid_grant',
            700084,
            'The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00, which cannot be extended.',
          ),
        );
      const user = options.findUser(grant.user);
      if (!user) return done('invalid_grant', NO_SUCH_USER());
      const wanted = scopesOf(form.get('scope'));
      const have = granted(user.mail, clientId);
      if (wanted.unknown.length > 0)
        return done(
          'invalid_scope',
          tokenError(
            400,
            'invalid_scope',
            70011,
            "The provided value for the input parameter 'scope' is not valid.",
          ),
        );
      if (wanted.graph.some((s) => !have.has(s)))
        return done(
          'consent_required',
          tokenError(
            400,
            'invalid_grant',
            65001,
            `The user or administrator has not consented to use the application with ID '${clientId}'.`,
            'consent_required',
          ),
        );
      const capabilities = claims.capabilities.length > 0 ? claims.capabilities : grant.capabilities;
      return done('tokens', tokens(origin, { clientId, user, capabilities, nonce: null }));
    }
    return done(
      'unsupported_grant_type',
      tokenError(400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.'),
    );
  }

  return {
    /** An authority request (below the authority's own origin), or null when the path is not one. */
    async handle(request: Request): Promise<Response | null> {
      const url = new URL(request.url);
      const [tenant, a, b, c, d] = url.pathname.split('/').filter(Boolean);
      const method = request.method.toUpperCase();
      if (!tenant) return null;
      if (a === 'discovery' && b === 'instance' && method === 'GET')
        return instanceDiscovery(url.origin, url);
      const knownTenant = [options.tenantId, 'organizations', 'common'].includes(tenant.toLowerCase());
      if (!knownTenant) return null;
      if (a === 'v2.0' && b === '.well-known' && c === 'openid-configuration' && method === 'GET')
        return metadata(url.origin, tenant);
      if (a === 'discovery' && b === 'v2.0' && c === 'keys' && method === 'GET')
        return Response.json({ keys: [] });
      if (
        a === 'oauth2' &&
        b === 'v2.0' &&
        c === 'authorize' &&
        !d &&
        (method === 'GET' || method === 'POST')
      )
        return authorize(request, url, tenant);
      if (a === 'oauth2' && b === 'v2.0' && c === 'token' && method === 'POST')
        return token(request, url.origin);
      return null;
    },

    /** Graph's view of a bearer token: valid, expired, revoked under CAE (a claims challenge), or invalid. */
    checkAccess(authorization: string | null, now: Date): AccessCheck {
      const claims = parseBearer(authorization);
      if (!claims) return { ok: false, reason: 'invalid' };
      if (claims.exp * 1000 <= now.getTime() || expired.has(claims.uti))
        return { ok: false, reason: 'expired' };
      // Graph sends claims challenges only to clients that declared CP1 (learn.microsoft.com/entra/identity-platform/claims-challenge).
      if (challenged.has(claims.uti) && claims.capabilities.includes('CP1')) {
        const json = JSON.stringify({
          access_token: { nbf: { essential: true, value: String(challengeNbf) } },
        });
        return { ok: false, reason: 'challenge', claims: Buffer.from(json).toString('base64') };
      }
      return { ok: true, user: claims.preferredUsername };
    },

    configure(change: Partial<AuthoritySettings>): AuthoritySettings {
      settings = { ...settings, ...change };
      return settings;
    },
    /** Every access token issued so far is past its lifetime, as if the clock had run on. */
    expireTokens(): number {
      issued.forEach((uti) => expired.add(uti));
      return expired.size;
    },
    /** Outlook's own sign-in, done long before the add-in opens: a refresh token for the host (broker) app. */
    brokerSession(brokerClientId: string): string {
      const refreshToken = opaque();
      refreshTokens.set(refreshToken, {
        clientId: brokerClientId,
        user: options.signInUser,
        capabilities: [],
        expiresAt: nowSeconds() + SPA_REFRESH_LIFETIME_S,
      });
      return refreshToken;
    },
    /** A critical event under continuous access evaluation: tokens issued so far must be renewed with claims. */
    challengeTokens(): number {
      challengeNbf = nowSeconds();
      issued.forEach((uti) => challenged.add(uti));
      return challenged.size;
    },
    log: (): readonly AuthorityLogEntry[] => log,
    reset(): void {
      settings = defaults;
      [codes, refreshTokens, sessions, consents].forEach((map) => map.clear());
      [issued, expired, challenged].forEach((set) => set.clear());
      log.length = 0;
    },
  };
}

export type Authority = ReturnType<typeof createAuthority>;
