import type { AllMiddlewareArgs, Logger } from '@slack/bolt';
import { answerQuery } from '../answer/answer.js';
import type { Message } from '../blocks/answer.js';
import { escapeMrkdwn } from '../blocks/mrkdwn.js';
import type { ThreadCache } from '../thread/cache.js';
import { answerFollowUp, isQuestion, type ThreadMessage } from '../thread/context.js';
import { isAddRequest } from './add.js';
import type { ListenerDeps, StoryRouter } from './deps.js';
import { describeFailure } from './errors.js';
import { answerLater, BUSY_TEXT, WAIT_TEXT } from './queue.js';
import { plainText, presentAnswer, replyTo, SORRY } from './reply.js';
import { labelled, storyMetadata, storyOfMessage } from './story-label.js';

type WebClient = AllMiddlewareArgs['client'];

/** A message as Slack gives it in events and in conversations.replies: the fields read here. */
export interface SlackMessage {
  ts?: string;
  thread_ts?: string;
  text?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  blocks?: unknown[];
  /** The story an answer of the bot came from, when it serves several (see story-label.ts). */
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/** Who the bot is in this workspace (Bolt's context). */
export interface BotIdentity {
  botUserId?: string;
  botId?: string;
}

/**
 * How a message reaches the bot: a mention (always answered), a direct message opening a
 * conversation (always answered), or a reply in a thread (answered when it asks something and the
 * bot has answered in the thread).
 */
export type Addressed = 'mention' | 'direct' | 'reply';

/** The most messages of a thread read from Slack in one call; the context reads the latest of them. */
const READ_LIMIT = 200;

const isFromBot = (m: SlackMessage, bot: BotIdentity) =>
  Boolean((bot.botId && m.bot_id === bot.botId) || (bot.botUserId && m.user === bot.botUserId));

/** Every mrkdwn and plain text of a message's blocks. */
function blockTexts(blocks: unknown[] | undefined): string[] {
  const out: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) for (const n of node) visit(n);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.text === 'string') out.push(o.text);
      for (const [key, value] of Object.entries(o))
        if (key !== 'text' || typeof value !== 'string') visit(value);
    }
  };
  visit(blocks);
  return out;
}

/**
 * A Slack message as the thread context reads it. The bot's answers: their topic (the header) and
 * the article ids their citations show (`id` in code spans; the index keeps those it holds).
 */
