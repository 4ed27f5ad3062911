/**
 * One bot serving two stories from a stories file, in process against the Slack stand-in: each
 * request answered by its story (by command, channel, thread, button), DMs and channels of no
 * story by the first story with a note saying so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_ACTIONS } from '../../src/blocks/feedback.js';
import type { ChannelMessage } from '../../src/playground/stand-in.js';
import { SECRET, startTestBot, type TestBot } from '../helpers/bot.js';
import { twoStories } from '../helpers/stories.js';
import {
  buttonClick,
  eventEnvelope,
  messageShortcut,
  postSigned,
  slashCommandBody,
} from '../stand-in/requests.js';

let test: TestBot;
let events = 0;
const dataDir = mkdtempSync(join(tmpdir(), 'routing-data-'));
const { file } = twoStories();

beforeAll(async () => {
  test = await startTestBot({ STORIES_FILE: file, DATA_DIR: dataDir });
}, 60_000);

afterAll(async () => {
  await test?.stop();
});

/** The article ids a message cites (`in code`). */
const cited = (blocks: unknown) =>
  [...JSON.stringify(blocks ?? []).matchAll(/`([^`\s]+)`/g)]
    .map((m) => m[1] ?? '')
    .filter((id) => !id.startsWith('/'));
const isDeal = (id: string) => /^\d{3}_[0-9a-f]{16}$/.test(id);
const isYukos = (id: string) => id.startsWith('business/');

async function command(command: string, text: string, channel = 'C0DEAL') {
  const responseUrl = test.slack.responseUrl(channel);
  const res = await postSigned(test.url, slashCommandBody({ command, text, responseUrl, channel }), SECRET);
  expect(res.status).toBe(200);
  const { body } = await test.slack.waitFor(
    () => test.slack.responses.find((r) => responseUrl.endsWith(r.id)),
    15_000,
  );
  return body;
}

/** A person writes in a channel (or a thread); Slack delivers `message` (and `app_mention` if it mentions the bot). */
async function say(text: string, channel: string, options: { thread?: string; im?: boolean } = {}) {
  const message = test.slack.addMessage({
    channel,
    user: 'U0REPORTER',
    text,
    ...(options.thread ? { thread_ts: options.thread } : {}),
  });
  const base = {
    channel,
    user: 'U0REPORTER',
    text,
    ts: message.ts,
    ...(options.thread ? { thread_ts: options.thread } : {}),
  };
  const deliveries = [
    { type: 'message', channel_type: options.im ? 'im' : 'channel', ...base },
    ...(text.includes('<@UBOT>') ? [{ type: 'app_mention', ...base }] : []),
  ];
  for (const event of deliveries) {
    const res = await postSigned(test.url, JSON.stringify(eventEnvelope(`EvS${++events}`, event)), SECRET, {
      contentType: 'application/json',
    });
    expect(res.status).toBe(200);
  }
  return message;
}

const answerIn = (channel: string, thread: string) =>
  test.slack.waitFor(
    () =>
      test.slack.messages.find((m): m is ChannelMessage =>
        Boolean(m.bot_id && m.channel === channel && m.thread_ts === thread),
      ),
    15_000,
  );

describe('two stories in one bot', () => {
  it('indexes each story from its own folder, and is ready only then', () => {
    const [deal, yukos] = test.bot.stories;
    expect(deal?.index.articleCount).toBe(4);
    expect(yukos?.index.articleCount).toBe(12);
    expect(test.bot.health.ready).toBe(true);
  });

  it('answers each slash command from its own story only', async () => {
    const deal = await command('/scaledeal', 'valuation', 'C0YUKOS');
    const ids = cited(deal.blocks);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every(isDeal)).toBe(true);
    const yukos = await command('/yukos', 'Yukos tax bill', 'C0DEAL');
    expect(cited(yukos.blocks).length).toBeGreaterThan(0);
    expect(cited(yukos.blocks).every(isYukos)).toBe(true);
    // The seeds never name Yukos: /scaledeal says the coverage is silent.
    expect(JSON.stringify((await command('/scaledeal', 'Yukos tax bill')).blocks)).toMatch(
      /Nothing in the coverage on “Yukos”/,
    );
    // Its buttons name its story, so that a click comes back to it.
    expect(JSON.stringify(yukos.blocks)).toContain('"block_id":"story:yukos"');
  });

  it('lists only a story’s own articles in `sources`, and helps with its own command', async () => {
    const sources = await command('/yukos', 'sources');
    expect(JSON.stringify(sources.blocks)).toContain('Sources: 12 articles');
    expect(cited(sources.blocks).every(isYukos)).toBe(true);
    const help = JSON.stringify((await command('/scaledeal', 'help')).blocks);
    expect(help).toContain('4 articles indexed');
    expect(help).toContain('/scaledeal sources');
    expect(help).not.toContain('/yukos sources');
    // Which story this is, and how to ask the others.
    expect(help).toContain(
      "This is the story *Meta's investment in Scale AI*. Other stories: `/yukos` (The Yukos affair).",
    );
  });

  it('answers a mention from the story of its channel, saying so in the answer’s metadata', async () => {
    const inYukos = await say('<@UBOT> how big is the tax bill?', 'C0YUKOS');
    const answer = await answerIn('C0YUKOS', inYukos.ts);
    expect(cited(answer.blocks).length).toBeGreaterThan(0);
    expect(cited(answer.blocks).every(isYukos)).toBe(true);
    expect(answer.metadata).toEqual({ event_type: 'factbot_answer', event_payload: { story: 'yukos' } });
    expect(JSON.stringify(answer.blocks)).not.toContain('Answered from the story');
    const inDeal = await say('<@UBOT> what stake is Meta taking?', 'C0DEAL');
    const dealAnswer = await answerIn('C0DEAL', inDeal.ts);
    expect(cited(dealAnswer.blocks).every(isDeal)).toBe(true);
    expect(cited(dealAnswer.blocks).length).toBeGreaterThan(0);
  });

  it('answers in a thread from the story of the thread’s first answer, whatever the channel', async () => {
    // A thread in the deal's channel whose first answer came from the Yukos story (say, a shared answer).
    const opened = await say('<@UBOT> who owns Yukos?', 'C0YUKOS');
    const first = await answerIn('C0YUKOS', opened.ts);
    // The same thread as Slack returns it when read from the deal's channel.
    const parent = test.slack.addMessage({ channel: 'C0DEAL', user: 'U0REPORTER', text: 'who owns Yukos?' });
    test.slack.setThread('C0DEAL', parent.ts, [
      { ts: parent.ts, user: 'U0REPORTER', text: 'who owns Yukos?' },
      {
        ts: `${parent.ts}1`,
        thread_ts: parent.ts,
        bot_id: 'BBOT',
        user: 'UBOT',
        text: first.text,
        blocks: first.blocks,
        metadata: first.metadata,
      },
    ]);
    const reply = await say('how big was the tax bill?', 'C0DEAL', { thread: parent.ts });
    const answer = await test.slack.waitFor(
      () =>
        test.slack.messages.find(
          (m) => m.bot_id && m.channel === 'C0DEAL' && m.thread_ts === parent.ts && m.ts > reply.ts,
        ),
      15_000,
    );
    expect(cited(answer.blocks).length).toBeGreaterThan(0);
    expect(cited(answer.blocks).every(isYukos)).toBe(true);
    expect(answer.metadata).toMatchObject({ event_payload: { story: 'yukos' } });
  });

  it('answers a DM and a channel of no story from the first story, saying which and how to ask another', async () => {
    for (const [channel, im] of [
      ['D0REPORTER', true],
      ['C0ELSEWHERE', false],
    ] as const) {
      const asked = await say(
        im ? 'what stake is Meta taking?' : '<@UBOT> what stake is Meta taking?',
        channel,
        { im },
      );
      const answer = await answerIn(channel, asked.ts);
      expect(cited(answer.blocks).every(isDeal)).toBe(true);
      expect(JSON.stringify(answer.blocks)).toContain(
        "Answered from the story *Meta's investment in Scale AI* (`/scaledeal`). To ask another story, use its command: `/yukos` (The Yukos affair).",
      );
      expect(answer.metadata).toMatchObject({ event_payload: { story: 'scaledeal' } });
    }
  });

  it('shares a button’s answer from the story its block id names, in any channel', async () => {
    const responseUrl = test.slack.responseUrl('C0DEAL');
    const click = buttonClick({
      actionId: 'share_answer',
      value: 'Yukos tax bill',
      responseUrl,
      channel: 'C0DEAL',
    });
    const actions = click.actions as Array<Record<string, unknown>>;
    if (actions[0]) actions[0].block_id = 'story:yukos';
    await postSigned(test.url, new URLSearchParams({ payload: JSON.stringify(click) }).toString(), SECRET);
    const { body } = await test.slack.waitFor(
      () => test.slack.responses.find((r) => responseUrl.endsWith(r.id)),
      15_000,
    );
    expect(body.response_type).toBe('in_channel');
    expect(cited(body.blocks).length).toBeGreaterThan(0);
    expect(cited(body.blocks).every(isYukos)).toBe(true);
  });

  it('checks a message by its shortcut against the story of its channel', async () => {
    const responseUrl = test.slack.responseUrl('C0YUKOS');
    const payload = messageShortcut({
      callbackId: 'check_against_coverage',
      message: { text: 'Yukos faces a $27.5bn tax bill.', ts: '1700000000.000900' },
      responseUrl,
      channel: 'C0YUKOS',
    });
    await postSigned(test.url, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), SECRET);
    const { body } = await test.slack.waitFor(
      () => test.slack.responses.find((r) => responseUrl.endsWith(r.id)),
      15_000,
    );
    expect(JSON.stringify(body.blocks)).toContain('Supported');
    expect(cited(body.blocks).every(isYukos)).toBe(true);
  });

  it('keeps a vote with the story its button names, and `feedback --story` lists that story’s votes', async () => {
    const responseUrl = test.slack.responseUrl('C0DEAL');
    const click = buttonClick({
      actionId: FEEDBACK_ACTIONS.not_helpful,
      value: JSON.stringify({ a: '00c0ffee00c0ffee', q: 'who pays the tax bill?' }),
      responseUrl,
      channel: 'C0DEAL',
    });
    const actions = click.actions as Array<Record<string, unknown>>;
    if (actions[0]) actions[0].block_id = 'story:yukos';
    await postSigned(test.url, new URLSearchParams({ payload: JSON.stringify(click) }).toString(), SECRET);
    await test.slack.waitFor(() => test.slack.responses.find((r) => responseUrl.endsWith(r.id)), 15_000);
    expect(existsSync(join(dataDir, 'yukos', 'feedback-votes.jsonl'))).toBe(true);
    expect(existsSync(join(dataDir, 'scaledeal', 'feedback-votes.jsonl'))).toBe(false);
    const cli = (story: string) =>
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'src/cli/feedback.ts', '--json', '--stories', file, '--story', story],
        {
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, SLACK_BOT_TOKEN: 'xoxb-x' },
        },
      );
    expect(cli('yukos')).toContain('who pays the tax bill?');
    expect(cli('scaledeal')).toBe('');
  });
});
