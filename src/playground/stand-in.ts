/**
 * A Slack stand-in on loopback: the Web API (`POST /api/<method>`) and response URLs
 * (`POST /respond/<id>`). It records every call and every message, answers as Slack answers, can
 * be told to fail a method the way Slack fails, and takes extra routes (the playground's page).
 * The playground runs the bot against it; the tests read what the bot sent from it.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  /** The bearer token the call carried. */
  token?: string;
  at: number;
  /** False when the stand-in answered it with an error. */
  ok: boolean;
}

export interface ResponsePost {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

/** A message of a channel, as the stand-in keeps it. */
export interface ChannelMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  user?: string;
  bot_id?: string;
  text: string;
  blocks?: unknown[];
  /** Only the user who ran a command sees it. */
  ephemeral?: boolean;
  /** Message metadata posted with it; conversations.replies returns it with `include_all_metadata`. */
  metadata?: Record<string, unknown>;
  /** Told to listeners once: the message was deleted (`delete_original`), and is no longer kept. */
  deleted?: boolean;
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

export type Route = (req: IncomingMessage, res: ServerResponse, body: string) => void | Promise<void>;

export interface SlackStandIn {
  server: Server;
  /** `http://127.0.0.1:<port>/`, once listening. */
  baseUrl: string;
  /** Web API base URL, for SLACK_API_URL. */
  apiUrl: string;
  calls: ApiCall[];
  responses: ResponsePost[];
  messages: ChannelMessage[];
  /**
   * A fresh response URL for a slash command or an action in a channel (default `C0PLAYGROUND`);
   * for an action, `original` is the ts of the message it was taken on, which `replace_original`
   * replaces and `delete_original` deletes, as Slack does.
   */
  responseUrl(channel?: string, original?: string): string;
  fail(method: string, failure: Failure): void;
  /** Messages returned by conversations.replies for a thread (`channel`, `ts` of its parent). */
  setThread(channel: string, ts: string, messages: Array<Record<string, unknown>>): void;
  /** Adds a message a person wrote; returns it with its ts. */
  addMessage(message: Omit<ChannelMessage, 'ts'>): ChannelMessage;
  /** Calls of one method. */
  callsTo(method: string): ApiCall[];
  /** Called for every message that reaches a channel (posted, responded or written). */
  onMessage(listener: (message: ChannelMessage) => void): void;
  /** Serves requests whose path starts with `prefix`. */
  route(prefix: string, handler: Route): void;
  /** Resolves with the first truthy value of `probe`, polling; rejects after `timeoutMs`. */
  waitFor<T>(probe: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  listen(port?: number, host?: string): Promise<void>;
  close(): Promise<void>;
}

export async function readBody(req: IncomingMessage): Promise<string> {
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

/** A stand-in, not yet listening. */
export function createStandIn(): SlackStandIn {
  const calls: ApiCall[] = [];
  const responses: ResponsePost[] = [];
  const messages: ChannelMessage[] = [];
  const failures = new Map<string, Failure[]>();
  const threads = new Map<string, Array<Record<string, unknown>>>();
  const routes: Array<[string, Route]> = [];
  const listeners: Array<(m: ChannelMessage) => void> = [];
  /** Response URL id -> the channel of the command or action it belongs to. */
  const responseChannels = new Map<string, string>();
  /** Response URL id -> the ts of the message an action was taken on. */
  const responseOriginals = new Map<string, string>();
  let clock = Math.floor(Date.now() / 1000);
  const nextTs = () => `${++clock}.000100`;

  const record = (message: ChannelMessage) => {
    messages.push(message);
    for (const listener of listeners) listener(message);
    return message;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'internal_error', detail: error.message }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://stand-in/');
    const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    };
    if (url.pathname.startsWith('/respond/')) {
      const id = url.pathname.slice('/respond/'.length);
      const payload = JSON.parse(body || '{}') as Record<string, unknown>;
      responses.push({ id, body: payload, at: Date.now() });
      const original = responseOriginals.get(id);
      const at = original === undefined ? -1 : messages.findIndex((m) => m.ts === original);
      if (payload.delete_original === true || payload.delete_original === 'true') {
        // As Slack: the message the action was taken on is gone; nothing else is posted.
        // A response URL made without its message (a test's click) has nothing to delete.
        if (original === undefined) return reply(200, { ok: true });
        const [gone] = at >= 0 ? messages.splice(at, 1) : [];
        if (!gone) return reply(404, { ok: false, error: 'message_not_found' });
        for (const listener of listeners) listener({ ...gone, deleted: true });
        return reply(200, { ok: true });
      }
      const replaced = payload.replace_original === true || payload.replace_original === 'true';
      if (replaced && at >= 0) {
        const old = messages[at] as ChannelMessage;
        const { blocks: _blocks, ...kept } = old;
        const now: ChannelMessage = {
          ...kept,
          text: String(payload.text ?? ''),
          ...(Array.isArray(payload.blocks) ? { blocks: payload.blocks } : {}),
        };
        messages[at] = now;
        for (const listener of listeners) listener(now);
        return reply(200, { ok: true });
      }
      record({
        channel: responseChannels.get(id) ?? 'C0PLAYGROUND',
        ts: nextTs(),
        bot_id: 'BBOT',
        text: String(payload.text ?? ''),
        ...(Array.isArray(payload.blocks) ? { blocks: payload.blocks } : {}),
        ...(payload.response_type === 'in_channel' ? {} : { ephemeral: true }),
      });
      return reply(200, { ok: true });
    }
    if (url.pathname.startsWith('/api/')) {
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
      return reply(200, answer(method, args));
    }
    const route = routes.find(([prefix]) => url.pathname.startsWith(prefix));
    if (route) return route[1](req, res, body);
    reply(404, { ok: false, error: 'unknown_path' });
  }

