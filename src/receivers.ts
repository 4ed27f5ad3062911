import { App, HTTPReceiver, type Logger, SocketModeReceiver } from '@slack/bolt';
import type { Config } from './config.js';
import type { Health } from './health.js';
import type { AckGate } from './listeners/queue.js';

/** The path Slack posts commands, events and interactivity to, in HTTP mode. */
export const EVENTS_PATH = '/slack/events';

/**
 * A Bolt app on the transport the configuration asks for: Socket Mode when an app token is set,
 * otherwise HTTP with request signing at `/slack/events`. Nothing else knows which. With `health`,
 * the HTTP server also answers the probes, and answers Slack 503 (Slack retries elsewhere) once the
 * bot is stopping; while it starts, Slack's requests are acked as usual and their answers wait for
 * the index (the listeners' queue is held). With `gate`, each request to `/slack/events` is counted
 * until it is answered (acked), so that answers can wait for acks.
 */
export function createSlackApp(config: Config, logger: Logger, health?: Health, gate?: AckGate): App {
  const clientOptions = {
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    // A few quick retries: a reply that arrives minutes late is worse than a logged failure.
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2000 },
  };
  const receiver = config.slack.appToken
    ? new SocketModeReceiver({ appToken: config.slack.appToken, logger, installerOptions: { clientOptions } })
    : new HTTPReceiver({ signingSecret: config.slack.signingSecret ?? '', endpoints: EVENTS_PATH, logger });
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
      if (slack && gate) res.once('close', gate.enter());
      serve(req, res);
    };
  }
  return new App({
    token: config.slack.botToken,
    receiver,
    logger,
    clientOptions,
    deferInitialization: true,
  });
}