export function toThreadMessage(m: SlackMessage, bot: BotIdentity): ThreadMessage {
  if (!isFromBot(m, bot)) return { ts: m.ts ?? '', fromBot: false, text: plainText(m.text ?? ''), cited: [] };
  const header = (m.blocks as Array<{ type?: string; text?: { text?: string } }> | undefined)?.find(
    (b) => b?.type === 'header',
  );
  const texts = blockTexts(m.blocks);
  // The topic: the header of a topic answer, or the question quoted under an answer to a question.
  const quoted = texts.map((t) => t.match(/^“(.+?)” · Searched /)?.[1]).find(Boolean);
  const cited: string[] = [];
  for (const text of texts)
    for (const match of text.matchAll(/`([^`\s]+)`/g))
      if (match[1] && !cited.includes(match[1])) cited.push(match[1]);
  const topic = header?.text?.text ?? quoted ?? '';
  const story = storyOfMessage(m);
  return { ts: m.ts ?? '', fromBot: true, text: plainText(topic), cited, ...(story ? { story } : {}) };
}

/** Reads a thread, from this replica's cache when it read it a moment ago. */
async function readThread(
  client: WebClient,
  cache: ThreadCache | undefined,
  channel: string,
  thread: string,
  bot: BotIdentity,
  withStories: boolean,
): Promise<ThreadMessage[]> {
  const held = cache?.get(channel, thread);
  if (held) return held;
  const replies = await client.conversations.replies({
    channel,
    ts: thread,
    limit: READ_LIMIT,
    // The story each answer came from (several stories): its message metadata.
    ...(withStories ? { include_all_metadata: true } : {}),
  });
  const messages = ((replies.messages ?? []) as SlackMessage[]).map((m) => toThreadMessage(m, bot));
  cache?.set(channel, thread, messages);
  return messages;
}

/** A small note under a follow-up's answer (above its buttons): the words of the thread it was read with. */
function readWith(message: Message, words: readonly string[]): Message {
  const note = `Read with this thread: ${words.map((w) => escapeMrkdwn(w)).join(', ')}`;
  const blocks = [...message.blocks];
  const buttons = blocks.findIndex((b) => b.type === 'actions');
  blocks.splice(buttons < 0 ? blocks.length : buttons, 0, {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: note }],
  });
  return { ...message, blocks };
}

export interface Conversation {
  client: WebClient;
  logger: Logger;
  deps: ListenerDeps;
  /**
   * Several stories: picks the story that answers (the thread's first answer's, else the
   * channel's, else the first story with a note); `deps` then only serves the queue and the cache.
   */
  router?: StoryRouter;
  bot: BotIdentity;
  /** The message: its channel, ts, thread and text as Slack sent them. */
  channel: string;
  message: SlackMessage;
  addressed: Addressed;
  /** This delivery is Slack's retry of an event sent before (`x-slack-retry-num`, `retry_attempt`). */
  retry?: boolean;
}

/**
 * Answers a message in its thread (a new thread under a message that opens a conversation),
 * reading the thread for what a follow-up leaves out. A reply is answered only when it asks
 * something in a thread the bot has answered in. Each message is answered once, by whichever
 * delivery (a `message` or an `app_mention` event, on any replica) claims it first.
 */
export async function converse(conversation: Conversation) {
  const { client, logger, router, bot, channel, message, addressed, retry } = conversation;
  const ts = message.ts ?? '';
  const inThread = message.thread_ts && message.thread_ts !== ts ? message.thread_ts : undefined;
  const question = plainText(message.text ?? '');
  try {
    let thread: ThreadMessage[] = [];
    if (inThread && (addressed !== 'reply' || isQuestion(question))) {
      try {
        thread = await readThread(client, conversation.deps.threads, channel, inThread, bot, Boolean(router));
      } catch (error) {
        // A reply cannot tell whether the bot answered in the thread; a mention is answered as asked.
        logger.warn(describeFailure(`Reading thread ${inThread} in channel ${channel}`, error));
        if (addressed === 'reply') return;
      }
    }
    if (addressed === 'reply' && !(isQuestion(question) && thread.some((m) => m.fromBot))) return;
    const deps = router ? router.forThread(thread, channel) : conversation.deps;
    if (!(await deps.deduper.firstTime(`message:${channel}:${ts}`, { retry: Boolean(retry) }))) {
      logger.debug(`Message ${channel}:${ts} was already answered; ignoring this delivery.`);
      return;
    }

    let reply = SORRY;
    try {
      reply = await answerFor(question, inThread ? thread : [], ts, deps);
    } catch (error) {
      logger.error(`Could not answer ${JSON.stringify(question)}: ${(error as Error).stack ?? error}`);
    }
    if (isAddRequest(question) && message.user) {
      // What was added, or why not, is for the one who asked.
      await client.chat.postEphemeral({
        channel,
        user: message.user,
        thread_ts: inThread ?? ts,
        ...labelled(reply, deps),
      });
      return;
    }
    const sent = { ...labelled(reply, deps), ...storyMetadata(deps) };
    const posted = await client.chat.postMessage({
      channel,
      thread_ts: inThread ?? ts,
      unfurl_links: false,
      ...sent,
    });
    const asked = toThreadMessage(message, bot);
    const answered = toThreadMessage(
      { ...sent, ts: posted.ts ?? '', bot_id: bot.botId, user: bot.botUserId },
      bot,
    );
    deps.threads?.add(channel, inThread ?? ts, asked, answered);
  } catch (error) {
    logger.error(describeFailure(`Answering a message in channel ${channel}`, error));
  }
}

/**
 * The reply to a question asked in a thread: a bare mention answers the thread's first message; a
 * follow-up that leaves its subject out is answered about the thread's story; anything else as
 * asked.
 */
async function answerFor(
  question: string,
  thread: readonly ThreadMessage[],
  ts: string,
  deps: ListenerDeps,
): Promise<Message> {
  if (!question && thread[0]) return replyTo(thread[0].text, deps);
  if (thread.length === 0 || isAddRequest(question)) return replyTo(question, deps);
  const { followUp, answer } = answerFollowUp(
    thread,
    question,
    deps.index,
    (query) => answerQuery(deps.index, query),
    ts,
  );
  if (!answer) return replyTo(question, deps);
  const message = await presentAnswer({ ...answer, query: question }, deps);
  return readWith(message, followUp.added);
}

/**
 * Answers a message off the ack path: the conversation waits its turn in the queue (see
 * answerLater). Past the queue's limit, the message's writer is told the bot is busy, and while the
 * bot starts, that the answer follows, when `addressed` (a reply in a thread may have asked nothing:
 * it is dropped quietly, and told nothing before).
 */
export function converseLater(conversation: Conversation, addressed = true): void {
  const { channel, message } = conversation;
  const tell = (text: string, what: string) => async () => {
    if (addressed)
      await sayToWriter(
        conversation,
        channel,
        message.user ?? '',
        message.thread_ts ?? message.ts,
        text,
        what,
      );
  };
  answerLater(
    conversation.deps,
    () => converse(conversation),
    tell(BUSY_TEXT, 'Saying busy'),
    tell(WAIT_TEXT, 'Saying the answer follows'),
    { page: isAddRequest(plainText(message.text ?? '')) },
  );
}

/** A short ephemeral word to a message's writer, in its thread. */
async function sayToWriter(
  { client, logger }: Pick<Conversation, 'client' | 'logger'>,
  channel: string,
  user: string,
  thread: string | undefined,
  text: string,
  what: string,
): Promise<void> {
  try {
    await client.chat.postEphemeral({ channel, user, ...(thread ? { thread_ts: thread } : {}), text });
  } catch (error) {
    logger.error(describeFailure(`${what} to a message in channel ${channel}`, error));
  }
}
