/**
 * Following feeds: RSS and Atom read, each new item's page added once (by GUID or by URL without
 * tracking parameters), also after a restart; FEED_MATCH keeps only matching items; a broken feed
 * is logged once per failure streak while the others go on.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Ingester, itemKeys, matches } from '../../src/ingest/ingest.js';
import { FileSeenStore } from '../../src/ingest/seen.js';
import { type RecordingLogger, recordingLogger } from '../helpers/logger.js';
import { articlePage, type Site, STORIES, startSite } from './site.js';

let site: Site;
let corpus: string;
let data: string;
let logger: RecordingLogger;

beforeEach(async () => {
  site = await startSite([]);
  corpus = mkdtempSync(join(tmpdir(), 'feed-corpus-'));
  data = mkdtempSync(join(tmpdir(), 'feed-data-'));
  logger = recordingLogger();
});
afterEach(() => site.close());

const [bridge, ferry] = STORIES;
if (!bridge || !ferry) throw new Error('stories expected');

function ingester(feeds: string[], match: string[] = []) {
  return new Ingester({
    corpusDir: corpus,
    seen: new FileSeenStore(data, logger),
    logger,
    feeds,
    match,
    fetch: { allowPrivate: true },
  });
}

const pageHits = (slug: string) => site.hits.filter((h) => h.startsWith(`/news/${slug}`)).length;
const files = () => readdirSync(corpus).filter((f) => !f.startsWith('.'));

describe('following feeds', () => {
  it('adds each new item of an RSS feed, once, as a Markdown article with its link and date', async () => {
    const ing = ingester([`${site.origin}/feed.rss`]);
    site.add(bridge);
    expect((await ing.poll()).added).toHaveLength(1);
    const [file] = files();
    const text = readFileSync(join(corpus, file ?? ''), 'utf8');
    expect(text).toContain(`url: "${site.origin}/news/${bridge.slug}"`); // tracking parameters gone
    expect(text).toContain(`title: "${bridge.title}"`);
    expect(text).toContain('date: "2026-11-20T09:30:00.000Z"');
    expect((await ing.poll()).added).toEqual([]);
    site.add(ferry);
    expect((await ing.poll()).added).toHaveLength(1);
    expect(files()).toHaveLength(2);
    expect(pageHits(bridge.slug)).toBe(1);
    expect(pageHits(ferry.slug)).toBe(1);
  });

  it('reads Atom too; the same story in both feeds (URL with other tracking parameters) is added once', async () => {
    site.add(bridge);
    const ing = ingester([`${site.origin}/feed.atom`, `${site.origin}/feed.rss`]);
    const { added } = await ing.poll();
    expect(added).toHaveLength(1);
    expect(files()).toHaveLength(1);
    expect(pageHits(bridge.slug)).toBe(1);
  });

  it('adds an item seen again under another URL but the same GUID once', async () => {
    site.add(bridge);
    const ing = ingester([`${site.origin}/feed.rss`]);
    await ing.poll();
    // The site moves the story: new URL, same GUID.
    site.add({ ...bridge, slug: 'bridge-repair-budget-updated', guid: `gazette-${bridge.slug}` });
    expect((await ing.poll()).added).toEqual([]);
    expect(pageHits('bridge-repair-budget-updated')).toBe(0);
  });

  it('remembers what it added across a restart', async () => {
    site.add(bridge);
    await ingester([`${site.origin}/feed.rss`]).poll();
    expect(readdirSync(data)).toContain('ingest-seen.json');
    const restarted = ingester([`${site.origin}/feed.atom`, `${site.origin}/feed.rss`]);
    expect((await restarted.poll()).added).toEqual([]);
    expect(pageHits(bridge.slug)).toBe(1);
    expect(files()).toHaveLength(1);
  });

  it('keeps only the items whose title or summary holds a FEED_MATCH word or phrase', async () => {
    site.add(bridge);
    site.add(ferry);
    const ing = ingester([`${site.origin}/feed.rss`], ['night crossings', 'tunnel']);
    const { added } = await ing.poll();
    expect(added).toHaveLength(1);
    expect(readFileSync(join(corpus, added[0] ?? ''), 'utf8')).toContain(ferry.title);
    expect(pageHits(bridge.slug)).toBe(0);
  });

  it('logs a broken feed once per failure streak, with the fix, and goes on with the others', async () => {
    site.add(bridge);
    site.routes.set('/not-a-feed', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body><p>Hello</p></body></html>');
    });
    const feeds = [
      `${site.origin}/gone.rss`,
      `${site.origin}/not-a-feed`,
      'http://127.0.0.1:1/feed.rss',
      `${site.origin}/feed.rss`,
    ];
    const ing = ingester(feeds);
    const first = await ing.poll();
    expect(first.added).toHaveLength(1);
    expect(first.failedFeeds).toEqual(feeds.slice(0, 3));
    site.add(ferry);
    const second = await ing.poll();
    expect(second.added).toHaveLength(1);
    const warnings = logger.lines.filter((l) => l.level === 'warn' && l.text.startsWith('Feed '));
    expect(warnings).toHaveLength(3);
    expect(warnings[0]?.text).toMatch(/gone\.rss failed: .*404.*Fix the address in `FEEDS`/);
    expect(warnings[1]?.text).toMatch(/not-a-feed failed: .* is not an RSS or Atom feed/);
    // Works again, then fails again: a new streak, logged again.
    site.routes.set('/gone.rss', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end('<rss version="2.0"><channel><title>Back</title></channel></rss>');
    });
    await ing.poll();
    expect(logger.text()).toMatch(/Feed .*gone\.rss works again/);
    site.routes.delete('/gone.rss');
    await ing.poll();
    expect(logger.lines.filter((l) => l.level === 'warn' && l.text.includes('gone.rss failed'))).toHaveLength(
      2,
    );
  });

  it('tries an item again next round when its page failed for a passing reason, not when it was refused', async () => {
    site.add(bridge);
    let fail = true;
    site.routes.set(`/news/${bridge.slug}`, (_req, res) => {
      res.writeHead(fail ? 503 : 200, { 'content-type': 'text/html' });
      res.end(fail ? 'busy' : articlePage(bridge));
    });
    site.add(ferry);
    site.routes.set(`/news/${ferry.slug}`, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF');
    });
    const ing = ingester([`${site.origin}/feed.rss`]);
    expect((await ing.poll()).added).toEqual([]);
    expect(logger.text()).toMatch(/was not added: .*503/);
    expect(logger.text()).toMatch(/was not added: refused: .* is a PDF/);
    fail = false;
    expect((await ing.poll()).added).toHaveLength(1);
    expect(pageHits(bridge.slug)).toBe(2);
    expect(pageHits(ferry.slug)).toBe(1);
  });
});

describe('item keys and matching', () => {
  it('knows an item by its URL without tracking and by its GUID', () => {
    expect(itemKeys('http://e.com/a?utm_source=x', ' g-1 ')).toEqual(['url:http://e.com/a', 'guid:g-1']);
  });

  it('matches whole words and phrases, case and punctuation aside', () => {
    expect(matches('Ferry operator adds NIGHT crossings', ['night crossings'])).toBe(true);
    expect(matches('Knighted crossings', ['night'])).toBe(false);
    expect(matches('anything', [])).toBe(true);
  });
});

describe('adding a page', () => {
  it('says what went wrong when the story folder cannot be written, and goes on', async () => {
    site.add(bridge);
    const ing = new Ingester({
      corpusDir: join(corpus, 'missing', '\0bad'),
      seen: new FileSeenStore(data, logger),
      logger,
      fetch: { allowPrivate: true },
    });
    const result = await ing.add(`${site.origin}/news/${bridge.slug}`);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(/could not save the article .* check that `CORPUS_DIR` is writable/);
  });
});
