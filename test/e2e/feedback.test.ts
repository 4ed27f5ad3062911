/**
 * Answers and votes end to end: the real Bolt app over HTTP on loopback, against the Slack
 * stand-in, with votes kept in DATA_DIR or in Redis, and `npm run feedback` run as a reader would.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { KnownBlock } from '@slack/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import { FEEDBACK_ACTIONS } from '../../src/blocks/feedback.js';
import { blockProblems } from '../../src/blocks/limits.js';
import { buildIndex } from '../../src/index/build.js';
import { SECRET, startTestBot, type TestBot, useTestBot } from '../helpers/bot.js';
import { testRedis } from '../helpers/redis.js';
import { buttonClick, eventEnvelope, mention, postSigned } from '../stand-in/requests.js';
import type { StandIn } from '../stand-in/slack.js';

const QUESTION = 'How much is Meta investing in Scale AI?';
const run = Date.now().toString(36);
let redis: { url: string; stop?: () => Promise<void> };

beforeAll(async () => {
  redis = process.env.TEST_REDIS_URL ? { url: process.env.TEST_REDIS_URL } : await testRedis();
});
afterAll(async () => {
  await redis?.stop?.();
});

const unescapeMrkdwn = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The facts a message shows: the bullet sections' first lines, unescaped. */
const factsOf = (blocks: KnownBlock[]) =>
  blocks.flatMap((b) =>
    b.type === 'section' && b.text?.text.startsWith('• ')
      ? [unescapeMrkdwn(b.text.text.slice(2).split('\n')[0] ?? '')]
      : [],
  );

const buttonValue = (blocks: KnownBlock[], actionId: string) => {
  for (const block of blocks)
    if (block.type === 'actions')
      for (const e of block.elements) if (e.type === 'button' && e.action_id === actionId) return e.value;
  return undefined;
};

const feedbackCli = promisify(execFile);

const stores: Array<[string, () => Record<string, string>]> = [
  ['DATA_DIR', () => ({ DATA_DIR: mkdtempSync(join(tmpdir(), 'data-')) })],
  // A command of its own keeps this run's keys apart from anything else in a shared Redis.
  [
    'Redis',
    () => ({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'data-')),
      REDIS_URL: redis.url,
      COMMAND: `/fb${run}`,
    }),
  ],
];

