/**
 * The playground: the real bot, with the same listeners and code paths, served by a Slack
 * stand-in on this machine instead of Slack, and a page at http://localhost:PORT/ that looks and
 * behaves like a Slack channel. Only the transport differs: the page's messages become requests
 * signed as Slack signs them, posted to the bot's /slack/events.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suggestTopics } from '../answer/suggest.js';
import { type Bot, createLogger, startBot } from '../bot.js';
import { type Config, playgroundDataDir } from '../config.js';
import { HEALTH_PATH, Health, READY_PATH } from '../health.js';
import { defaultVocabulary } from '../index/vocabulary.js';
import { CHECK_SHORTCUT } from '../listeners/shortcuts/check-message.js';
import { buttonClick, eventEnvelope, messageShortcut, postSigned, slashCommandBody } from './requests.js';
import { type ChannelMessage, createStandIn } from './stand-in.js';

/** The channel of the playground (with a stories file: one a story), and the person typing in it. */
export const CHANNEL = 'C0PLAYGROUND';
export const USER = 'U0YOU';
const BOT_NAME = 'factbot';

const PUBLIC = fileURLToPath(new URL('./public/', import.meta.url));
const FILES: Record<string, [string, string]> = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/app.js': ['app.js', 'text/javascript; charset=utf-8'],
  '/style.css': ['style.css', 'text/css; charset=utf-8'],
};
/** The page's own files only: no inline script, no other origin. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

export interface Playground {
  /** The page: `http://localhost:<port>/`. */
  url: string;
  bot: Bot;
  stop(): Promise<void>;
}

/** A channel of the page's sidebar: one story's, with its command. */
export interface PlaygroundChannel {
  id: string;
  name: string;
  command: string;
  title?: string;
}

/**
 * The page's channels: `#newsroom` for the one story; with a stories file, one a story (its first
 * channel id, else one made from its id), named after the story, where its mentions are answered and
 * its digest is posted.
 */
export function playgroundChannels(config: Config): PlaygroundChannel[] {
  if (!config.stories) return [{ id: CHANNEL, name: 'newsroom', command: config.command }];
  return config.stories.map((s) => ({
    id: s.channels[0] ?? `C0${s.id.toUpperCase().replace(/[^A-Z0-9]/g, '')}`,
    name: s.id,
    command: s.command,
    ...(s.title ? { title: s.title } : {}),
  }));
}