  function answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://newsroom.example/',
          team: 'Newsroom',
          user: 'factbot',
          team_id: 'T0NEWS',
          user_id: 'UBOT',
          bot_id: 'BBOT',
        };
      case 'chat.postMessage':
      case 'chat.postEphemeral': {
        const ephemeral = method === 'chat.postEphemeral';
        const message = record({
          channel: String(args.channel),
          ts: nextTs(),
          bot_id: 'BBOT',
          text: String(args.text ?? ''),
          ...(args.thread_ts ? { thread_ts: String(args.thread_ts) } : {}),
          ...(Array.isArray(args.blocks) ? { blocks: args.blocks } : {}),
          ...(ephemeral ? { ephemeral: true } : {}),
          ...(!ephemeral && args.metadata && typeof args.metadata === 'object'
            ? { metadata: args.metadata as Record<string, unknown> }
            : {}),
        });
        return ephemeral
          ? { ok: true, message_ts: message.ts }
          : { ok: true, channel: message.channel, ts: message.ts, message };
      }
      case 'conversations.replies': {
        const key = `${args.channel}:${args.ts}`;
        const thread =
          threads.get(key) ??
          messages.filter(
            (m) =>
              !m.ephemeral && m.channel === args.channel && (m.ts === args.ts || m.thread_ts === args.ts),
          );
        // As Slack: the parent and the oldest replies first, at most `limit` (default 1,000).
        const limit = Number(args.limit) > 0 ? Number(args.limit) : 1000;
        // As Slack: message metadata only when asked for.
        const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
        const shown = (thread as Array<Record<string, unknown>>)
          .slice(0, limit)
          .map((m) => (withMetadata || !('metadata' in m) ? m : { ...m, metadata: undefined }));
        return { ok: true, messages: shown, has_more: thread.length > limit };
      }
      case 'apps.connections.open':
        return { ok: true, url: `${stand.baseUrl.replace(/^http/, 'ws')}link/?ticket=${randomUUID()}` };
      default:
        return { ok: true };
    }
  }

  const stand: SlackStandIn = {
    server,
    baseUrl: '',
    apiUrl: '',
    calls,
    responses,
    messages,
    responseUrl(channel = 'C0PLAYGROUND', original) {
      const id = randomUUID();
      responseChannels.set(id, channel);
      if (original !== undefined) responseOriginals.set(id, original);
      return `${stand.baseUrl}respond/${id}`;
    },
    fail: (method, failure) => failures.set(method, [...(failures.get(method) ?? []), failure]),
    setThread: (channel, parent, list) => threads.set(`${channel}:${parent}`, list),
    addMessage: (message) => record({ ...message, ts: nextTs() }),
    callsTo: (method) => calls.filter((c) => c.method === method),
    onMessage: (listener) => listeners.push(listener),
    route: (prefix, handler) => routes.push([prefix, handler]),
    async waitFor<T>(probe: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const value = probe();
        if (value) return value;
        if (Date.now() > until) throw new Error(`stand-in: nothing arrived within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async listen(port = 0, host = '127.0.0.1') {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
      });
      stand.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      stand.apiUrl = `${stand.baseUrl}api/`;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return stand;
}
