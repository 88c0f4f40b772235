// The emulated Entra ID authority, driven as MSAL drives it: metadata, /authorize with PKCE, the
// consent page, /token with both grants, and Graph's answers to expired and challenged tokens.
import { createHash, randomBytes } from 'node:crypto';
import { createEmulator, type Emulator } from './index';
import { startEmulatorServer } from './server';
import { TENANT_ID } from './tenant';

const AUTHORITY = 'https://login.emulator.test';
const APP = '11111111-2222-4333-8444-555555555555';
const REDIRECT = 'http://localhost:3000/auth-dialog.html';
const ORIGIN = { origin: 'http://localhost:3000' };
const CP1 = JSON.stringify({ access_token: { xms_cc: { values: ['CP1'] } } });

interface Tokens {
  access_token: string;
  refresh_token: string;
  id_token: string;
  client_info: string;
  scope: string;
  expires_in: number;
}

const claimsOf = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function authorizeUrl(params: Record<string, string>): string {
  const query = new URLSearchParams({
    client_id: APP,
    redirect_uri: REDIRECT,
    response_type: 'code',
    response_mode: 'fragment',
    scope: 'Place.Read.All openid profile offline_access',
    state: 'state-1',
    nonce: 'nonce-1',
    client_info: '1',
    code_challenge_method: 'S256',
    ...params,
  });
  return `${AUTHORITY}/organizations/oauth2/v2.0/authorize?${query.toString()}`;
}

async function call(emulator: Emulator, url: string, init?: RequestInit): Promise<Response> {
  const response = await emulator.authority.handle(new Request(url, init));
  if (!response) throw new Error(`not an authority route: ${url}`);
  return response;
}

/** The user accepts the consent page; answers the redirect's fragment and the session cookie. */
async function accept(emulator: Emulator, url: string, decision = 'accept') {
  const page = await call(emulator, url);
  expect(page.status).toBe(200);
  const html = await page.text();
  const form = new URLSearchParams();
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
    form.set(
      name ?? '',
      (value ?? '').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))),
    );
  form.set('emulator_decision', decision);
  const answer = await call(emulator, `${AUTHORITY}/organizations/oauth2/v2.0/authorize`, {
    method: 'POST',
    body: form,
  });
  expect(answer.status).toBe(302);
  const location = new URL(answer.headers.get('location') ?? '');
  return {
    html,
    location,
    fragment: new URLSearchParams(location.hash.slice(1)),
    cookie: (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
  };
}

