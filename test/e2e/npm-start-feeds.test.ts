/**
 * `npm start` with FEEDS pointing at a news site on loopback, against the Slack stand-in: a feed
 * item fetched, answered with its link, and listed as new in the next digest.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmStart, type Started } from '../helpers/npm-start.js';
import { askBySlash } from '../helpers/slash.js';
import { type Site, STORIES, startSite } from '../ingest/site.js';
import { type StandIn, startStandIn } from '../stand-in/slack.js';

const SECRET = 'npm-start-feeds-secret';
let slack: StandIn;
let site: Site;
let bot: Started;
let port: string;

const [bridge, ferry] = STORIES;
if (!bridge || !ferry) throw new Error('stories expected');

beforeAll(async () => {
  slack = await startStandIn();
  site = await startSite([bridge]);
  const corpus = mkdtempSync(join(tmpdir(), 'npm-feeds-corpus-'));
  cpSync('seeds', corpus, { recursive: true });
  bot = npmStart({
    SLACK_BOT_TOKEN: 'xoxb-npm-feeds',
    SLACK_SIGNING_SECRET: SECRET,
    PORT: '0',
    SLACK_API_URL: slack.apiUrl,
    CORPUS_DIR: corpus,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'npm-feeds-data-')),
    INDEX_CACHE_DIR: 'none',
    DIGEST_CHANNEL: 'C0DIGEST',
    DIGEST_CRON: '*/4 * * * * *',
    FEEDS: `${site.origin}/feed.rss`,
    FEED_CRON: '*/2 * * * * *',
    ALLOW_PRIVATE_URLS: 'true',
  });
  await slack.waitFor(() => /Listening on port \d+/.test(bot.output()), 30_000);
  port = /Listening on port (\d+)/.exec(bot.output())?.[1] ?? '';
}, 40_000);

afterAll(async () => {
  bot?.kill();
  await site?.close();
  await slack?.close();
});

const ask = (text: string) => askBySlash(slack, port, SECRET, text);

const digests = () => slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0DIGEST' && c.ok);

describe('npm start with FEEDS', () => {
  it('follows the feed: an item answered with its link, and listed as new in the next digest', async () => {
    await slack.waitFor(() => /Following 1 feed\(s\) \(\*\/2 \* \* \* \* \*\)/.test(bot.output()), 5000);
    await slack.waitFor(() => bot.output().includes(`Added “${bridge.title}”`), 15_000);
    await slack.waitFor(() => digests().length >= 1, 15_000);
    const digestsBefore = digests().length;
    site.add(ferry);
    const link = `${site.origin}/news/${ferry.slug}`;
    await slack.waitFor(() => bot.output().includes(`Added “${ferry.title}”`), 15_000);
    let answer = '';
    for (let i = 0; i < 20 && !answer.includes(`<${link}|`); i++) {
      answer = await ask('night ferry crossings');
      if (!answer.includes(`<${link}|`)) await new Promise((r) => setTimeout(r, 300));
    }
    expect(answer).toContain(`<${link}|`);
    expect(answer).toMatch(/every 20 minutes through the night/);
    const fresh = await slack.waitFor(
      () =>
        digests()
          .slice(digestsBefore)
          .find((c) => JSON.stringify(c.args.blocks).includes(`<${link}|`)),
      15_000,
    );
    expect(JSON.stringify(fresh.args.blocks)).toMatch(/New since the last digest/);
    // Listed with its link and its date (the page's article:published_time).
    expect(JSON.stringify(fresh.args.blocks)).toMatch(
      new RegExp(
        `<${link}\\|${ferry.title}>_ \\(The Harbour Gazette\\) \`[^\`]+\`, ${ferry.published.slice(0, 10)}`,
      ),
    );
    expect(bot.output()).not.toContain('xoxb-npm-feeds');
  }, 60_000);
});
