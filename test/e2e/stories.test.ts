/**
 * `npm start` with a stories file of two stories, against the Slack stand-in: the seeds under one
 * command in one channel, the Yukos affair (BBC articles copied to a temporary folder at test time)
 * under another command in another channel. Each command and each channel's mentions answered from
 * its own story only; `sources` its own; each story's digest to its own channel once a slot, by one
 * replica and by two sharing a Redis, whose keys are kept apart per story.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmStart, type Started } from '../helpers/npm-start.js';
import { freePort, type TestRedis, testRedis } from '../helpers/redis.js';
import { twoStories, writeStoriesFile } from '../helpers/stories.js';
import { eventEnvelope, mention, postSigned, slashCommandBody } from '../stand-in/requests.js';
import { type StandIn, startStandIn } from '../stand-in/slack.js';

const SECRET = 'stories-secret';
const CRON = '*/3 * * * * *';
const CHANNELS = { scaledeal: 'C0DEALDIGEST', yukos: 'C0YUKOSDIGEST' } as const;

/** The article ids a message cites (`in code`), commands aside. */
const cited = (blocks: unknown) =>
  [...JSON.stringify(blocks ?? []).matchAll(/`([^`\s]+)`/g)]
    .map((m) => m[1] ?? '')
    .filter((id) => !id.startsWith('/'));
const isDeal = (id: string) => /^\d{3}_[0-9a-f]{16}$/.test(id);
const isYukos = (id: string) => id.startsWith('business/');

/** Each story's digest slots as a replica's log says it posted them: `[id] Digest for SLOT posted to CHANNEL`. */
const postedSlots = (log: string) =>
  [...log.matchAll(/\[(\w+)\] Digest for (\S+) posted to (\w+)/g)].map((m) => ({
    story: m[1] ?? '',
    slot: m[2] ?? '',
    channel: m[3] ?? '',
  }));

function expectOnceASlot(logs: readonly string[], slack: StandIn) {
  const posted = logs.flatMap(postedSlots);
  for (const [story, channel] of Object.entries(CHANNELS)) {
    const mine = posted.filter((p) => p.story === story);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.every((p) => p.channel === channel)).toBe(true);
    // Once a slot: no slot posted twice, by this replica or another.
    expect(new Set(mine.map((p) => p.slot)).size).toBe(mine.length);
    const digests = slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel && c.ok);
    expect(digests.length).toBeGreaterThanOrEqual(mine.length);
    for (const d of digests) {
      const ids = cited(d.args.blocks);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.every(story === 'yukos' ? isYukos : isDeal)).toBe(true);
    }
  }
}

async function startReplica(slack: StandIn, file: string, env: Record<string, string> = {}) {
  const port = await freePort();
  const bot = npmStart({
    SLACK_BOT_TOKEN: 'xoxb-stories',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: String(port),
    STORIES_FILE: file,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'stories-data-')),
    INDEX_CACHE_DIR: mkdtempSync(join(tmpdir(), 'stories-cache-')),
    ...env,
  });
  return { bot, port, url: `http://127.0.0.1:${port}/slack/events` };
}

