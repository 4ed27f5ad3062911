/** Requests signed as Slack signs them, and the payloads Slack sends: for the playground and the tests. */
import { createHmac } from 'node:crypto';

/** Slack's request signature headers for a raw body. */
export function signatureHeaders(
  body: string,
  secret: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

/** The form body of a slash command. */
export function slashCommandBody(fields: {
  command: string;
  text: string;
  responseUrl: string;
  channel?: string;
  user?: string;
}): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0NEWS',
    team_domain: 'newsroom',
    channel_id: fields.channel ?? 'C0NEWS',
    channel_name: 'newsroom',
    user_id: fields.user ?? 'U0REPORTER',
    user_name: 'reporter',
    command: fields.command,
    text: fields.text,
    response_url: fields.responseUrl,
    trigger_id: '1.2.3',
    api_app_id: 'A0BOT',
  }).toString();
}

/** An Events API envelope around an event. */
export function eventEnvelope(eventId: string, event: Record<string, unknown>): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T0NEWS',
    api_app_id: 'A0BOT',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { event_ts: event.ts, ...event },
    authorizations: [{ team_id: 'T0NEWS', user_id: 'UBOT', is_bot: true }],
  };
}

/** An app_mention event. */
export function mention(fields: {
  text: string;
  ts: string;
  channel?: string;
  thread_ts?: string;
  user?: string;
}): Record<string, unknown> {
  return {
    type: 'app_mention',
    user: fields.user ?? 'U0REPORTER',
    channel: fields.channel ?? 'C0NEWS',
    ...fields,
  };
}

/** A block_actions payload for a button click. */
export function buttonClick(fields: {
  actionId: string;
  value: string;
  responseUrl: string;
  user?: string;
  channel?: string;
  /** The block id of the button's actions block, as the message gave it. */
  blockId?: string;
  /** The ts of the message whose button was clicked. */
  messageTs?: string;
}): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: 'T0NEWS', domain: 'newsroom' },
    user: { id: fields.user ?? 'U0REPORTER', username: 'reporter', team_id: 'T0NEWS' },
    api_app_id: 'A0BOT',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: fields.messageTs ?? '1700000000.000100',
      channel_id: fields.channel ?? 'C0NEWS',
      is_ephemeral: true,
    },
    trigger_id: '1.2.3',
    channel: { id: fields.channel ?? 'C0NEWS', name: 'newsroom' },
    response_url: fields.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: fields.actionId,
        block_id: fields.blockId ?? 'b1',
        value: fields.value,
        text: { type: 'plain_text', text: 'Share in channel' },
        action_ts: '1700000001.000200',
      },
    ],
  };
}

/** A message_action payload: a message shortcut (its menu's entry) chosen on a message. */
export function messageShortcut(fields: {
  callbackId: string;
  message: { text: string; ts: string; user?: string };
  responseUrl: string;
  user?: string;
  channel?: string;
}): Record<string, unknown> {
  return {
    type: 'message_action',
    token: 'legacy-verification-token',
    action_ts: '1700000002.000300',
    team: { id: 'T0NEWS', domain: 'newsroom' },
    user: { id: fields.user ?? 'U0REPORTER', name: 'reporter', username: 'reporter', team_id: 'T0NEWS' },
    channel: { id: fields.channel ?? 'C0NEWS', name: 'newsroom' },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: fields.callbackId,
    trigger_id: '1.2.3',
    response_url: fields.responseUrl,
    message_ts: fields.message.ts,
    message: { type: 'message', user: fields.message.user ?? 'U0REPORTER', ...fields.message },
  };
}

/** Posts a signed request to the bot. */
export async function postSigned(
  url: string,
  body: string,
  secret: string,
  options: {
    contentType?: string;
    timestamp?: number;
    headers?: Record<string, string>;
    tamper?: (body: string) => string;
  } = {},
): Promise<Response> {
  const headers = {
    'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
    ...signatureHeaders(body, secret, options.timestamp),
    ...options.headers,
  };
  return fetch(url, { method: 'POST', headers, body: options.tamper ? options.tamper(body) : body });
}
