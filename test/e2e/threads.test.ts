/**
 * Conversations in threads and direct messages, end to end: the real Bolt app over HTTP on
 * loopback against the Slack stand-in, over the BBC archive (read from ../shared). Messages are
 * written into the stand-in first (so that conversations.replies returns them, as Slack does), then
 * delivered as Slack delivers them: a `message` event, an `app_mention` event, or both.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import { type Bot, startBot } from '../../src/bot.js';
import { parseConfig } from '../../src/config.js';
import type { ChannelMessage } from '../../src/playground/stand-in.js';
import { SECRET, testEnv } from '../helpers/bot.js';
import { type RecordingLogger, recordingLogger } from '../helpers/logger.js';
import { type TestRedis, testRedis } from '../helpers/redis.js';
import { eventEnvelope, postSigned } from '../stand-in/requests.js';
import { type StandIn, startStandIn } from '../stand-in/slack.js';

const CHANNEL = 'C0NEWS';
const BBC = join('..', 'shared', 'corpora', 'bbc');
/** The story of the thread: Ryanair's Boeing order (no answer key uses it). */
const STORY = 'business/047';

let slack: StandIn;
let bot: Bot;
let url: string;
let events = 0;
let logger: RecordingLogger;

async function start(env: Record<string, string>, log = recordingLogger()): Promise<Bot> {
  return startBot(parseConfig(testEnv(slack, env)), { logger: log });
}