describe('npm start with a stories file of two stories', () => {
  let slack: StandIn;
  let replica: Awaited<ReturnType<typeof startReplica>>;
  let bot: Started;
  let readyLog = '';
  let dataDir: string;

  beforeAll(async () => {
    slack = await startStandIn();
    dataDir = mkdtempSync(join(tmpdir(), 'stories-data-'));
    replica = await startReplica(slack, twoStories({ digest: { cron: CRON } }).file, { DATA_DIR: dataDir });
    bot = replica.bot;
    // /readyz turns 200 only once every story's index is built.
    const until = Date.now() + 30_000;
    while (!readyLog && Date.now() < until) {
      const res = await fetch(`http://127.0.0.1:${replica.port}/readyz`).catch(() => undefined);
      if (res?.status === 200) readyLog = bot.output();
      else await new Promise((r) => setTimeout(r, 20));
    }
  }, 45_000);

  afterAll(async () => {
    bot?.kill();
    await slack?.close();
  });

  it('is ready once both stories are indexed, and says which commands it answers', () => {
    expect(readyLog).toMatch(/\[scaledeal\] Indexed 4 articles/);
    expect(readyLog).toMatch(/\[yukos\] Indexed 12 articles/);
    expect(bot.output()).toMatch(/answering \/scaledeal, \/yukos and mentions/);
  });

  async function command(command: string, text: string, channel: string) {
    const responseUrl = slack.responseUrl(channel);
    await postSigned(replica.url, slashCommandBody({ command, text, responseUrl, channel }), SECRET);
    const { body } = await slack.waitFor(
      () => slack.responses.find((r) => responseUrl.endsWith(r.id)),
      15_000,
    );
    return body;
  }

  it('answers each command from its own story only, citing only its articles', async () => {
    const deal = cited((await command('/scaledeal', 'what stake is Meta taking?', 'C0YUKOS')).blocks);
    expect(deal.length).toBeGreaterThan(0);
    expect(deal.every(isDeal)).toBe(true);
    const yukos = cited((await command('/yukos', 'how much does Yukos owe in tax?', 'C0DEAL')).blocks);
    expect(yukos.length).toBeGreaterThan(0);
    expect(yukos.every(isYukos)).toBe(true);
  });

  it('lists only the story’s own articles in `sources`', async () => {
    const deal = await command('/scaledeal', 'sources', 'C0DEAL');
    expect(JSON.stringify(deal.blocks)).toContain('Sources: 4 articles');
    expect(cited(deal.blocks).every(isDeal)).toBe(true);
    const yukos = await command('/yukos', 'sources', 'C0DEAL');
    expect(JSON.stringify(yukos.blocks)).toContain('Sources: 12 articles');
    expect(cited(yukos.blocks)).toHaveLength(12);
    expect(cited(yukos.blocks).every(isYukos)).toBe(true);
  });

  it('answers each channel’s mentions from its own story only', async () => {
    const ask = async (channel: string, text: string, ts: string) => {
      await postSigned(
        replica.url,
        JSON.stringify(eventEnvelope(`Ev${ts.replace('.', '')}`, mention({ text, ts, channel }))),
        SECRET,
        { contentType: 'application/json' },
      );
      const post = await slack.waitFor(
        () => slack.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts),
        15_000,
      );
      return cited(post.args.blocks);
    };
    const deal = await ask('C0DEAL', '<@UBOT> what is the valuation?', '1700005000.000100');
    expect(deal.length).toBeGreaterThan(0);
    expect(deal.every(isDeal)).toBe(true);
    const yukos = await ask('C0YUKOS', '<@UBOT> who bought Yuganskneftegas?', '1700005000.000200');
    expect(yukos.length).toBeGreaterThan(0);
    expect(yukos.every(isYukos)).toBe(true);
  });

  it('posts each story’s digest to its own channel once a slot, its state in DATA_DIR/<id>', async () => {
    await slack.waitFor(
      () => postedSlots(bot.output()).filter((p) => p.story === 'yukos').length >= 2,
      20_000,
    );
    await slack.waitFor(
      () => postedSlots(bot.output()).filter((p) => p.story === 'scaledeal').length >= 2,
      20_000,
    );
    expectOnceASlot([bot.output()], slack);
    for (const story of Object.keys(CHANNELS)) {
      const state = JSON.parse(readFileSync(join(dataDir, story, 'digest-state.json'), 'utf8'));
      expect(state.last.channel).toBe(CHANNELS[story as keyof typeof CHANNELS]);
    }
    expect(existsSync(join(dataDir, 'digest-state.json'))).toBe(false);
  }, 30_000);
});