describe.each(stores)('votes on answers, kept in %s', (_, storeEnv) => {
  let test: TestBot;
  let slack: StandIn;
  let url: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    env = storeEnv();
    test = await startTestBot(env);
    ({ slack, url } = test);
  }, 30_000);

  afterAll(async () => {
    await test?.stop();
  });

  const ask = async (eventId: string, ts: string) => {
    const thread = '1700009000.000100';
    await postSigned(
      url,
      JSON.stringify(eventEnvelope(eventId, mention({ text: `<@UBOT> ${QUESTION}`, ts, thread_ts: thread }))),
      SECRET,
      { contentType: 'application/json' },
    );
    const post = await slack.waitFor(() =>
      slack.callsTo('chat.postMessage').find((c) => c.args.thread_ts === thread && c.ok),
    );
    return post.args.blocks as KnownBlock[];
  };

  const click = async (actionId: string, value: string, user: string) => {
    const responseUrl = slack.responseUrl('C0NEWS');
    const payload = buttonClick({ actionId, value, responseUrl, user });
    const res = await postSigned(
      url,
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      SECRET,
    );
    expect(res.status).toBe(200);
    return (await slack.waitFor(() => slack.responses.find((r) => responseUrl.endsWith(r.id)))).body;
  };

  const listed = async (...args: string[]) =>
    (
      await feedbackCli(process.execPath, ['--import', 'tsx', 'src/cli/feedback.ts', ...args], {
        env: { PATH: process.env.PATH, SLACK_BOT_TOKEN: 'xoxb-cli', ...env },
        encoding: 'utf8',
      })
    ).stdout;

  it('stores a Not helpful click once per user, thanks the voter alone, and npm run feedback lists it', async () => {
    const blocks = await ask(`EvFb1${run}`, '1700009001.000100');
    expect(blockProblems(blocks)).toEqual([]);
    const shown = factsOf(blocks);
    expect(shown.length).toBeGreaterThan(0);
    const value = buttonValue(blocks, FEEDBACK_ACTIONS.not_helpful) ?? '';
    expect(buttonValue(blocks, FEEDBACK_ACTIONS.helpful)).toBe(value);

    const thanks = await click(FEEDBACK_ACTIONS.not_helpful, value, 'U0EDITOR');
    expect(thanks).toMatchObject({
      response_type: 'ephemeral',
      replace_original: false,
      text: 'Thanks, noted.',
    });
    const again = await click(FEEDBACK_ACTIONS.not_helpful, value, 'U0EDITOR');
    expect(again.text).toMatch(/^Thanks, noted\. It replaces your earlier vote/);
    expect(await click(FEEDBACK_ACTIONS.helpful, value, 'U0OTHER')).toMatchObject({ text: 'Thanks, noted.' });

    const votes = (await listed('--json'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({
      vote: 'not_helpful',
      question: QUESTION,
      user: 'U0EDITOR',
      channel: 'C0NEWS',
    });
    expect(Date.now() - Date.parse(votes[0].at)).toBeLessThan(60_000);
    expect(votes[0].facts.map((f: { text: string }) => f.text)).toEqual(shown);
    for (const f of votes[0].facts) {
      expect(f.citations.length).toBeGreaterThan(0);
      for (const id of f.citations) expect(JSON.stringify(blocks)).toContain(`\`${id}\``);
    }

    const text = await listed();
    expect(text).toContain(`Q: ${QUESTION}`);
    expect(text).toContain('not helpful  U0EDITOR in C0NEWS');
    expect(text).toContain(`• ${shown[0]}`);
    expect(text).not.toContain('U0OTHER');
    expect(await listed('--all')).toContain('helpful  U0OTHER');
  }, 30_000);

  it('lists the newest unhelpful vote first', async () => {
    const blocks = await ask(`EvFb2${run}`, '1700009002.000100');
    await click(
      FEEDBACK_ACTIONS.not_helpful,
      buttonValue(blocks, FEEDBACK_ACTIONS.not_helpful) ?? '',
      'U0LATE',
    );
    const users = (await listed('--json'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).user);
    expect(users).toEqual(['U0LATE', 'U0EDITOR']);
  }, 30_000);

  it('tells the voter when a button cannot be read, and keeps nothing', async () => {
    const reply = await click(FEEDBACK_ACTIONS.not_helpful, '{"tampered":true}', 'U0EDITOR');
    expect(reply).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/out of date/) });
    expect((await listed('--json')).trim().split('\n')).toHaveLength(2);
  }, 30_000);
});

// The short answer the engine gives for the question, end to end through the real app.
const seeds = await buildIndex('seeds', { warn: () => {} });
// A question the engine answers with a bold short answer (shown only when its confidence is high enough).
const SHORT_QUESTION =
  [QUESTION, 'what stake is Meta taking?', 'when was Scale AI founded?'].find(
    (q) => answerQuery(seeds, q).answer !== undefined,
  ) ?? QUESTION;
const short = answerQuery(seeds, SHORT_QUESTION).answer;

describe('a question mentioned in a thread', () => {
  const test = useTestBot();

  it('is answered in the thread with the short answer first (bold when sure, else "Likely"), then its fact', async () => {
    const thread = '1700009100.000100';
    await postSigned(
      test.url,
      JSON.stringify(
        eventEnvelope(
          'EvShort',
          mention({ text: `<@UBOT> ${SHORT_QUESTION}`, ts: '1700009101.000100', thread_ts: thread }),
        ),
      ),
      SECRET,
      { contentType: 'application/json' },
    );
    const post = await test.slack.waitFor(() =>
      test.slack.callsTo('chat.postMessage').find((c) => c.args.thread_ts === thread && c.ok),
    );
    const blocks = post.args.blocks as KnownBlock[];
    const first = blocks[0];
    const opening = first?.type === 'section' ? (first.text?.text ?? '') : '';
    // The engine's own short answer, as it answers the question outside Slack.
    expect(short).toBeDefined();
    const span = opening.match(
      short?.sure ? /^\*([^*]+)\*$/ : /^Likely: (.+) _\(not certain: check the fact below\)_$/,
    )?.[1];
    expect(span).toBeDefined();
    expect(unescapeMrkdwn(span ?? '')).toBe(short?.text);
    expect(factsOf(blocks)[0]).toContain(unescapeMrkdwn(span ?? ''));
    expect(String(post.args.text).startsWith(short?.sure ? (span ?? '') : `Likely: ${span}`)).toBe(true);
  });
});
