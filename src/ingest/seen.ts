/**
 * Which feed items were already taken, remembered across restarts and shared by replicas: an item
 * is known by its normalised URL and its GUID, and claimed once for all of them. Two
 * implementations: a file under DATA_DIR (one replica), or Redis (a script setting every key, or
 * none, atomically, so exactly one replica fetches an item). With Redis, saved articles are shared too,
 * so that a replica with a story folder of its own gets the pages another one fetched.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { replaceFile } from '../replace-file.js';
import { describeRedis, redisClient } from '../store/redis-client.js';

export interface SeenStore {
  /**
   * True for the one caller that takes this item: none of its keys was claimed before. The keys
   * are then all claimed. Throws when it cannot be known (Redis unreachable).
   */
  claim(keys: readonly string[]): Promise<boolean>;
  /** Forgets a claim, so that the item is tried again (its fetch failed for a passing reason). */
  release(keys: readonly string[]): Promise<void>;
  /** Keeps a saved article for the other replicas. No-op for one replica. */
  share(name: string, markdown: string): Promise<void>;
  /** The articles other replicas saved, by file name (only those `have` says are missing here). */
  shared(have: (name: string) => boolean): Promise<Map<string, string>>;
  describe(): string;
  close(): Promise<void>;
}

export interface FileSeenStoreOptions {
  /** The most keys remembered; the oldest go first. Default 100,000. */
  maxKeys?: number;
}

/** One replica: seen keys in `DATA_DIR/ingest-seen.json`, written atomically after each change. */
export class FileSeenStore implements SeenStore {
  private keys: Map<string, number> | undefined;
  private readonly path: string;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    dataDir: string,
    private readonly logger: { warn(m: string): void },
    private readonly options: FileSeenStoreOptions = {},
  ) {
    this.path = join(dataDir, 'ingest-seen.json');
  }

  private async load(): Promise<Map<string, number>> {
    if (this.keys) return this.keys;
    const keys = new Map<string, number>();
    try {
      const data = JSON.parse(await readFile(this.path, 'utf8')) as { keys?: Record<string, number> };
      for (const [key, at] of Object.entries(data.keys ?? {})) keys.set(key, at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        this.logger.warn(
          `${this.path} could not be read (${(error as Error).message}); starting a new one (feed items seen before may be fetched again once).`,
        );
    }
    this.keys ??= keys;
    return this.keys;
  }

  private save(): Promise<void> {
    const keys = this.keys;
    if (!keys) return this.writing;
    const max = this.options.maxKeys ?? 100_000;
    for (const key of keys.keys()) {
      if (keys.size <= max) break;
      keys.delete(key);
    }
    this.writing = this.writing.then(async () => {
      await replaceFile(this.path, `${JSON.stringify({ version: 1, keys: Object.fromEntries(keys) })}\n`);
    });
    return this.writing;
  }

  async claim(keys: readonly string[]): Promise<boolean> {
    const seen = await this.load();
    if (keys.some((k) => seen.has(k))) return false;
    const now = Date.now();
    for (const key of keys) seen.set(key, now);
    await this.save();
    return true;
  }

  async release(keys: readonly string[]): Promise<void> {
    const seen = await this.load();
    for (const key of keys) seen.delete(key);
    await this.save();
  }

  async share(): Promise<void> {}

  async shared(): Promise<Map<string, string>> {
    return new Map();
  }

  describe(): string {
    return `${this.path}`;
  }

  async close(): Promise<void> {
    await this.writing;
  }
}

export interface RedisSeenStoreOptions {
  url: string;
  /** Prefix of every key, as the coordination's: `factbot:scaledeal:`. */
  prefix: string;
  /** How long an item is remembered as seen, in ms. Default 90 days (feeds drop items long before). */
  seenTtlMs?: number;
  /** How long a saved article is kept for the other replicas, in ms. Default 7 days. */
  articleTtlMs?: number;
  /** The most saved articles kept for the other replicas; the oldest go first. Default 1,000. */
  maxArticles?: number;
}