function token(emulator: Emulator, form: Record<string, string>, headers: Record<string, string> = ORIGIN) {
  return call(emulator, `${AUTHORITY}/organizations/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8', ...headers },
    body: new URLSearchParams({ client_id: APP, ...form }),
  });
}

async function signIn(emulator: Emulator, extra: Record<string, string> = {}) {
  const { verifier, challenge } = pkce();
  const redirect = await accept(emulator, authorizeUrl({ code_challenge: challenge, ...extra }));
  const response = await token(emulator, {
    grant_type: 'authorization_code',
    code: redirect.fragment.get('code') ?? '',
    redirect_uri: REDIRECT,
    code_verifier: verifier,
    scope: 'Place.Read.All openid profile offline_access',
  });
  expect(response.status).toBe(200);
  return { redirect, tokens: (await response.json()) as Tokens };
}

function graph(emulator: Emulator, accessToken: string) {
  return emulator.fetch('http://graph.emulator.test/v1.0/me?$select=mail', {
    headers: { authorization: `Bearer ${accessToken}` },
  });
}

let now: Date;
let emulator: Emulator;
const consent = (mode: string) =>
  emulator.fetch('http://graph.emulator.test/_emulator/authority', {
    method: 'POST',
    body: JSON.stringify({ consent: mode }),
  });
beforeEach(async () => {
  now = new Date('2026-03-04T07:00:00Z');
  emulator = createEmulator({ seed: 2, roomCount: 10, now: () => now });
  await consent('user');
});

describe('metadata', () => {
  it('serves OpenID metadata on its own origin, with Entra’s {tenantid} issuer for organizations', async () => {
    const response = await call(emulator, `${AUTHORITY}/organizations/v2.0/.well-known/openid-configuration`);
    const metadata = (await response.json()) as Record<string, string>;
    expect(metadata.authorization_endpoint).toBe(`${AUTHORITY}/organizations/oauth2/v2.0/authorize`);
    expect(metadata.token_endpoint).toBe(`${AUTHORITY}/organizations/oauth2/v2.0/token`);
    expect(metadata.issuer).toBe(`${AUTHORITY}/{tenantid}/v2.0`);
    const own = await call(emulator, `${AUTHORITY}/${TENANT_ID}/v2.0/.well-known/openid-configuration`);
    expect(((await own.json()) as Record<string, string>).issuer).toBe(`${AUTHORITY}/${TENANT_ID}/v2.0`);
  });

  it('answers instance discovery for its own host and ignores other tenants', async () => {
    const response = await call(emulator, `${AUTHORITY}/common/discovery/instance?api-version=1.1`);
    const body = (await response.json()) as { metadata: { aliases: string[] }[] };
    expect(body.metadata[0]?.aliases).toEqual(['login.emulator.test']);
    expect(
      await emulator.authority.handle(
        new Request(`${AUTHORITY}/contoso/v2.0/.well-known/openid-configuration`),
      ),
    ).toBeNull();
  });
});

describe('authorization code with PKCE', () => {
  it('signs in: consent page, code in the fragment with state and client_info, tokens for the code', async () => {
    const { redirect, tokens } = await signIn(emulator);
    expect(redirect.html).toContain('Place.Read.All');
    expect(redirect.location.origin + redirect.location.pathname).toBe(REDIRECT);
    expect(redirect.fragment.get('state')).toBe('state-1');
    expect(redirect.fragment.get('client_info')).toBeTruthy();
    expect(claimsOf(tokens.id_token)).toMatchObject({
      aud: APP,
      nonce: 'nonce-1',
      preferred_username: 'megan.bowen@contoso.com',
    });
    expect(tokens.scope.split(' ')).toContain('Place.Read.All');
    expect(claimsOf(tokens.access_token).scp).toBe('Place.Read.All');
    expect((await graph(emulator, tokens.access_token)).status).toBe(200);
  });

  it('refuses a code_verifier that does not match the challenge, and a code redeemed twice', async () => {
    const { challenge } = pkce();
    const redirect = await accept(emulator, authorizeUrl({ code_challenge: challenge }));
    const code = redirect.fragment.get('code') ?? '';
    const wrong = await token(emulator, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      code_verifier: pkce().verifier,
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant', error_codes: [50148] });
    const again = await token(emulator, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      code_verifier: 'x',
    });
    expect(await again.json()).toMatchObject({ error: 'invalid_grant', error_codes: [54005] });
  });

  it('requires S256 and a cross-origin (browser) token request, as for a single-page app', async () => {
    const plain = await call(
      emulator,
      authorizeUrl({ code_challenge: 'abc', code_challenge_method: 'plain' }),
    );
    expect(new URLSearchParams(new URL(plain.headers.get('location') ?? '').hash.slice(1)).get('error')).toBe(
      'invalid_request',
    );
    const noOrigin = await token(emulator, { grant_type: 'refresh_token', refresh_token: 'x' }, {});
    expect(await noOrigin.json()).toMatchObject({ error: 'invalid_request', error_codes: [9002327] });
  });

  it('shows its errors for a bad redirect URI instead of redirecting to it', async () => {
    const response = await call(
      emulator,
      authorizeUrl({ code_challenge: 'abc', redirect_uri: 'http://evil.example/' }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('AADSTS50011');
  });
});

describe('silent sign-in and consent', () => {
  it('with admin consent (the default) the user only signs in, and every Graph scope is granted', async () => {
    await consent('admin');
    const { redirect, tokens } = await signIn(emulator);
    expect(redirect.html).toContain('No new permissions');
    expect(claimsOf(tokens.access_token).scp).toContain('Calendars.ReadWrite');
  });

  it('prompt=none: login_required without a session, a code with one, consent_required for a new scope', async () => {
    const none = { prompt: 'none', code_challenge: pkce().challenge };
    const without = await call(emulator, authorizeUrl(none));
    expect(new URL(without.headers.get('location') ?? '').hash).toContain('error=login_required');
    const { redirect } = await signIn(emulator);
    const cookie = { cookie: redirect.cookie };
    const silent = await call(emulator, authorizeUrl(none), { headers: cookie });
    expect(new URL(silent.headers.get('location') ?? '').hash).toContain('code=');
    const newScope = await call(emulator, authorizeUrl({ ...none, scope: 'Calendars.ReadWrite openid' }), {
      headers: cookie,
    });
    expect(new URL(newScope.headers.get('location') ?? '').hash).toContain('error=consent_required');
  });

  it('refreshes within the consented scopes; a new scope is invalid_grant with suberror consent_required', async () => {
    const { tokens } = await signIn(emulator);
    const refreshed = await token(emulator, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
      scope: 'Place.Read.All openid',
    });
    expect(refreshed.status).toBe(200);
    const more = await token(emulator, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
      scope: 'Calendars.ReadWrite',
    });
    expect(more.status).toBe(400);
    expect(await more.json()).toMatchObject({
      error: 'invalid_grant',
      error_codes: [65001],
      suberror: 'consent_required',
    });
  });

  it('consent refused: "Need admin approval" with no way to accept; leaving it is access_denied (AADSTS65004)', async () => {
    await emulator.fetch('http://graph.emulator.test/_emulator/authority', {
      method: 'POST',
      body: JSON.stringify({ consent: 'refused' }),
    });
    const { html, fragment } = await accept(
      emulator,
      authorizeUrl({ code_challenge: pkce().challenge }),
      'cancel',
    );
    expect(html).toContain('Need admin approval');
    expect(html).not.toContain('value="accept"');
    expect(fragment.get('error')).toBe('access_denied');
    expect(fragment.get('error_description')).toMatch(/^AADSTS65004/);
  });
});

describe('token lifetime and what Graph says about it', () => {
  it('issues tokens with the configured lifetime; Graph answers 401 InvalidAuthenticationToken once expired', async () => {
    await emulator.fetch('http://graph.emulator.test/_emulator/authority', {
      method: 'POST',
      body: JSON.stringify({ tokenLifetimeSeconds: 120 }),
    });
    const { tokens } = await signIn(emulator);
    expect(tokens.expires_in).toBe(120);
    const claims = claimsOf(tokens.access_token);
    expect(Number(claims.exp) - Number(claims.iat)).toBe(120);
    now = new Date(now.getTime() + 121_000);
    const answer = await graph(emulator, tokens.access_token);
    expect(answer.status).toBe(401);
    expect(await answer.json()).toMatchObject({
      error: {
        code: 'InvalidAuthenticationToken',
        message: 'Lifetime validation failed, the token is expired.',
      },
    });
  });

  it('expires every issued token on demand; a refreshed one works', async () => {
    const { tokens } = await signIn(emulator);
    await emulator.fetch('http://graph.emulator.test/_emulator/authority/expire', { method: 'POST' });
    expect((await graph(emulator, tokens.access_token)).status).toBe(401);
    // Graph checks a batch's own token first: the whole batch is refused, not each item.
    const batch = await emulator.fetch('http://graph.emulator.test/v1.0/$batch', {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/me?$select=mail' }] }),
    });
    expect(batch.status).toBe(401);
    const refreshed = (await (
      await token(emulator, {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        scope: 'Place.Read.All',
      })
    ).json()) as Tokens;
    expect((await graph(emulator, refreshed.access_token)).status).toBe(200);
  });

  it('challenges CP1 tokens after a CAE event with insufficient_claims; a token asked for with the claims passes', async () => {
    const { tokens } = await signIn(emulator, { claims: CP1 });
    const { tokens: plain } = await signIn(emulator);
    expect(claimsOf(tokens.access_token).xms_cc).toEqual(['CP1']);
    await emulator.fetch('http://graph.emulator.test/_emulator/authority/challenge', { method: 'POST' });
    const answer = await graph(emulator, tokens.access_token);
    expect(answer.status).toBe(401);
    const header = answer.headers.get('www-authenticate') ?? '';
    expect(header).toMatch(
      /^Bearer realm="", authorization_uri="https:\/\/login\.microsoftonline\.com\/common\/oauth2\/authorize", error="insufficient_claims", claims="[A-Za-z0-9+/=]+"$/,
    );
    const challenge = JSON.parse(
      Buffer.from(/claims="([^"]+)"/.exec(header)?.[1] ?? '', 'base64').toString(),
    ) as {
      access_token: { nbf: { essential: boolean; value: string } };
    };
    expect(challenge.access_token.nbf).toEqual({
      essential: true,
      value: String(Math.floor(now.getTime() / 1000)),
    });
    // A client that did not declare CP1 gets no claims challenge (its tokens are not CAE tokens).
    expect((await graph(emulator, plain.access_token)).status).toBe(200);
    const renewed = await token(emulator, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
      scope: 'Place.Read.All',
      claims: JSON.stringify({
        access_token: { nbf: challenge.access_token.nbf, xms_cc: { values: ['CP1'] } },
      }),
    });
    expect((await graph(emulator, ((await renewed.json()) as Tokens).access_token)).status).toBe(200);
    expect(emulator.authority.log().filter((e) => e.endpoint === 'token' && e.challenge)).toHaveLength(1);
  });
});

describe('nested app authentication', () => {
  it('lets the host redeem its own session for the nested app, only with a brk-multihub:// redirect URI', async () => {
    const outlook = '22222222-3333-4444-8555-666666666666';
    const session = (await (
      await emulator.fetch('http://graph.emulator.test/_emulator/authority/broker', {
        method: 'POST',
        body: JSON.stringify({ clientId: outlook }),
      })
    ).json()) as { refresh_token: string };
    const form = {
      grant_type: 'refresh_token',
      refresh_token: session.refresh_token,
      brk_client_id: outlook,
      scope: 'Place.Read.All openid',
      claims: CP1,
    };
    const wrong = await token(emulator, { ...form, redirect_uri: 'http://localhost:3000/' });
    expect(wrong.status).toBe(400);
    await consent('admin');
    const answer = await token(emulator, { ...form, redirect_uri: 'brk-multihub://localhost:3000' });
    const tokens = (await answer.json()) as Tokens;
    expect(claimsOf(tokens.id_token).aud).toBe(APP);
    expect(claimsOf(tokens.access_token)).toMatchObject({ appid: APP, xms_cc: ['CP1'] });
    expect((await graph(emulator, tokens.access_token)).status).toBe(200);
  });
});

describe('over HTTPS', () => {
  it('serves the authority with CORS for the pane’s origin, MSAL’s x-client-* headers included', async () => {
    const running = await startEmulatorServer({ port: 0, authorityPort: 0, seed: 2, roomCount: 5 });
    try {
      expect(running.authorityUrl).toMatch(/^https:\/\/localhost:\d+$/);
      const { request } = await import('node:https');
      const preflight = await new Promise<{ status: number; headers: Record<string, unknown> }>(
        (resolve, reject) => {
          const req = request(
            `${running.authorityUrl ?? ''}/organizations/oauth2/v2.0/token`,
            {
              method: 'OPTIONS',
              rejectUnauthorized: false,
              headers: {
                origin: 'http://localhost:3000',
                'access-control-request-method': 'POST',
                'access-control-request-headers':
                  'content-type,x-client-current-telemetry,x-client-last-telemetry',
              },
            },
            (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers }),
          );
          req.on('error', reject);
          req.end();
        },
      );
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:3000');
      expect(preflight.headers['access-control-allow-headers']).toContain('x-client-current-telemetry');
    } finally {
      await running.close();
    }
  });
});
