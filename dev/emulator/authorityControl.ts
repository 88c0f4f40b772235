// Control routes for the emulated authority, under /_emulator/authority: its settings (consent
// refused, token lifetime), forcing every issued token past its lifetime, a continuous access
// evaluation event (claims challenges on Graph), the simulated Outlook's own session (the NAA
// broker's refresh token), and the log of what was asked of it.
import type { Authority } from './authority';
import { graphError, isRecord, json, readJson, type EmulatorContext } from './http';

export async function authorityControl(
  ctx: EmulatorContext,
  authority: Authority,
  method: string,
  rest: readonly string[],
  request: Request,
): Promise<Response> {
  const [action] = rest;
  if (!action && method === 'POST') {
    const body = await readJson(request);
    if (!isRecord(body)) return graphError(ctx, 400, 'BadRequest', 'Expected a JSON object.');
    const { consent, tokenLifetimeSeconds: lifetime } = body;
    if (consent !== undefined && consent !== 'admin' && consent !== 'user' && consent !== 'refused')
      return graphError(ctx, 400, 'BadRequest', 'consent is "admin", "user" or "refused".');
    if (
      lifetime !== undefined &&
      !(typeof lifetime === 'number' && Number.isInteger(lifetime) && lifetime > 0)
    )
      return graphError(ctx, 400, 'BadRequest', 'tokenLifetimeSeconds is a positive whole number.');
    return json(
      ctx,
      200,
      authority.configure({
        ...(consent ? { consent } : {}),
        ...(typeof lifetime === 'number' ? { tokenLifetimeSeconds: lifetime } : {}),
      }),
    );
  }
  if (action === 'expire' && method === 'POST') return json(ctx, 200, { expired: authority.expireTokens() });
  if (action === 'challenge' && method === 'POST')
    return json(ctx, 200, { challenged: authority.challengeTokens() });
  if (action === 'broker' && method === 'POST') {
    const body = await readJson(request);
    const clientId = isRecord(body) ? body.clientId : undefined;
    if (typeof clientId !== 'string' || clientId === '')
      return graphError(ctx, 400, 'BadRequest', 'clientId names the host (broker) app.');
    return json(ctx, 200, { refresh_token: authority.brokerSession(clientId) });
  }
  if (action === 'log' && method === 'GET') return json(ctx, 200, { value: authority.log() });
  return graphError(
    ctx,
    404,
    'NotFound',
    `No emulator control route ${method} /_emulator/authority/${rest.join('/')}.`,
  );
}
