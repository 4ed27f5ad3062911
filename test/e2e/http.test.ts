/**
 * The real Bolt app over HTTP on loopback, against the Slack stand-in: requests signed as Slack
 * signs them, answers read from what the bot posted to the stand-in.
 */
import type { KnownBlock } from '@slack/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockProblems } from '../../src/blocks/limits.js';
import { SECRET, startTestBot, type TestBot } from '../helpers/bot.js';
import type { RecordingLogger } from '../helpers/logger.js';
import { buttonClick, eventEnvelope, mention, postSigned, slashCommandBody } from '../stand-in/requests.js';
import type { StandIn } from '../stand-in/slack.js';

let test: TestBot;
let slack: StandIn;
let logger: RecordingLogger;
let url: string;

beforeAll(async () => {
  test = await startTestBot();
  ({ slack, logger, url } = test);
});

afterAll(async () => {
  await test?.stop();
});

/** Every mrkdwn and plain text of a message's blocks. */
function texts(blocks: KnownBlock[]): string[] {
  return (
    JSON.stringify(blocks)
      .match(/"text":"((?:[^"\\]|\\.)*)"/g)
      ?.map((t) => JSON.parse(`{${t}}`).text as string) ?? []
  );
}

async function command(text: string, options: Parameters<typeof postSigned>[3] = {}) {
  const responseUrl = slack.responseUrl();
  const id = responseUrl.split('/').pop();
  const started = Date.now();
  const res = await postSigned(
    url,
    slashCommandBody({ command: '/scaledeal', text, responseUrl }),
    SECRET,
    options,
  );
  return {
    res,
    elapsed: Date.now() - started,
    id,
    reply: () => slack.waitFor(() => slack.responses.find((r) => r.id === id)),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('slash command over HTTP', () => {
  it('answers a signed /scaledeal valuation within 3 s, with facts and their citations', async () => {
    const { res, elapsed, reply } = await command('valuation');
    expect(res.status).toBe(200);
    expect(elapsed).toBeLessThan(3000);
    const { body, at } = await reply();
    expect(at - Date.now() + elapsed).toBeLessThan(3000);
    expect(body.response_type).toBe('ephemeral');
    const all = texts(body.blocks as KnownBlock[]).join('\n');
    expect(all).toMatch(/28 billion/);
    expect(all).toContain('`002_85cfbc7a48a6de22`');
    // The valuation before the deal and the deal's are a history, not sources that differ.
    expect(all).toMatch(/valuation over time/);
    expect(all).not.toMatch(/Sources differ on valuation/);
    expect(blockProblems(body.blocks as KnownBlock[], body.text as string)).toEqual([]);
    expect(JSON.stringify(body.blocks)).toContain('"action_id":"share_answer"');
  });

  it('refuses a signature older than 5 minutes with 401 and posts nothing', async () => {
    const before = slack.responses.length + slack.calls.length;
    const { res } = await command('valuation', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
    await sleep(300);
    expect(slack.responses.length + slack.calls.length).toBe(before);
  });

  it('refuses a body altered after signing with 401 and posts nothing', async () => {
    const before = slack.responses.length + slack.calls.length;
    const { res } = await command('valuation', { tamper: (b) => b.replace('valuation', 'stake') });
    expect(res.status).toBe(401);
    await sleep(300);
    expect(slack.responses.length + slack.calls.length).toBe(before);
  });

  it('answers a query holding <!channel> and <@U123> without pinging anyone', async () => {
    const { reply } = await command('<!channel> valuation <@U123>');
    const { body } = await reply();
    const message = `${JSON.stringify(body.blocks)}${body.text}`;
    expect(message).not.toMatch(/<!channel>|<@U123>/);
    expect(texts(body.blocks as KnownBlock[]).join('\n')).toMatch(/28 billion/);
  });

  it('answers a 4,000-character query within Block Kit limits', async () => {
    const { res, reply } = await command(`valuation ${'stake '.repeat(665)}`.slice(0, 4000));
    expect(res.status).toBe(200);
    const { body } = await reply();
    expect(blockProblems(body.blocks as KnownBlock[], body.text as string)).toEqual([]);
  });

  it('answers help and sources', async () => {
    const help = await (await command('')).reply();
    expect(texts(help.body.blocks as KnownBlock[]).join('\n')).toMatch(/\/scaledeal sources/);
    const sources = await (await command('sources')).reply();
    const listed = texts(sources.body.blocks as KnownBlock[]).join('\n');
    for (const id of [
      '000_10f5d5b3268c17aa',
      '001_c4dded3c41129f83',
      '002_85cfbc7a48a6de22',
      '003_7b0b58c12c9b1b0c',
    ])
      expect(listed).toContain(id);
  });

  it('shows the digest on demand', async () => {
    const { body } = await (await command('digest')).reply();
    expect(body.response_type).toBe('ephemeral');
    const all = texts(body.blocks as KnownBlock[]).join('\n');
    expect(all).toMatch(/Key figures/);
    expect(all).toMatch(/49%/);
    expect(blockProblems(body.blocks as KnownBlock[], body.text as string)).toEqual([]);
  });

  it('says when the coverage is silent and suggests topics it covers', async () => {
    const { body } = await (await command('volcanoes')).reply();
    const all = texts(body.blocks as KnownBlock[]).join('\n');
    expect(all).toMatch(/Nothing in the coverage on “volcanoes”/);
    expect(all).toMatch(/Try: `\/scaledeal /);
  });

  it('shares an answer in the channel with the button, and removes the private one so it cannot be shared twice', async () => {
    // The private answer, as the command's response URL leaves it in the channel.
    const asked = await command('stake');
    await asked.reply();
    const privateAnswer = slack.messages.find(
      (m) => m.ephemeral && /share_answer/.test(JSON.stringify(m.blocks)),
    );
    if (!privateAnswer) throw new Error('no private answer with a Share button');
    const click = (responseUrl: string) =>
      postSigned(
        url,
        new URLSearchParams({
          payload: JSON.stringify(
            buttonClick({
              actionId: 'share_answer',
              value: 'stake',
              responseUrl,
              messageTs: privateAnswer.ts,
            }),
          ),
        }).toString(),
        SECRET,
      );
    const responseUrl = slack.responseUrl('C0NEWS', privateAnswer.ts);
    const id = responseUrl.split('/').pop();
    const sent = () => slack.responses.filter((r) => r.id === id).map((r) => r.body);
    expect((await click(responseUrl)).status).toBe(200);
    const [shared, removal] = await slack.waitFor(() => (sent().length >= 2 ? sent() : undefined));
    expect(shared?.response_type).toBe('in_channel');
    expect(texts(shared?.blocks as KnownBlock[]).join('\n')).toMatch(/49%/);
    expect(JSON.stringify(shared?.blocks)).toContain('Shared by <@U0REPORTER>');
    expect(removal).toEqual({ delete_original: true });
    expect(slack.messages.some((m) => m.ts === privateAnswer.ts)).toBe(false);

    // A second click on the same message (it raced the deletion): nothing is posted twice.
    expect((await click(slack.responseUrl('C0NEWS', privateAnswer.ts))).status).toBe(200);
    await sleep(500);
    expect(
      slack.responses.filter(
        (r) => r.body.response_type === 'in_channel' && /Shared by/.test(JSON.stringify(r.body)),
      ),
    ).toHaveLength(1);
  });
});

describe('mentions over HTTP', () => {
  const deliver = (envelope: Record<string, unknown>, headers: Record<string, string> = {}) =>
    postSigned(url, JSON.stringify(envelope), SECRET, { contentType: 'application/json', headers });
  const postsIn = (thread: string) =>
    slack.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === thread);

  it('answers a mention in a thread under it', async () => {
    const res = await deliver(
      eventEnvelope(
        'Ev001',
        mention({ text: '<@UBOT> what stake is Meta taking?', ts: '1700000100.000100' }),
      ),
    );
    expect(res.status).toBe(200);
    const [post] = await slack.waitFor(
      () => postsIn('1700000100.000100').length > 0 && postsIn('1700000100.000100'),
    );
    expect(post?.args.channel).toBe('C0NEWS');
    expect(JSON.stringify(post?.args.blocks)).toMatch(/49%/);
    expect(post?.token).toBe('xoxb-test-token');
  });

  it('answers an event delivered twice only once', async () => {
    const envelope = eventEnvelope('Ev002', mention({ text: '<@UBOT> revenue', ts: '1700000200.000100' }));
    await deliver(envelope);
    await deliver(envelope, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await slack.waitFor(() => postsIn('1700000200.000100').length > 0);
    await sleep(500);
    expect(postsIn('1700000200.000100')).toHaveLength(1);
  });

  it('answers a mention inside a thread in that thread', async () => {
    await deliver(
      eventEnvelope(
        'Ev003',
        mention({ text: '<@UBOT> founded', ts: '1700000301.000100', thread_ts: '1700000300.000100' }),
      ),
    );
    const [post] = await slack.waitFor(
      () => postsIn('1700000300.000100').length > 0 && postsIn('1700000300.000100'),
    );
    expect(JSON.stringify(post?.args.blocks)).toMatch(/2016/);
  });

  it("answers a bare mention in a thread from the thread's parent message", async () => {
    slack.setThread('C0NEWS', '1700000400.000100', [
      { ts: '1700000400.000100', user: 'U0EDITOR', text: 'What is Scale AI’s revenue?' },
    ]);
    await deliver(
      eventEnvelope(
        'Ev004',
        mention({ text: '<@UBOT>', ts: '1700000401.000100', thread_ts: '1700000400.000100' }),
      ),
    );
    const [post] = await slack.waitFor(
      () => postsIn('1700000400.000100').length > 0 && postsIn('1700000400.000100'),
    );
    expect(slack.callsTo('conversations.replies').at(-1)?.args).toMatchObject({
      channel: 'C0NEWS',
      ts: '1700000400.000100',
    });
    expect(JSON.stringify(post?.args.blocks)).toMatch(/870 million/);
  });

  it('logs a mention in a channel the Web API refuses, with a hint, and still answers the next command', async () => {
    slack.fail('chat.postMessage', { error: 'not_in_channel', channel: 'C0CLOSED' });
    await deliver(
      eventEnvelope(
        'Ev005',
        mention({ text: '<@UBOT> stake', ts: '1700000500.000100', channel: 'C0CLOSED' }),
      ),
    );
    await slack.waitFor(() => logger.lines.find((l) => l.level === 'error' && /not_in_channel/.test(l.text)));
    expect(logger.text()).toMatch(/invite the bot to the channel/);
    const { reply } = await command('stake');
    expect(texts((await reply()).body.blocks as KnownBlock[]).join('\n')).toMatch(/49%/);
  });

  it('logs a Web API that keeps failing with 5xx, and answers the next mention once Slack is back', async () => {
    slack.fail('chat.postMessage', { status: 503, channel: 'C0FLAKY', times: 3 });
    await deliver(
      eventEnvelope('Ev006', mention({ text: '<@UBOT> stake', ts: '1700000600.000100', channel: 'C0FLAKY' })),
    );
    await slack.waitFor(
      () => logger.lines.find((l) => l.level === 'error' && /C0FLAKY/.test(l.text)),
      10_000,
    );
    await deliver(
      eventEnvelope('Ev007', mention({ text: '<@UBOT> stake', ts: '1700000700.000100', channel: 'C0FLAKY' })),
    );
    const post = await slack.waitFor(() => postsIn('1700000700.000100').find((c) => c.ok));
    expect(postsIn('1700000600.000100').every((c) => !c.ok)).toBe(true);
    expect(JSON.stringify(post.args.blocks)).toMatch(/49%/);
  });

  it('waits out a 429 with Retry-After and then answers', async () => {
    slack.fail('chat.postMessage', { status: 429, retryAfter: 1, channel: 'C0BUSY', times: 1 });
    await deliver(
      eventEnvelope(
        'Ev008',
        mention({ text: '<@UBOT> revenue', ts: '1700000800.000100', channel: 'C0BUSY' }),
      ),
    );
    const post = await slack.waitFor(() => postsIn('1700000800.000100').find((c) => c.ok), 10_000);
    expect(postsIn('1700000800.000100').filter((c) => !c.ok)).toHaveLength(1);
    expect(JSON.stringify(post.args.blocks)).toMatch(/870 million/);
  });

  it('answers Slack’s URL verification with the challenge', async () => {
    const res = await deliver({ type: 'url_verification', token: 't', challenge: 'challenge-123' });
    expect(await res.text()).toContain('challenge-123');
  });

  it('never logs the token or the signing secret', () => {
    expect(logger.text()).not.toContain('xoxb-test-token');
    expect(logger.text()).not.toContain(SECRET);
  });
});