beforeAll(async () => {
  slack = await startStandIn();
  logger = recordingLogger();
  bot = await start({ CORPUS_DIR: BBC }, logger);
  url = `http://127.0.0.1:${bot.port}/slack/events`;
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await slack?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Delivery = 'message' | 'app_mention';

/** Delivers a message as Slack does: the event(s) it raises, each with its own event id. */
async function deliver(message: ChannelMessage, as: Delivery[], target = url, channelType = 'channel') {
  for (const type of as) {
    const event = {
      type,
      channel: message.channel,
      user: message.user,
      text: message.text,
      ts: message.ts,
      ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
      ...(message.bot_id ? { bot_id: message.bot_id } : {}),
      ...(type === 'message' ? { channel_type: channelType } : {}),
    };
    const res = await postSigned(target, JSON.stringify(eventEnvelope(`Ev${++events}`, event)), SECRET, {
      contentType: 'application/json',
    });
    expect(res.status).toBe(200);
  }
}

/** A person writes in the channel (or a thread), and Slack delivers it. */
async function say(
  text: string,
  options: { thread?: string; as?: Delivery[]; channel?: string; channelType?: string; target?: string } = {},
) {
  const message = slack.addMessage({
    channel: options.channel ?? CHANNEL,
    user: 'U0REPORTER',
    text,
    ...(options.thread ? { thread_ts: options.thread } : {}),
  });
  const as = options.as ?? (/<@UBOT>/.test(text) ? ['app_mention', 'message'] : ['message']);
  await deliver(message, as, options.target, options.channelType);
  return message;
}

/** The bot's posts in a thread. */
const answersIn = (thread: string, channel = CHANNEL) =>
  slack.messages.filter((m) => m.bot_id && m.channel === channel && m.thread_ts === thread);

/** Waits for the bot's next post in a thread, after `before` posts. */
const nextAnswer = async (thread: string, before: number, channel = CHANNEL) =>
  slack.waitFor(() => answersIn(thread, channel)[before], 10_000);

/** The article the first fact of an answer cites, and the fact. */
function firstFact(message: ChannelMessage): { id?: string; text: string } {
  const section = (message.blocks as Array<{ type: string; text?: { text: string } }>).find(
    (b) => b.type === 'section' && b.text?.text.startsWith('•'),
  );
  const text = section?.text?.text ?? '';
  return { id: text.match(/`([^`]+)`/)?.[1], text };
}

describe('a conversation in a thread, over the BBC archive', () => {
  let thread: string;

  it('answers a mention about one story in a thread under it, once though delivered twice', async () => {
    const asked = await say('<@UBOT> what did Ryanair order from Boeing?');
    thread = asked.ts;
    const answer = await nextAnswer(thread, 0);
    expect(firstFact(answer).id).toBe(STORY);
    await sleep(400);
    expect(answersIn(thread)).toHaveLength(1);
  });

  it('answers a follow-up mention that names nothing about the thread’s story', async () => {
    const question = 'and how much is the order worth?';
    // Asked on its own, the archive's first fact is another order's (since rank-33's headline weight
    // "the deal" alone finds this story's article, whose headline says "deal").
    expect(answerQuery(bot.index, question).facts[0]?.citations.map((c) => c.id)).not.toContain(STORY);
    await say(`<@UBOT> ${question}`, { thread, as: ['app_mention'] });
    const answer = await nextAnswer(thread, 1);
    expect(firstFact(answer).id).toBe(STORY);
    expect(firstFact(answer).text).toMatch(/\$4bn/);
    expect(JSON.stringify(answer.blocks)).toMatch(/Read with this thread: Ryanair/);
  });

  it('answers a follow-up without a mention, in the thread, about the story', async () => {
    const question = 'how many jobs will it create?';
    expect(answerQuery(bot.index, question).facts[0]?.citations.map((c) => c.id)).not.toContain(STORY);
    await say(question, { thread });
    const answer = await nextAnswer(thread, 2);
    expect(firstFact(answer).id).toBe(STORY);
    expect(firstFact(answer).text).toMatch(/2,500/);
  });

  it('leaves "thanks!" alone, and edits, and the bot’s own messages', async () => {
    const before = answersIn(thread).length;
    await say('thanks!', { thread });
    // An edit of a reply into a question: Slack sends message_changed, never answered.
    await postSigned(
      url,
      JSON.stringify(
        eventEnvelope(`Ev${++events}`, {
          type: 'message',
          subtype: 'message_changed',
          channel: CHANNEL,
          channel_type: 'channel',
          ts: `${Math.floor(Date.now() / 1000)}.000900`,
          message: {
            type: 'message',
            user: 'U0REPORTER',
            text: 'what about its fuel costs?',
            thread_ts: thread,
          },
        }),
      ),
      SECRET,
      { contentType: 'application/json' },
    );
    // Slack delivers the bot's own answers back to it as messages: a question ends each header.
    const own = answersIn(thread).at(-1) as ChannelMessage;
    await deliver({ ...own, user: 'UBOT', text: 'how many jobs will it create?' }, ['message']);
    await deliver({ ...own, ts: `${own.ts}1`, user: 'UBOT', bot_id: undefined, text: 'why?' }, ['message']);
    await sleep(800);
    expect(answersIn(thread)).toHaveLength(before);
  });

  it('answers a reply delivered as both message and app_mention, and retried, once', async () => {
    const before = answersIn(thread).length;
    const asked = await say('<@UBOT> how many passengers will it carry?', {
      thread,
      as: ['message', 'app_mention', 'message'],
    });
    const answer = await nextAnswer(thread, before);
    expect(firstFact(answer).id).toBe(STORY);
    expect(firstFact(answer).text).toMatch(/70 million passengers/);
    await sleep(600);
    expect(answersIn(thread)).toHaveLength(before + 1);
    expect(asked.thread_ts).toBe(thread);
  });

  it('answers no question in a thread the bot never joined', async () => {
    const parent = await say('Ryanair just ordered more Boeing planes');
    await say('how many jobs will it create?', { thread: parent.ts });
    await say('what is the deal worth?', { thread: parent.ts });
    await sleep(800);
    expect(answersIn(parent.ts)).toHaveLength(0);
    expect(slack.messages.filter((m) => m.bot_id && m.ts === parent.ts)).toHaveLength(0);
  });

  it('answers a mention as asked when the thread cannot be read, and logs how to fix it', async () => {
    slack.fail('conversations.replies', { error: 'missing_scope', channel: 'C0NOSCOPE' });
    const parent = await say('<@UBOT> what did Ryanair order from Boeing?', { channel: 'C0NOSCOPE' });
    await nextAnswer(parent.ts, 0, 'C0NOSCOPE');
    await say('<@UBOT> how many jobs will it create?', { channel: 'C0NOSCOPE', thread: parent.ts });
    await say('and what is the deal worth?', { channel: 'C0NOSCOPE', thread: parent.ts });
    const answer = await nextAnswer(parent.ts, 1, 'C0NOSCOPE');
    expect(JSON.stringify(answer.blocks)).not.toMatch(/Read with this thread/);
    await sleep(600);
    expect(answersIn(parent.ts, 'C0NOSCOPE')).toHaveLength(2);
    expect(logger.text()).toMatch(
      /Reading thread \S+ in channel C0NOSCOPE failed: missing_scope; add the missing scope/,
    );
  });

  it('answers a question naming a new subject about that subject', async () => {
    const before = answersIn(thread).length;
    await say('what did the chancellor say about pensioners?', { thread });
    const answer = await nextAnswer(thread, before);
    expect(firstFact(answer).id).not.toBe(STORY);
    expect(JSON.stringify(answer.blocks)).not.toMatch(/Read with this thread/);
  });
});

describe('a direct message conversation', () => {
  const DM = 'D0REPORTER';

  it('answers each direct message in its own thread, and follow-ups in that thread', async () => {
    const opened = await say('what did Ryanair order from Boeing?', { channel: DM, channelType: 'im' });
    const first = await nextAnswer(opened.ts, 0, DM);
    expect(firstFact(first).id).toBe(STORY);

    await say('how many jobs will it create?', { channel: DM, channelType: 'im', thread: opened.ts });
    const followUp = await nextAnswer(opened.ts, 1, DM);
    expect(firstFact(followUp).id).toBe(STORY);
    await say('thanks!', { channel: DM, channelType: 'im', thread: opened.ts });

    // A new direct message is a conversation of its own: the Ryanair thread does not steer it.
    const question = 'how many jobs will it create?';
    const fresh = await say(question, { channel: DM, channelType: 'im' });
    const own = await nextAnswer(fresh.ts, 0, DM);
    expect(firstFact(own).id).toBe(answerQuery(bot.index, question).facts[0]?.citations[0]?.id);
    expect(firstFact(own).id).not.toBe(STORY);
    await sleep(500);
    expect(answersIn(opened.ts, DM)).toHaveLength(2);
  });
});

describe('THREAD_FOLLOWUPS=false', () => {
  it('answers mentions in a thread, and leaves questions without a mention alone', async () => {
    const off = await start({ CORPUS_DIR: 'seeds', THREAD_FOLLOWUPS: 'false' });
    const target = `http://127.0.0.1:${off.port}/slack/events`;
    try {
      const asked = await say('<@UBOT> what stake is Meta taking?', { channel: 'C0OFF', target });
      await nextAnswer(asked.ts, 0, 'C0OFF');
      await say('how much did they pay?', { channel: 'C0OFF', thread: asked.ts, target });
      await sleep(600);
      expect(answersIn(asked.ts, 'C0OFF')).toHaveLength(1);
      await say('<@UBOT> how much did they pay?', { channel: 'C0OFF', thread: asked.ts, target });
      await nextAnswer(asked.ts, 1, 'C0OFF');
    } finally {
      await off.stop();
    }
  });
});

