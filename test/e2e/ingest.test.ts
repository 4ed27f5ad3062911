/**
 * Coverage from the web, end to end: the real Bolt app over HTTP against the Slack stand-in,
 * following the feed of a news site served on loopback; `add <url>` as a slash command and a mention.
 */
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bot, startBot } from '../../src/bot.js';
import { parseConfig } from '../../src/config.js';
import { SECRET, testEnv } from '../helpers/bot.js';
import { type RecordingLogger, recordingLogger } from '../helpers/logger.js';
import { articlePage, FURNITURE, type Site, STORIES, startSite } from '../ingest/site.js';
import { eventEnvelope, mention, postSigned, slashCommandBody } from '../stand-in/requests.js';
import { type StandIn, startStandIn } from '../stand-in/slack.js';

let slack: StandIn;
let site: Site;
let bot: Bot;
let logger: RecordingLogger;
let url: string;
let corpus: string;

const [bridge, ferry] = STORIES;
if (!bridge || !ferry) throw new Error('stories expected');
const tunnel = {
  slug: 'tunnel-plan',
  title: 'Engineers propose a £900 million tunnel under the harbour',
  published: '2026-11-24T12:00:00Z',
  paragraphs: [
    'A group of engineers has proposed building a road tunnel under the harbour at a cost of £900 million.',
    'The tunnel would be 2.3 kilometres long and could open by 2034, according to their report.',
    'The mayor said the council would study the proposal but had no money set aside for it.',
  ],
};

beforeAll(async () => {
  slack = await startStandIn();
  site = await startSite([bridge]);
  site.routes.set(`/opinion/${tunnel.slug}`, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(articlePage(tunnel));
  });
  logger = recordingLogger();
  corpus = mkdtempSync(join(tmpdir(), 'ingest-e2e-corpus-'));
  cpSync('seeds', corpus, { recursive: true });
  const config = parseConfig(
    testEnv(slack, {
      CORPUS_DIR: corpus,
      FEEDS: `${site.origin}/feed.rss, ${site.origin}/feed.atom`,
      FEED_CRON: '*/2 * * * * *',
      ALLOW_PRIVATE_URLS: 'true',
    }),
  );
  bot = await startBot(config, { logger });
  url = `http://127.0.0.1:${bot.port}/slack/events`;
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await site?.close();
  await slack?.close();
});

async function command(text: string) {
  const responseUrl = slack.responseUrl();
  const res = await postSigned(url, slashCommandBody({ command: '/scaledeal', text, responseUrl }), SECRET);
  expect(res.status).toBe(200);
  const { body } = await slack.waitFor(() => slack.responses.find((r) => responseUrl.endsWith(r.id)), 15_000);
  return JSON.stringify(body.blocks);
}

const pageHits = (path: string) => site.hits.filter((h) => h.split('?')[0] === path).length;
/** Hits on anything but the two feeds, which FEED_CRON polls every two seconds whatever a test does. */
const otherThanFeeds = () =>
  site.hits.filter((h) => !['/feed.rss', '/feed.atom'].includes(h.split('?')[0] ?? '')).length;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('following the story’s feeds', () => {
  it('adds the feed’s items at start, each once though it is in both feeds', async () => {
    await slack.waitFor(() => logger.text().includes(`Added “${bridge.title}”`), 10_000);
    await sleep(2500); // another round or two
    expect(pageHits(`/news/${bridge.slug}`)).toBe(1);
    expect(readdirSync(corpus).filter((f) => f.startsWith('127.0.0.1-'))).toHaveLength(1);
  });

  it('answers a new feed item within one FEED_CRON tick plus live ingest, citing its link', async () => {
    site.add(ferry);
    const added = Date.now();
    let answer = '';
    for (;;) {
      answer = await command('night ferry crossings');
      if (answer.includes(`${site.origin}/news/${ferry.slug}`) || Date.now() - added > 8000) break;
      await sleep(200);
    }
    const elapsed = Date.now() - added;
    expect(answer).toContain(`<${site.origin}/news/${ferry.slug}|`);
    expect(answer).toMatch(/every 20 minutes through the night/);
    // One tick (2 s) plus the live index's quiet time and the fetch: well under 5 s.
    expect(elapsed).toBeLessThan(5000);
  });

  it('keeps page furniture out of every fact', () => {
    const web = new Set(
      bot.index
        .articles()
        .filter((a) => a.url)
        .map((a) => a.id),
    );
    expect(web.size).toBeGreaterThanOrEqual(2);
    const facts = [...bot.index.facts()].filter((f) => web.has(f.articleId));
    expect(facts.length).toBeGreaterThanOrEqual(bridge.paragraphs.length);
    for (const fact of facts) for (const furniture of FURNITURE) expect(fact.text).not.toContain(furniture);
    for (const fact of facts) expect(fact.text).not.toMatch(/newsletter|Most read|Copyright|Jane Reporter/i);
  });
});

