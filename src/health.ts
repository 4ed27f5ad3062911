/**
 * Health probes for an orchestrator: `GET /healthz` answers 200 while the process serves;
 * `GET /readyz` answers 503 until the index (every story's) is built and Slack is connected, then
 * 200, and 503 again once shutting down. Neither needs a signature; neither says anything of the
 * configuration.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Readiness = 'starting' | 'ready' | 'stopping';

export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';

/** Where the process stands, and the probes that tell it. */
export class Health {
  state: Readiness = 'starting';
  /** Socket Mode: whether the connection to Slack is open (false while it reconnects). */
  connected = true;

  get ready(): boolean {
    return this.state === 'ready' && this.connected;
  }

  /** What /readyz says. */
  get status(): string {
    return this.state === 'ready' && !this.connected ? 'disconnected' : this.state;
  }

  /** Answers a probe request; false for any other path (the caller serves it). */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const path = new URL(req.url ?? '/', 'http://probe/').pathname;
    if (path !== HEALTH_PATH && path !== READY_PATH) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return true;
    }
    const ok = path === HEALTH_PATH || this.ready;
    const body = `${JSON.stringify({ status: path === HEALTH_PATH ? 'ok' : this.status })}\n`;
    res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }
}

/** A small server for the probes alone (Socket Mode, where the app has no HTTP server of its own). */
export async function listenProbes(health: Health, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    if (!health.handle(req, res)) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  return server;
}

export const portOf = (server: Server) => (server.address() as AddressInfo | null)?.port;
