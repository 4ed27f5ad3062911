/**
 * Two replicas with one Redis following one feed, started with the README's command lines (both
 * ways: one story folder, a folder each): each feed item's page is fetched once, and both replicas
 * answer from it.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmStart, type Started } from '../helpers/npm-start.js';
import { freePort, type TestRedis, testRedis } from '../helpers/redis.js';
import { askBySlash } from '../helpers/slash.js';
import { type Site, STORIES, startSite } from '../ingest/site.js';
import { type StandIn, startStandIn } from '../stand-in/slack.js';

const SECRET = 'ingest-replicas-secret';
let slack: StandIn;
const started: Started[] = [];
const redises: TestRedis[] = [];
const sites: Site[] = [];

/** The README's command lines of one way of running two replicas. */
function readmeCommands(
  way: 'One story folder for both' | 'A story folder each',
): Array<Record<string, string>> {
  const section =
    readFileSync('README.md', 'utf8').split('## Coverage from the web')[1]?.split('\n## ')[0] ?? '';
  const block = section.split(`${way}:`)[1]?.split('```')[1] ?? '';
  return [...block.matchAll(/^((?:[A-Z_]+=\S+ )+)npm start$/gm)].map((m) =>
    Object.fromEntries(
      (m[1] ?? '')
        .trim()
        .split(' ')
        .map((kv) => kv.split('=', 2) as [string, string]),
    ),
  );
}

beforeAll(async () => {
  slack = await startStandIn();
});

afterAll(async () => {
  for (const bot of started) bot.kill('SIGKILL');
  for (const site of sites) await site.close();
  for (const redis of redises) await redis.stop();
  await slack?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const ask = (port: number, text: string) => askBySlash(slack, port, SECRET, text);

/** Both replicas as the README says, on a Redis and a news site of their own; their story folders mapped to temporary copies of the seeds. */
async function runBoth(way: Parameters<typeof readmeCommands>[0]) {
  const commands = readmeCommands(way);
  expect(commands).toHaveLength(2);
  const redis = await testRedis();
  redises.push(redis);
  const [bridge, ferry] = STORIES;
  if (!bridge || !ferry) throw new Error('stories expected');
  const site = await startSite([bridge]);
  sites.push(site);
  const folders = new Map<string, string>();
  const replicas: Array<{ bot: Started; port: number; corpus: string }> = [];
  for (const readme of commands) {
    const named = readme.CORPUS_DIR ?? 'seeds';
    if (!folders.has(named)) {
      const copy = mkdtempSync(join(tmpdir(), 'replica-corpus-'));
      cpSync('seeds', copy, { recursive: true });
      folders.set(named, copy);
    }
    const corpus = folders.get(named) as string;
    const port = await freePort();
    const bot = npmStart({
      SLACK_BOT_TOKEN: 'xoxb-ingest-replicas',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      LOG_LEVEL: 'debug',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'replica-data-')),
      INDEX_CACHE_DIR: 'none',
      FEEDS: `${site.origin}/feed.rss`,
      FEED_CRON: '*/2 * * * * *',
      ALLOW_PRIVATE_URLS: 'true',
      ...readme,
      REDIS_URL: redis.url,
      PORT: String(port),
      CORPUS_DIR: corpus,
    });
    started.push(bot);
    replicas.push({ bot, port, corpus });
  }
  for (const r of replicas)
    await slack.waitFor(() => r.bot.output().includes(`Listening on port ${r.port}`), 60_000);
  return { replicas, site, folders, bridge, ferry };
}

async function bothAnswer(
  replicas: Array<{ port: number }>,
  question: string,
  link: string,
  timeoutMs = 20_000,
): Promise<string[]> {
  const until = Date.now() + timeoutMs;
  const answers: string[] = [];
  for (const r of replicas) {
    for (;;) {
      const answer = await ask(r.port, question);
      if (answer.includes(`<${link}|`)) {
        answers.push(answer);
        break;
      }
      if (Date.now() > until) throw new Error(`replica on ${r.port} never answered from ${link}: ${answer}`);
      await sleep(500);
    }
  }
  return answers;
}

describe('two replicas with Redis following a feed', () => {
  for (const way of ['One story folder for both', 'A story folder each'] as const)
    it(`${way}: each item fetched once, both replicas answer from it`, async () => {
      const { replicas, site, folders, bridge, ferry } = await runBoth(way);
      expect(folders.size).toBe(way === 'One story folder for both' ? 1 : 2);
      const bridgeLink = `${site.origin}/news/${bridge.slug}`;
      await bothAnswer(replicas, 'Harbour Bridge cables corrosion', bridgeLink, 30_000);
      site.add(ferry);
      const answers = await bothAnswer(
        replicas,
        'night ferry crossings',
        `${site.origin}/news/${ferry.slug}`,
      );
      for (const a of answers) expect(a).toMatch(/every 20 minutes through the night/);
      await sleep(4500); // two more rounds each
      const hits = (slug: string) => site.hits.filter((h) => h.startsWith(`/news/${slug}`)).length;
      expect(hits(bridge.slug)).toBe(1);
      expect(hits(ferry.slug)).toBe(1);
      for (const folder of folders.values())
        expect(readdirSync(folder).filter((f) => f.startsWith('127.0.0.1-'))).toHaveLength(2);
      const log = replicas.map((r) => r.bot.output()).join('\n');
      expect([...log.matchAll(/Added “/g)]).toHaveLength(2);
      if (way === 'A story folder each') expect(log).toMatch(/Took 1 article\(s\) another replica fetched/);
      for (const r of replicas) r.bot.kill('SIGKILL');
    }, 120_000);
});