describe('add <url>', () => {
  it('adds a page by its link (as Slack wraps it), says its title, outlet and facts, then answers from it', async () => {
    const link = `${site.origin}/opinion/${tunnel.slug}`;
    const reply = await command(`add <${link}?utm_source=slack>`);
    expect(reply).toContain(tunnel.title);
    expect(reply).toContain('The Harbour Gazette');
    expect(reply).toMatch(/: 3 facts\./);
    const answer = await command('harbour tunnel');
    expect(answer).toMatch(/£900 million/);
    expect(answer).toContain(`<${link}|`);
  });

  it('says what went wrong and how to fix it, and adds nothing', async () => {
    const before = readdirSync(corpus).length;
    expect(await command('add <ftp://example.com/a>')).toMatch(
      /Nothing was added: refused: only http and https links can be fetched/,
    );
    expect(await command(`add ${site.origin}/news/missing`)).toMatch(
      /answered 404 Not Found: check the link/,
    );
    expect(readdirSync(corpus).length).toBe(before);
  });

  it('answers `add` without a link, or with text that is not one, with how to use it: nothing searched or fetched', async () => {
    const hits = otherThanFeeds();
    for (const [text, said] of [
      ['add', /^To add a web article to the coverage, give its link/],
      ['add not-a-link', /^“not-a-link” is not a link\. To add a web article/],
      ['ADD the deal', /^“the deal” is not a link\./],
    ] as const) {
      const blocks = JSON.parse(await command(text)) as Array<{ text?: { text?: string } }>;
      expect(blocks).toHaveLength(1);
      expect(blocks[0]?.text?.text).toMatch(said);
      expect(blocks[0]?.text?.text).toContain('`/scaledeal add https://example.com/news/story`');
    }
    expect(otherThanFeeds()).toBe(hits);
  });

  it('works in a mention, answered to the asker alone', async () => {
    const link = `${site.origin}/opinion/${tunnel.slug}`;
    await postSigned(
      url,
      JSON.stringify(
        eventEnvelope('EvAdd1', mention({ text: `<@UBOT> add <${link}>`, ts: '1700009000.000100' })),
      ),
      SECRET,
      { contentType: 'application/json' },
    );
    const call = await slack.waitFor(
      () => slack.callsTo('chat.postEphemeral').find((c) => c.args.thread_ts === '1700009000.000100'),
      10_000,
    );
    expect(JSON.stringify(call.args.blocks)).toContain(tunnel.title);
    expect(call.args.user).toBe('U0REPORTER');
    expect(slack.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === '1700009000.000100')).toEqual(
      [],
    );
  });

  it('never lets fetched text ping a channel: titles and facts are shown as text', async () => {
    const loud = {
      slug: 'loud',
      title: '<!channel> Harbour pilots <@U0BOSS> strike',
      published: '2026-11-25T08:00:00Z',
      paragraphs: [
        'Harbour pilots walked out on Monday, leaving 14 ships waiting at anchor outside the port <!channel>.',
        'The pilots’ union said talks with the port authority over night shifts had broken down <!here>.',
        'A spokesman for the port authority said it hoped to resume talks with the union by Friday.',
      ],
    };
    site.routes.set('/news/loud', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articlePage(loud));
    });
    const reply = await command(`add <${site.origin}/news/loud>`);
    const answer = await command('harbour pilots strike');
    expect(answer).toMatch(/14 ships waiting at anchor/);
    for (const text of [reply, answer]) expect(text).not.toMatch(/<!channel>|<!here>|<@U0BOSS>/);
    expect(reply).toContain('&lt;!channel&gt;');
  });

  it('is listed in the help', async () => {
    expect(await command('help')).toContain('/scaledeal add &lt;link&gt;');
  });
});
