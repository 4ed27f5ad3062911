import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { App, HTTPReceiver, type Logger, type LogLevel, SocketModeReceiver } from '@slack/bolt';
import type { Config } from './config.js';
import type { Health } from './health.js';
import type { AckGate } from './listeners/queue.js';
import { RequestGuard } from './request-guard.js';

/** The path Slack posts commands, events and interactivity to, in HTTP mode. */
export const EVENTS_PATH = '/slack/events';

/**
 * A Bolt app on the transport the configuration asks for: Socket Mode when an app token is set,
 * otherwise HTTP with request signing at `/slack/events`. Nothing else knows which. With `health`,
 * the HTTP server also answers the probes, and answers Slack 503 (Slack retries elsewhere) once the
 * bot is stopping; while it starts, Slack's requests are acked as usual and their answers wait for
 * the index (the listeners' queue is held). Each request to `/slack/events` is read and checked by
 * `guard` first (body within a time limit, signature, timestamp, replays: see request-guard.ts);
 * only then, with `gate`, counted until it is answered (acked), so that answers can wait for acks,
 * and one slow client holds nothing up. Bolt logs at LOG_LEVEL.
 */
export function createSlackApp(
  config: Config,
  logger: Logger,
  health?: Health,
  gate?: AckGate,
  guard = new RequestGuard({ signingSecret: config.slack.signingSecret ?? '' }),
): App {
  const logLevel = config.logLevel as LogLevel;
  const clientOptions = {
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    // A few quick retries: a reply that arrives minutes late is worse than a logged failure.
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2000 },
  };
  const receiver = config.slack.appToken
    ? new SocketModeReceiver({
        appToken: config.slack.appToken,
        logger,
        logLevel,
        installerOptions: { clientOptions },
      })
    : new HTTPReceiver({
        signingSecret: config.slack.signingSecret ?? '',
        endpoints: EVENTS_PATH,
        logger,
        logLevel,
        bodyLimit: guard.options.bodyLimit,
      });
  if (health && receiver instanceof SocketModeReceiver) {
    // Not ready while the connection is down (Slack cannot reach this replica then).
    health.connected = false;
    receiver.client.on('connected', () => {
      health.connected = true;
    });
    receiver.client.on('close', () => {
      health.connected = false;
    });
  }
  if (health && receiver instanceof HTTPReceiver) {
    const serve = receiver.requestListener;
    receiver.requestListener = (req, res) => {
      if (health.handle(req, res)) return;
      const slack = new URL(req.url ?? '/', 'http://bot/').pathname === EVENTS_PATH;
      if (slack && health.state === 'stopping') {
        res.writeHead(503, { 'retry-after': '1', connection: 'close' }).end();
        return;
      }
      if (!slack) {
        serve(req, res);
        return;
      }
      // Read and checked before it counts: a request still arriving holds no answer back.
      arrived(req.socket);
      void guard
        .admit(req, res, (m) => logger.warn(m))
        .then((admitted) => {
          if (!admitted) return;
          if (gate) res.once('close', gate.enter());
          serve(req, res);
        });
    };
  }
  return new App({
    token: config.slack.botToken,
    receiver,
    logger,
    logLevel,
    clientOptions,
    deferInitialization: true,
  });
}

/**
 * How long a new connection counts toward the ack gate before its first request has arrived.
 * 100 ms: enough for the request of a connection accepted under a burst (its bytes are already
 * there), too short for a client that connects and sends nothing to hold answers up.
 */
export const CONNECTION_HOLD_MS = 100;

const connecting = new WeakMap<Socket, () => void>();

/**
 * Counts each new connection to `server` toward `gate` until its first request arrives (or
 * `holdMs`): under a burst, answers do not start between the moment the connections are accepted
 * and the one their requests are read, which would delay their acks.
 */
export function countConnections(server: Server, gate: AckGate, holdMs = CONNECTION_HOLD_MS): void {
  server.on('connection', (socket: Socket) => {
    const leave = gate.enter();
    const timer = setTimeout(done, holdMs);
    function done() {
      clearTimeout(timer);
      connecting.delete(socket);
      leave();
    }
    connecting.set(socket, done);
    socket.once('close', done);
  });
}

/** A request arrived on `socket`: its connection no longer counts (the request does, once read). */
export function arrived(socket: Socket): void {
  connecting.get(socket)?.();
}