describe('two replicas sharing Redis', () => {
  it('answer a follow-up delivered to both, as message and as app_mention, once', async () => {
    const own: TestRedis | undefined = process.env.TEST_REDIS_URL ? undefined : await testRedis();
    const redisUrl = process.env.TEST_REDIS_URL ?? own?.url ?? '';
    // A command of this run's own keeps its keys apart from other runs on the same Redis.
    const env = { CORPUS_DIR: 'seeds', REDIS_URL: redisUrl, COMMAND: `/t${Date.now().toString(36)}` };
    const [a, b] = [await start(env), await start(env)];
    const [toA, toB] = [a, b].map((r) => `http://127.0.0.1:${r.port}/slack/events`) as [string, string];
    try {
      const asked = await say('<@UBOT> what stake is Meta taking?', { channel: 'C0TWO', target: toA });
      await nextAnswer(asked.ts, 0, 'C0TWO');
      const followUp = slack.addMessage({
        channel: 'C0TWO',
        user: 'U0REPORTER',
        text: '<@UBOT> how much did they pay for it?',
        thread_ts: asked.ts,
      });
      await Promise.all([
        deliver(followUp, ['message'], toA),
        deliver(followUp, ['app_mention', 'message'], toB),
      ]);
      const answer = await nextAnswer(asked.ts, 1, 'C0TWO');
      expect(JSON.stringify(answer.blocks)).toMatch(/15 billion/);
      await sleep(800);
      expect(answersIn(asked.ts, 'C0TWO')).toHaveLength(2);
    } finally {
      await a.stop();
      await b.stop();
      await own?.stop();
    }
  });
});
