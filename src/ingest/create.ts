/**
 * Web ingestion as the bot runs it: where seen items are kept (Redis with REDIS_URL, else a file
 * under DATA_DIR), and an article saved from the web indexed at once (the live index would take it
 * shortly after anyway; this way `add` can say how many facts it gave).
 */
import type { Config } from '../config.js';
import type { FactIndex } from '../index/fact-index.js';
import { redisPrefix } from '../store/redis-client.js';
import type { FetchOptions } from './fetch.js';
import { Ingester, type IngestLogger } from './ingest.js';
import { FileSeenStore, RedisSeenStore, type SeenStore } from './seen.js';

export function createSeenStore(
  config: Pick<Config, 'redisUrl' | 'dataDir' | 'command'>,
  logger: IngestLogger,
): SeenStore {
  return config.redisUrl
    ? new RedisSeenStore({ url: config.redisUrl, prefix: redisPrefix(config.command) })
    : new FileSeenStore(config.dataDir, logger);
}

export function createIngester(
  config: Pick<Config, 'redisUrl' | 'dataDir' | 'command' | 'corpusDir' | 'ingest'>,
  index: FactIndex,
  logger: IngestLogger,
  fetch: FetchOptions = {},
): Ingester {
  return new Ingester({
    corpusDir: config.corpusDir,
    seen: createSeenStore(config, logger),
    logger,
    feeds: config.ingest.feeds,
    match: config.ingest.match,
    fetch: { allowPrivate: config.ingest.allowPrivateUrls, ...fetch },
    onSaved: (article) => {
      index.upsert(article);
      return index.factsOf(article.id).length;
    },
  });
}