describe('two replicas with a stories file and one Redis', () => {
  let slack: StandIn;
  let redis: { url: string; stop?: () => Promise<void> };
  let own: TestRedis | undefined;
  const run = Date.now().toString(36);
  // Commands of this run: keys `factbot:deal-<run>:` and `factbot:yukos-<run>:` (a shared Redis stays clean).
  const commands = { deal: `/deal-${run}`, yukos: `/yukos-${run}` };
  const replicas: Array<Awaited<ReturnType<typeof startReplica>>> = [];

  beforeAll(async () => {
    if (process.env.TEST_REDIS_URL) redis = { url: process.env.TEST_REDIS_URL };
    else redis = own = await testRedis();
    slack = await startStandIn();
    const { file } = twoStories({ ...commands, digest: { cron: CRON } });
    for (let i = 0; i < 2; i++) replicas.push(await startReplica(slack, file, { REDIS_URL: redis.url }));
    for (const r of replicas) await slack.waitFor(() => /Listening on port \d+/.test(r.bot.output()), 30_000);
  }, 60_000);

  afterAll(async () => {
    for (const r of replicas) r.bot.kill('SIGKILL');
    await slack?.close();
    await own?.stop();
  });

  it('answers each command from its story, a mention delivered to both once', async () => {
    const responseUrl = slack.responseUrl('C0DEAL');
    await postSigned(
      replicas[1]?.url ?? '',
      slashCommandBody({ command: commands.yukos, text: 'Yukos tax bill', responseUrl, channel: 'C0DEAL' }),
      SECRET,
    );
    const { body } = await slack.waitFor(
      () => slack.responses.find((r) => responseUrl.endsWith(r.id)),
      15_000,
    );
    expect(cited(body.blocks).length).toBeGreaterThan(0);
    expect(cited(body.blocks).every(isYukos)).toBe(true);

    const ts = '1700006000.000100';
    const envelope = JSON.stringify(
      eventEnvelope(
        'EvStories1',
        mention({ text: '<@UBOT> who bought Yuganskneftegas?', ts, channel: 'C0YUKOS' }),
      ),
    );
    await Promise.all(
      replicas.map((r) => postSigned(r.url, envelope, SECRET, { contentType: 'application/json' })),
    );
    const answers = () => slack.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts);
    await slack.waitFor(() => answers().length > 0, 15_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(answers()).toHaveLength(1);
    expect(cited(answers()[0]?.args.blocks).every(isYukos)).toBe(true);
  });

  it('posts each story’s digest slot once across both, to its own channel, under its own Redis keys', async () => {
    const logs = () => replicas.map((r) => r.bot.output());
    for (const story of Object.keys(CHANNELS))
      await slack.waitFor(
        () =>
          logs()
            .flatMap(postedSlots)
            .filter((p) => p.story === story).length >= 3,
        25_000,
      );
    expectOnceASlot(logs(), slack);
    const client = new Redis(redis.url);
    try {
      for (const command of Object.values(commands)) {
        const keys = await client.keys(`factbot:${command.slice(1)}:*`);
        expect(keys).toContain(`factbot:${command.slice(1)}:digest:state`);
        expect(keys.some((k) => k.startsWith(`factbot:${command.slice(1)}:digest:slot:`))).toBe(true);
      }
      const deal = JSON.parse((await client.get(`factbot:${commands.deal.slice(1)}:digest:state`)) ?? '{}');
      const yukos = JSON.parse((await client.get(`factbot:${commands.yukos.slice(1)}:digest:state`)) ?? '{}');
      expect(deal.last.channel).toBe(CHANNELS.scaledeal);
      expect(deal.last.articleIds.every(isDeal)).toBe(true);
      expect(yukos.last.channel).toBe(CHANNELS.yukos);
      expect(yukos.last.articleIds.every(isYukos)).toBe(true);
    } finally {
      client.disconnect();
    }
  }, 40_000);
});

describe('npm start with a bad stories file', () => {
  it('stops at once with one line naming the story, the field and the fix', async () => {
    const file = writeStoriesFile([
      { id: 'scaledeal', command: '/scaledeal', folder: 'seeds' },
      { id: 'yukos', command: '/yukos', folder: 'x', digest: { channel: 'C0Y', cron: 'at eight' } },
    ]);
    const bad = npmStart({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      PORT: '0',
      STORIES_FILE: file,
    });
    expect(await bad.exited).toBe(1);
    expect(bad.output().trim()).toBe(
      `factbot: STORIES_FILE ${file}: story "yukos": digest.cron must be a cron expression such as "0 8 * * 1-5" (seconds field optional).`,
    );
  });
});
