// The emulated authority behind node:https (MSAL accepts only https authorities), with a
// self-signed certificate for localhost made at start. Browsers must be told to trust it: the
// browser tests ignore certificate errors for it; a person running the demo opens its URL once.
// CORS as Entra's token endpoint allows it for single-page apps, including MSAL's x-client-* headers.
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import type { Authority } from './authority';
import { toRequest } from './server';

let certificate: Promise<{ key: string; cert: string }> | null = null;

function localhostCertificate(): Promise<{ key: string; cert: string }> {
  certificate ??= generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    notAfterDate: new Date(Date.now() + 30 * 86_400_000),
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  }).then((pems) => ({ key: pems.private, cert: pems.cert }));
  return certificate;
}

function corsHeaders(origin: string | undefined, requested: string | undefined): Record<string, string> {
  if (!origin) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    ...(requested ? { 'Access-Control-Allow-Headers': requested } : {}),
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

export async function startAuthorityServer(
  authority: Authority,
  options: { port: number; host: string },
): Promise<{ url: string; close(): Promise<void> }> {
  const { key, cert } = await localhostCertificate();
  let origin = '';
  const server: Server = createServer({ key, cert }, (message, res) => {
    const cors = corsHeaders(message.headers.origin, message.headers['access-control-request-headers']);
    if (message.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    void (async () => {
      const response = await authority.handle(await toRequest(message, origin));
      if (!response) {
        res.writeHead(404, { 'content-type': 'text/plain', ...cors }).end('Not an authority route.');
        return;
      }
      const headers: Record<string, string | string[]> = { ...cors };
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') headers[name] = value;
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) headers['set-cookie'] = cookies;
      res.writeHead(response.status, headers).end(Buffer.from(await response.arrayBuffer()));
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `https://localhost:${port}`;
  return {
    url: origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
