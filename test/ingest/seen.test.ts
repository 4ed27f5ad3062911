/** Seen feed items: a file for one replica (kept across restarts, a damaged one replaced), Redis for several. */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ingester } from '../../src/ingest/ingest.js';
import { FileSeenStore, RedisSeenStore } from '../../src/ingest/seen.js';
import { recordingLogger } from '../helpers/logger.js';
import { type TestRedis, testRedis } from '../helpers/redis.js';
import { type Site, STORIES, startSite } from './site.js';

const run = Date.now().toString(36);

describe('FileSeenStore', () => {
  it('claims an item once, under any of its keys, and remembers it in a new process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seen-'));
    const logger = recordingLogger();
    const a = new FileSeenStore(dir, logger);
    expect(await a.claim(['url:http://e.com/a', 'guid:1'])).toBe(true);
    expect(await a.claim(['url:http://e.com/b', 'guid:1'])).toBe(false);
    await a.close();
    const b = new FileSeenStore(dir, logger);
    expect(await b.claim(['url:http://e.com/a'])).toBe(false);
    await b.release(['url:http://e.com/a', 'guid:1']);
    expect(await new FileSeenStore(dir, logger).claim(['guid:1'])).toBe(true);
    expect(readdirSync(dir)).toEqual(['ingest-seen.json']); // no temporary file left
  });

  it('replaces a damaged file, saying so once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seen-'));
    writeFileSync(join(dir, 'ingest-seen.json'), '{"keys": {"url:x": 1');
    const logger = recordingLogger();
    const store = new FileSeenStore(dir, logger);
    expect(await store.claim(['url:x'])).toBe(true);
    expect(await store.claim(['url:y'])).toBe(true);
    expect(logger.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
    expect(logger.text()).toMatch(/could not be read .* starting a new one/);
  });
});

describe('RedisSeenStore', () => {
  let redis: TestRedis;
  let site: Site;
  const open: RedisSeenStore[] = [];
  const store = () => {
    const s = new RedisSeenStore({ url: redis.url, prefix: `${run}:` });
    open.push(s);
    return s;
  };

  beforeAll(async () => {
    redis = await testRedis(); // a Redis of its own: this test stops it
    site = await startSite([]);
  });
  afterAll(async () => {
    for (const s of open) await s.close();
    await site?.close();
    await redis?.stop();
  });

  it('lets exactly one replica claim an item, and shares saved articles', async () => {
    const [a, b] = [store(), store()];
    const claims = await Promise.all([
      a.claim(['url:http://e.com/x', 'guid:x']),
      b.claim(['guid:x', 'url:http://e.com/x']),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await b.claim(['url:http://e.com/y', 'guid:x'])).toBe(false);
    await a.share('e.com-x-1.md', '---\ntitle: "X"\n---\nText.\n');
    expect(await b.shared(() => false)).toEqual(new Map([['e.com-x-1.md', '---\ntitle: "X"\n---\nText.\n']]));
    expect(await b.shared((name) => name === 'e.com-x-1.md')).toEqual(new Map());
  });

  it('keeps nothing for ever: seen keys and saved articles expire, and at most maxArticles are kept', async () => {
    const prefix = `${run}:caps:`;
    const capped = new RedisSeenStore({ url: redis.url, prefix, maxArticles: 2 });
    open.push(capped);
    expect(await capped.claim(['url:http://e.com/ttl'])).toBe(true);
    const direct = new Redis(redis.url);
    try {
      const ttl = await direct.pttl(`${prefix}ingest:seen:url:http://e.com/ttl`);
      expect(ttl).toBeGreaterThan(89 * 24 * 3600 * 1000);
      for (const name of ['a.md', 'b.md', 'c.md']) await capped.share(name, `text of ${name}`);
      expect([...(await capped.shared(() => false)).keys()].sort()).toEqual(['b.md', 'c.md']);
      expect(await direct.exists(`${prefix}ingest:article:a.md`)).toBe(0);
      expect(await direct.pttl(`${prefix}ingest:article:c.md`)).toBeGreaterThan(6 * 24 * 3600 * 1000);
      // Every key of the store either expires or is the capped list of saved articles.
      for (const key of await direct.keys(`${prefix}*`))
        if (!key.endsWith('ingest:articles:by-time')) expect(await direct.pttl(key)).toBeGreaterThan(0);
      expect(await direct.zcard(`${prefix}ingest:articles:by-time`)).toBe(2);
    } finally {
      direct.disconnect();
    }
  });

  it('fetches no feed item while Redis is down (rather than twice), says so once, and resumes', async () => {
    const [bridge] = STORIES;
    if (!bridge) throw new Error('story expected');
    site.add(bridge);
    const logger = recordingLogger();
    const corpus = mkdtempSync(join(tmpdir(), 'seen-corpus-'));
    const ingester = new Ingester({
      corpusDir: corpus,
      seen: store(),
      logger,
      feeds: [`${site.origin}/feed.rss`],
      fetch: { allowPrivate: true },
    });
    await redis.stop();
    expect((await ingester.poll()).added).toEqual([]);
    expect((await ingester.poll()).added).toEqual([]);
    expect(site.hits.filter((h) => h.startsWith('/news/'))).toEqual([]);
    const warnings = logger.lines.filter((l) => l.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.text).toMatch(
      /no feed item is fetched until Redis at 127\.0\.0\.1:\d+ is back, rather than twice/,
    );
    await redis.start();
    let added: string[] = [];
    for (let i = 0; i < 20 && added.length === 0; i++) {
      added = (await ingester.poll()).added;
      if (added.length === 0) await new Promise((r) => setTimeout(r, 250));
    }
    expect(added).toHaveLength(1);
    expect(logger.text()).toMatch(/store of seen items is back/);
  }, 30_000);
});
