/**
 * Two replicas started as the README's "Two replicas" section says, with one Redis and the Slack
 * stand-in: events answered once, each digest slot posted once, a replica killed, Redis stopped
 * and back.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventEnvelope, mention, postSigned, slashCommandBody } from '../../src/playground/requests.js';
import { npmStart, type Started } from '../helpers/npm-start.js';
import { freePort, type TestRedis, testRedis } from '../helpers/redis.js';
import { type StandIn, startStandIn } from '../stand-in/slack.js';

const SECRET = 'replica-secret';
let redis: TestRedis;
let slack: StandIn;
const replicas: Array<{ bot: Started; port: number; log: () => string }> = [];

/** The README's two command lines for HTTP mode: `REDIS_URL=... PORT=... npm start`. */
function readmeCommands(): Array<Record<string, string>> {
  const section = readFileSync('README.md', 'utf8').split('## Two replicas')[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/^((?:[A-Z_]+=\S+ )+)npm start$/gm)].map((m) =>
    Object.fromEntries(
      (m[1] ?? '')
        .trim()
        .split(' ')
        .map((kv) => kv.split('=', 2) as [string, string]),
    ),
  );
}

async function startReplica(readme: Record<string, string>, port: number) {
  const bot = npmStart({
    // The shared .env of both replicas:
    SLACK_BOT_TOKEN: 'xoxb-replicas',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    DIGEST_CHANNEL: 'C0DIGEST',
    DIGEST_CRON: '*/2 * * * * *',
    LOG_LEVEL: 'debug',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'replica-data-')),
    // The README's line, pointed at this test's Redis and ports:
    ...readme,
    REDIS_URL: redis.url,
    PORT: String(port),
  });
  replicas.push({ bot, port, log: bot.output });
  await slack.waitFor(() => bot.output().includes(`Listening on port ${port}`), 30_000);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const digests = () => slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0DIGEST' && c.ok);
const postedSlots = () =>
  replicas.flatMap((r) => [...r.log().matchAll(/Digest for (\S+) posted/g)].map((m) => m[1]));

beforeAll(async () => {
  redis = await testRedis();
  slack = await startStandIn();
  const commands = readmeCommands();
  expect(commands).toHaveLength(2);
  for (const command of commands) await startReplica(command, await freePort());
}, 90_000);

afterAll(async () => {
  for (const r of replicas) r.bot.kill('SIGKILL');
  await slack?.close();
  await redis?.stop();
});

describe('two replicas with Redis', () => {
  it('answers an event delivered to both replicas once', async () => {
    const envelope = JSON.stringify(
      eventEnvelope('EvR01', mention({ text: '<@UBOT> stake', ts: '1700002000.000100' })),
    );
    await Promise.all(
      replicas.map((r) =>
        postSigned(`http://127.0.0.1:${r.port}/slack/events`, envelope, SECRET, {
          contentType: 'application/json',
        }),
      ),
    );
    const answers = () =>
      slack.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === '1700002000.000100');
    await slack.waitFor(() => answers().length > 0);
    await sleep(1000);
    expect(answers()).toHaveLength(1);
  });

  it('posts each digest slot exactly once while both run', async () => {
    await slack.waitFor(() => digests().length >= 3, 15_000);
    // Every post reaching Slack is one a replica logged for its own slot (the log line follows the post).
    await slack.waitFor(() => postedSlots().length >= digests().length, 5000);
    const slots = postedSlots();
    expect(new Set(slots).size).toBe(slots.length);
    expect(slots.length).toBeGreaterThanOrEqual(digests().length);
  });

  it('goes on posting when one replica is killed', async () => {
    const [first, second] = replicas;
    if (!first || !second) throw new Error('two replicas expected');
    first.bot.kill('SIGKILL');
    const before = [...second.log().matchAll(/Digest for (\S+) posted/g)].length;
    await slack.waitFor(
      () => [...second.log().matchAll(/Digest for (\S+) posted/g)].length >= before + 2,
      15_000,
    );
    const slots = postedSlots();
    expect(new Set(slots).size).toBe(slots.length);
  });

  it('answers commands without Redis, posts no digest, says so once, and resumes when Redis is back', async () => {
    const survivor = replicas[1];
    if (!survivor) throw new Error('no replica');
    await redis.stop();
    await sleep(2500);
    const during = digests().length;
    const responseUrl = slack.responseUrl();
    const res = await postSigned(
      `http://127.0.0.1:${survivor.port}/slack/events`,
      slashCommandBody({ command: '/scaledeal', text: 'valuation', responseUrl }),
      SECRET,
    );
    expect(res.status).toBe(200);
    const { body } = await slack.waitFor(() => slack.responses.find((r) => responseUrl.endsWith(r.id)));
    expect(JSON.stringify(body.blocks)).toMatch(/28 billion/);
    await sleep(5000);
    expect(digests().length).toBe(during);
    expect([...survivor.log().matchAll(/Redis is unreachable/g)]).toHaveLength(1);
    await redis.start();
    await slack.waitFor(() => digests().length >= during + 2, 20_000);
    expect(survivor.log()).toMatch(/Redis is back/);
    const slots = postedSlots();
    expect(new Set(slots).size).toBe(slots.length);
  }, 60_000);
});