/** The configuration the playground's bot runs with: each story's digest to its channel of the page. */
function withChannels(config: Config, channels: readonly PlaygroundChannel[]): Config {
  if (!config.stories) return { ...config, digest: { ...config.digest, channel: CHANNEL } };
  return {
    ...config,
    stories: config.stories.map((s, i) => {
      const id = channels[i]?.id ?? CHANNEL;
      return {
        ...s,
        channels: s.channels.includes(id) ? s.channels : [id, ...s.channels],
        digest: { ...s.digest, channel: id },
      };
    }),
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Starts the bot against a local Slack stand-in and serves the playground page on `config.port`. */
export async function startPlayground(
  config: Config,
  logger = createLogger(config.logLevel),
): Promise<Playground> {
  const slack = createStandIn();
  const channels = playgroundChannels(config);
  const first = channels[0] ?? { id: CHANNEL, name: 'newsroom', command: config.command };
  /** The page's channel a request names; the first when it names none of them. */
  const channelOf = (id: string | undefined) => channels.find((c) => c.id === id) ?? first;
  const secret = config.slack.signingSecret ?? '';
  const streams = new Set<ServerResponse>();
  slack.onMessage((message) => {
    for (const res of streams) res.write(`data: ${JSON.stringify(message)}\n\n`);
  });

  slack.route('/ui/', (req, res, raw) => handleUi(req, res, raw));
  // The bot's probes on the page's port too: 503 from /readyz until the bot is ready.
  const starting = new Health();
  const probe = (req: IncomingMessage, res: ServerResponse) =>
    void (bot?.health ?? starting).handle(req, res);
  slack.route(HEALTH_PATH, probe);
  slack.route(READY_PATH, probe);
  // The page's files; anything else is not found.
  slack.route('/', async (req, res) => {
    const file = FILES[new URL(req.url ?? '/', 'http://playground/').pathname];
    if (!file) return json(res, 404, { ok: false, error: 'unknown_path' });
    res.writeHead(200, {
      'content-type': file[1],
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': CSP,
    });
    res.end(await readFile(join(PUBLIC, file[0])));
  });

  let bot: Bot | undefined;
  // The bot's own port, known once it listens (before its index is built: what the page sends
  // meanwhile is acked and answered once the index is ready, as Slack's requests are).
  let botPort: number | undefined;
  const events = () => `http://127.0.0.1:${botPort}/slack/events`;
  /** Posts a form to the bot, signed as Slack signs it, and says whether the bot took it. */
  const forward = async (res: ServerResponse, body: string) => {
    const answer = await postSigned(events(), body, secret, {
      contentType: 'application/x-www-form-urlencoded',
    });
    json(res, answer.ok ? 200 : 502, { ok: answer.ok });
  };
  /** An interaction payload (a click, a shortcut), posted as Slack posts it: a form of one field. */
  const forwardPayload = (res: ServerResponse, payload: Record<string, unknown>) =>
    forward(res, new URLSearchParams({ payload: JSON.stringify(payload) }).toString());

  async function handleUi(req: IncomingMessage, res: ServerResponse, raw: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://playground/');
    const input = (raw ? JSON.parse(raw) : {}) as Record<string, string | undefined>;
    if (req.method === 'GET' && url.pathname === '/ui/info') {
      const suggestions = bot ? suggestTopics(bot.index, defaultVocabulary(), 3) : [];
      return json(res, 200, {
        command: first.command,
        bot: BOT_NAME,
        user: USER,
        channel: first.id,
        suggestions,
        // The sidebar: a channel a story, each with its command and topics to try.
        channels: channels.map((c, i) => {
          const index = bot?.stories[i]?.index;
          return { ...c, suggestions: index ? suggestTopics(index, defaultVocabulary(), 3) : [] };
        }),
        shortcuts: [{ callback_id: CHECK_SHORTCUT, name: 'Check against the coverage' }],
      });
    }
    if (req.method === 'GET' && url.pathname === '/ui/events') {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      for (const message of slack.messages) res.write(`data: ${JSON.stringify(message)}\n\n`);
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (req.method !== 'POST') return json(res, 405, { ok: false, error: 'POST only' });
    if (botPort === undefined)
      return json(res, 503, { ok: false, error: 'The bot is starting: try again in a moment.' });
    const text = (input.text ?? '').trim();
    const channel = channelOf(input.channel).id;
    switch (url.pathname) {
      case '/ui/command': {
        const [command = '', ...rest] = text.split(/\s+/);
        if (!channels.some((c) => c.command === command))
          return json(res, 400, {
            ok: false,
            error: `Unknown command ${command}: try ${channelOf(input.channel).command} <topic>.`,
          });
        const responseUrl = slack.responseUrl(channel);
        return forward(
          res,
          slashCommandBody({ command, text: rest.join(' '), responseUrl, channel, user: USER }),
        );
      }
      case '/ui/message': {
        if (!text) return json(res, 400, { ok: false, error: 'Type a message first.' });
        const mentioned = new RegExp(`@${BOT_NAME}\\b`, 'i');
        const slackText = text
          .replace(/&/g, '&amp;')
          .replace(/</g, '&lt;')
          .replace(/>/g, '&gt;')
          .replace(mentioned, '<@UBOT>');
        const thread = input.thread_ts;
        const message: ChannelMessage = slack.addMessage({
          channel,
          user: USER,
          text: slackText,
          ...(thread ? { thread_ts: thread } : {}),
        });
        // As Slack does: every message raises a `message` event (the bot is in the channel); one
        // that mentions the bot raises an `app_mention` too. The bot answers it once.
        const event = {
          user: USER,
          text: slackText,
          ts: message.ts,
          channel,
          ...(thread ? { thread_ts: thread } : {}),
        };
        const id = `Ev${message.ts.replace('.', '')}`;
        const deliveries = [
          eventEnvelope(`${id}m`, { type: 'message', channel_type: 'channel', ...event }),
          ...(mentioned.test(text) ? [eventEnvelope(`${id}a`, { type: 'app_mention', ...event })] : []),
        ];
        const answers = await Promise.all(
          deliveries.map((d) =>
            postSigned(events(), JSON.stringify(d), secret, { contentType: 'application/json' }),
          ),
        );
        const ok = answers.every((a) => a.ok);
        return json(res, ok ? 200 : 502, { ok });
      }
      case '/ui/action': {
        // The response URL of the message clicked on: the bot may replace or delete it.
        const payload = buttonClick({
          actionId: input.action_id ?? '',
          value: input.value ?? '',
          responseUrl: slack.responseUrl(channel, input.ts),
          user: USER,
          channel,
          ...(input.block_id ? { blockId: input.block_id } : {}),
          ...(input.ts ? { messageTs: input.ts } : {}),
        });
        return forwardPayload(res, payload);
      }
      case '/ui/shortcut': {
        // A message's menu: "Check against the coverage", as Slack offers it on any message.
        const message = slack.messages.find((m) => m.ts === input.ts && m.channel === channel);
        if (!message) return json(res, 404, { ok: false, error: 'That message is gone.' });
        const payload = messageShortcut({
          callbackId: input.callback_id ?? CHECK_SHORTCUT,
          message: { text: message.text, ts: message.ts, ...(message.user ? { user: message.user } : {}) },
          responseUrl: slack.responseUrl(channel),
          user: USER,
          channel,
        });
        return forwardPayload(res, payload);
      }
      case '/ui/digest':
        // The digest of the channel's story, to that channel.
        await (
          bot?.stories.find((s) => s.config.digest.channel === channel)?.digest ?? bot?.digest
        )?.postNow();
        return json(res, 200, { ok: true });
      default:
        return json(res, 404, { ok: false, error: 'unknown_path' });
    }
  }

  await slack.listen(config.port, '127.0.0.1');
  const port = new URL(slack.baseUrl).port;
  bot = await startBot(
    {
      ...withChannels(config, channels),
      slack: { botToken: 'xoxb-playground', signingSecret: secret, apiUrl: slack.apiUrl },
      port: 0,
      dataDir: playgroundDataDir(config.dataDir),
    },
    {
      logger,
      local: true,
      beforeIndex: (port) => {
        botPort = port;
      },
    },
  );
  const url = `http://localhost:${port}/`;
  logger.info(
    `Playground: open ${url} and type ${channels.map((c) => c.command).join(' or ')} <topic>, or mention @${BOT_NAME} with a question (then ask on in its thread).`,
  );
  logger.info(
    'To connect to a real workspace: create the app from manifest.yml, set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (or SLACK_SIGNING_SECRET) in .env (see .env.example), and run npm start again.',
  );
  return {
    url,
    bot,
    async stop() {
      for (const res of streams) res.end();
      await bot?.stop();
      await slack.close();
    },
  };
}
