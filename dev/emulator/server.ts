// The emulator behind node:http, for the demo and browser tests. Graph allows browsers (CORS), so
// the task pane calls it exactly as it would call graph.microsoft.com.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startAuthorityServer } from './authorityServer';
import { createEmulator, type Emulator, type EmulatorOptions } from './index';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers':
    'Authorization, Content-Type, Prefer, If-Match, ConsistencyLevel, client-request-id',
  'Access-Control-Expose-Headers':
    'request-id, client-request-id, Retry-After, ETag, WWW-Authenticate, Preference-Applied',
  'Access-Control-Max-Age': '600',
};

export async function toRequest(
  message: IncomingMessage,
  origin: string,
  signal?: AbortSignal,
): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  const hasBody = chunks.length > 0 && !['GET', 'HEAD'].includes(message.method ?? 'GET');
  return new Request(new URL(message.url ?? '/', origin), {
    method: message.method ?? 'GET',
    headers,
    ...(signal ? { signal } : {}),
    ...(hasBody ? { body: Buffer.concat(chunks) } : {}),
  });
}

async function respond(
  emulator: Emulator,
  message: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<void> {
  if (message.method === 'OPTIONS') {
    // Graph's own preflights are counted (the benchmark's browser run); the control routes' are not.
    if (message.url?.toLowerCase().startsWith('/v1.0/')) emulator.recordPreflight(message.url);
    res.writeHead(204, CORS).end();
    return;
  }
  try {
    // The client giving up (the connection closes before the answer) aborts the request, so a
    // hanging fault ends.
    const closed = new AbortController();
    res.once('close', () => closed.abort());
    const response = await emulator.handle(await toRequest(message, origin, closed.signal));
    const headers: Record<string, string> = { ...CORS };
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    res.writeHead(response.status, headers).end(Buffer.from(await response.arrayBuffer()));
  } catch {
    // An injected connection drop: close the socket without an answer, as a failing network would.
    res.socket?.destroy();
  }
}

export interface RunningEmulator {
  readonly url: string;
  /** The emulated Entra ID authority's HTTPS origin, when an authorityPort was given. */
  readonly authorityUrl: string | null;
  readonly emulator: Emulator;
  close(): Promise<void>;
}

export async function startEmulatorServer(
  options: { port: number; host?: string; authorityPort?: number } & EmulatorOptions,
): Promise<RunningEmulator> {
  const emulator = createEmulator(options);
  const host = options.host ?? '127.0.0.1';
  let origin = '';
  const server = createServer((message, res) => void respond(emulator, message, res, origin));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  const authority =
    options.authorityPort === undefined
      ? null
      : await startAuthorityServer(emulator.authority, { port: options.authorityPort, host }).catch(
          async (error: unknown) => {
            await closeServer(server);
            throw error;
          },
        );
  return {
    url: origin,
    authorityUrl: authority?.url ?? null,
    emulator,
    close: async () => {
      await authority?.close();
      await closeServer(server);
    },
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

export function optionsFromEnv(env: NodeJS.ProcessEnv): EmulatorOptions {
  const number = (name: string): number | undefined => (env[name] ? Number(env[name]) : undefined);
  const seed = number('EMULATOR_SEED');
  const roomCount = number('EMULATOR_ROOMS');
  const latencyMs = number('EMULATOR_LATENCY_MS');
  return {
    ...(seed !== undefined ? { seed } : {}),
    ...(roomCount !== undefined ? { roomCount } : {}),
    ...(latencyMs !== undefined ? { latencyMs } : {}),
    ...(env.EMULATOR_NAMES === 'hostile' ? { names: 'hostile' as const } : {}),
  };
}
