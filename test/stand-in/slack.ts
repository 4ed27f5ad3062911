/**
 * A Slack stand-in on loopback: the Web API (`POST /api/<method>`), response URLs
 * (`POST /respond/<id>`) and a Socket Mode WebSocket server. It records every call so tests can
 * read what the bot sent, and can be told to fail a method the way Slack fails.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  /** The bearer token the call carried. */
  token?: string;
  at: number;
  /** False when the stand-in answered it with an error. */
  ok: boolean;
}

export interface Response {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

/** How a Web API method should fail: an `ok: false` error, or an HTTP status (429 with Retry-After). */
export interface Failure {
  error?: string;
  status?: number;
  retryAfter?: number;
  /** Only calls to this channel fail. */
  channel?: string;
  /** Fails this many times, then works again. Default: always. */
  times?: number;
}

export interface StandIn {
  /** Web API base URL, for SLACK_API_URL. */
  apiUrl: string;
  calls: ApiCall[];
  responses: Response[];
  /** A fresh response URL for a slash command or an action. */
  responseUrl(): string;
  fail(method: string, failure: Failure): void;
  /** Messages returned by conversations.replies for a thread (`channel`, `ts` of its parent). */
  setThread(channel: string, ts: string, messages: Array<Record<string, unknown>>): void;
  /** Calls of one method. */
  callsTo(method: string): ApiCall[];
  /** Resolves with the first truthy value of `probe`, polling; rejects after `timeoutMs`. */
  waitFor<T>(probe: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  /** Socket Mode: how many times a client connected, and how many are connected now. */
  socket: { connects: number; open(): number };
  /** Socket Mode: sends an envelope to the connected client and resolves with its ack. */
  sendEnvelope(
    type: 'events_api' | 'slash_commands' | 'interactive',
    payload: unknown,
  ): Promise<Record<string, unknown>>;
  /** Socket Mode: asks the client to reconnect, as Slack does when it refreshes a connection. */
  requestDisconnect(): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseArgs(body: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) return body ? (JSON.parse(body) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    try {
      args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    } catch {
      args[key] = value;
    }
  }
  return args;
}

export async function startStandIn(): Promise<StandIn> {
  const calls: ApiCall[] = [];
  const responses: Response[] = [];
  const failures = new Map<string, Failure[]>();
  const threads = new Map<string, Array<Record<string, unknown>>>();
  const pendingAcks = new Map<string, (ack: Record<string, unknown>) => void>();
  const sockets = new Set<WebSocket>();
  const socket = {
    connects: 0,
    open: () => [...sockets].filter((s) => s.readyState === WebSocket.OPEN).length,
  };
  let ts = 1_700_000_000;
  let base = '';

  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', base);
    const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    };
    if (url.pathname.startsWith('/respond/')) {
      responses.push({
        id: url.pathname.slice('/respond/'.length),
        body: JSON.parse(body || '{}'),
        at: Date.now(),
      });
      return reply(200, { ok: true });
    }
    if (!url.pathname.startsWith('/api/')) return reply(404, { ok: false, error: 'unknown_path' });
    const method = url.pathname.slice('/api/'.length);
    const args = parseArgs(body, req.headers['content-type']);
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    const call: ApiCall = { method, args, ...(token ? { token } : {}), at: Date.now(), ok: true };
    calls.push(call);

    const failure = (failures.get(method) ?? []).find(
      (f) => (f.times === undefined || f.times > 0) && (!f.channel || f.channel === args.channel),
    );
    if (failure) {
      call.ok = false;
      if (failure.times !== undefined) failure.times--;
      if (failure.status)
        return reply(
          failure.status,
          { ok: false, error: 'http_error' },
          failure.retryAfter ? { 'retry-after': String(failure.retryAfter) } : {},
        );
      return reply(200, { ok: false, error: failure.error ?? 'fatal_error' });
    }
    switch (method) {
      case 'auth.test':
        return reply(200, {
          ok: true,
          url: 'https://newsroom.example/',
          team: 'Newsroom',
          user: 'factbot',
          team_id: 'T0NEWS',
          user_id: 'UBOT',
          bot_id: 'BBOT',
        });
      case 'chat.postMessage':
        ts++;
        return reply(200, {
          ok: true,
          channel: args.channel,
          ts: `${ts}.000100`,
          message: { ...args, ts: `${ts}.000100` },
        });
      case 'conversations.replies':
        return reply(200, {
          ok: true,
          messages: threads.get(`${args.channel}:${args.ts}`) ?? [],
          has_more: false,
        });
      case 'apps.connections.open':
        return reply(200, { ok: true, url: `${base.replace(/^http/, 'ws')}link/?ticket=${randomUUID()}` });
      default:
        return reply(200, { ok: true });
    }
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, sock, head) => {
    if (!req.url?.startsWith('/link/')) return sock.destroy();
    wss.handleUpgrade(req, sock, head, (ws) => {
      sockets.add(ws);
      socket.connects++;
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as Record<string, unknown>;
        const id = String(message.envelope_id ?? '');
        pendingAcks.get(id)?.(message);
        pendingAcks.delete(id);
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: sockets.size,
          connection_info: { app_id: 'A0BOT' },
          debug_info: { host: 'stand-in' },
        }),
      );
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const waitFor = async <T>(probe: () => T | undefined | false, timeoutMs = 5000): Promise<T> => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value) return value;
      if (Date.now() > until) throw new Error(`stand-in: nothing arrived within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  return {
    apiUrl: `${base}api/`,
    calls,
    responses,
    responseUrl: () => `${base}respond/${randomUUID()}`,
    fail: (method, failure) => failures.set(method, [...(failures.get(method) ?? []), failure]),
    setThread: (channel, parent, messages) => threads.set(`${channel}:${parent}`, messages),
    callsTo: (method) => calls.filter((c) => c.method === method),
    waitFor,
    socket,
    async sendEnvelope(type, payload) {
      const open = [...sockets].find((s) => s.readyState === WebSocket.OPEN);
      if (!open) throw new Error('stand-in: no Socket Mode client is connected');
      const envelope_id = randomUUID();
      const acked = new Promise<Record<string, unknown>>((resolve) => pendingAcks.set(envelope_id, resolve));
      open.send(
        JSON.stringify({
          envelope_id,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          retry_attempt: 0,
          retry_reason: '',
        }),
      );
      return acked;
    },
    requestDisconnect() {
      for (const s of sockets)
        s.send(
          JSON.stringify({
            type: 'disconnect',
            reason: 'refresh_requested',
            debug_info: { host: 'stand-in' },
          }),
        );
    },
    async close() {
      for (const s of sockets) s.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
