import { App, HTTPReceiver, type Logger, SocketModeReceiver } from '@slack/bolt';
import type { Config } from './config.js';

/** The path Slack posts commands, events and interactivity to, in HTTP mode. */
export const EVENTS_PATH = '/slack/events';

/**
 * A Bolt app on the transport the configuration asks for: Socket Mode when an app token is set,
 * otherwise HTTP with request signing at `/slack/events`. Nothing else knows which.
 */
export function createSlackApp(config: Config, logger: Logger): App {
  const clientOptions = {
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    // A few quick retries: a reply that arrives minutes late is worse than a logged failure.
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2000 },
  };
  const receiver = config.slack.appToken
    ? new SocketModeReceiver({ appToken: config.slack.appToken, logger, installerOptions: { clientOptions } })
    : new HTTPReceiver({ signingSecret: config.slack.signingSecret ?? '', endpoints: EVENTS_PATH, logger });
  return new App({
    token: config.slack.botToken,
    receiver,
    logger,
    clientOptions,
    deferInitialization: true,
  });
}