/** Claims every key, each with a time to live, or none (an item taken under any key is taken). */
const CLAIM = `
for i, key in ipairs(KEYS) do
  if redis.call('exists', key) == 1 then return 0 end
end
for i, key in ipairs(KEYS) do
  redis.call('set', key, ARGV[1], 'PX', ARGV[2])
end
return 1`;

/** Keeps an article (a key with a time to live, listed by time) and drops the oldest past the cap. */
const SHARE = `
redis.call('set', KEYS[2], ARGV[2], 'PX', ARGV[4])
redis.call('zadd', KEYS[1], ARGV[3], ARGV[1])
redis.call('zremrangebyscore', KEYS[1], '-inf', ARGV[3] - ARGV[4])
local over = redis.call('zcard', KEYS[1]) - tonumber(ARGV[5])
if over > 0 then
  for i, name in ipairs(redis.call('zrange', KEYS[1], 0, over - 1)) do
    redis.call('del', ARGV[6] .. name)
  end
  redis.call('zremrangebyrank', KEYS[1], 0, over - 1)
end
return 1`;

/**
 * Replicas: seen keys and saved articles in Redis. Nothing grows for ever: a seen key lives
 * `seenTtlMs` (90 days), a saved article `articleTtlMs` (7 days: another replica takes it within
 * one feed round), at most `maxArticles` (1,000) of them, listed in a sorted set by time, so that a
 * round reads the names of the recent ones, not every page's text.
 */
export class RedisSeenStore implements SeenStore {
  private readonly redis: Redis;

  constructor(private readonly o: RedisSeenStoreOptions) {
    // No queue while disconnected: a claim queued during an outage would be applied when Redis
    // is back, after this replica had given up on it, and the item would never be fetched.
    this.redis = redisClient(o.url, { enableOfflineQueue: false, commandTimeout: 2000 });
    // Failures surface in the commands, which the feed service reports once.
    this.redis.on('error', () => {});
  }

  private key = (k: string) => `${this.o.prefix}ingest:seen:${k}`;
  /** Saved articles' names by time saved; each article's text under a key of its own. */
  private readonly articles = () => `${this.o.prefix}ingest:articles:by-time`;
  private readonly article = (name = '') => `${this.o.prefix}ingest:article:${name}`;
  private readonly articleTtl = () => this.o.articleTtlMs ?? 7 * 24 * 60 * 60 * 1000;

  /** Resolves once connected (waiting at most `connectTimeout`), or throws. */
  private async ready(): Promise<void> {
    if (this.redis.status === 'ready') return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.redis.off('ready', onReady);
        reject(new Error('Redis is not connected'));
      }, 2000);
      const onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      this.redis.once('ready', onReady);
    });
  }

  async claim(keys: readonly string[]): Promise<boolean> {
    if (keys.length === 0) return false;
    await this.ready();
    const stamp = new Date().toISOString();
    const ttl = this.o.seenTtlMs ?? 90 * 24 * 60 * 60 * 1000;
    return (await this.redis.eval(CLAIM, keys.length, ...keys.map(this.key), stamp, ttl)) === 1;
  }

  async release(keys: readonly string[]): Promise<void> {
    await this.ready();
    if (keys.length > 0) await this.redis.del(...keys.map(this.key));
  }

  async share(name: string, markdown: string): Promise<void> {
    await this.ready();
    await this.redis.eval(
      SHARE,
      2,
      this.articles(),
      this.article(name),
      name,
      markdown,
      Date.now(),
      this.articleTtl(),
      this.o.maxArticles ?? 1000,
      this.article(),
    );
  }

  async shared(have: (name: string) => boolean): Promise<Map<string, string>> {
    await this.ready();
    const recent = await this.redis.zrangebyscore(this.articles(), Date.now() - this.articleTtl(), '+inf');
    const missing = recent.filter((name) => !have(name));
    const out = new Map<string, string>();
    if (missing.length === 0) return out;
    const texts = await this.redis.mget(...missing.map((name) => this.article(name)));
    missing.forEach((name, i) => {
      const text = texts[i];
      if (typeof text === 'string') out.set(name, text);
    });
    return out;
  }

  describe(): string {
    return describeRedis(this.o.url);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
