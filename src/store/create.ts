import type { Config } from '../config.js';
import { type Coordination, LocalCoordination } from './coordination.js';
import { MemoryDeduper } from './dedupe.js';
import { FileDigestStateStore } from './digest-state.js';
import { type FeedbackStore, FileFeedbackStore } from './feedback.js';
import { RedisFeedbackStore } from './feedback-redis.js';
import { RedisCoordination } from './redis.js';
import { redisPrefix } from './redis-client.js';

/** The one place that chooses how replicas coordinate: Redis when REDIS_URL is set, else this machine. */
export function createCoordination(
  config: Pick<Config, 'redisUrl' | 'dataDir' | 'command'>,
  logger: { info(m: string): void; warn(m: string): void },
): Coordination {
  if (config.redisUrl)
    return new RedisCoordination({
      url: config.redisUrl,
      prefix: redisPrefix(config.command),
      logger,
    });
  return new LocalCoordination(new MemoryDeduper(), new FileDigestStateStore(config.dataDir, logger));
}

/** Where readers' votes on answers are kept: Redis when REDIS_URL is set, else files in DATA_DIR. */
export function createFeedbackStore(
  config: Pick<Config, 'redisUrl' | 'dataDir' | 'command'>,
  logger: { warn(m: string): void },
): FeedbackStore {
  if (config.redisUrl)
    return new RedisFeedbackStore({
      url: config.redisUrl,
      prefix: redisPrefix(config.command),
      logger,
    });
  return new FileFeedbackStore(config.dataDir, logger);
}
