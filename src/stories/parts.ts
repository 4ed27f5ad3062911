/**
 * One story's parts of the bot: its index, live on its folder; its coordination and votes (its
 * Redis keys or DATA_DIR files); its digest on its schedule to its channel; its feeds and `add`
 * into its folder; and the listener deps that answer from it. The bot starts one set a story.
 */
import { stat } from 'node:fs/promises';
import type { Logger } from '@slack/logger';
import { type Config, ConfigError } from '../config.js';
import { buildIndex } from '../index/build.js';
import type { FactIndex } from '../index/fact-index.js';
import { keepIndexLive } from '../index/live.js';
import { createIngester } from '../ingest/create.js';
import type { FetchOptions } from '../ingest/fetch.js';
import type { ListenerDeps } from '../listeners/deps.js';
import type { WorkQueue } from '../listeners/queue.js';
import { DigestService, type DigestServiceOptions, type Poster } from '../schedule/digest.js';
import { FeedService } from '../schedule/feeds.js';
import { createCoordination, createFeedbackStore } from '../store/create.js';
import type { ThreadCache } from '../thread/cache.js';
import type { StoryConfig } from './config.js';
import type { StorySpec } from './file.js';
import { storyAbout } from './router.js';

/** A story's running parts. */
export interface StoryParts {
  spec: StorySpec;
  config: Config;
  index: FactIndex;
  digest: DigestService;
  feeds?: FeedService;
  /** What its listeners answer with. */
  deps: ListenerDeps;
  /** Starts its digest schedule and feed rounds. */
  start(): Promise<void>;
  /** Stops its watch and feed rounds (no new work). */
  quiet(): Promise<void>;
  /** Closes its watch, page ingester and stores. */
  close(): Promise<void>;
}

/** A logger whose lines start with `[id] `: each story's lines, when the bot serves several. */
export function storyLogger(logger: Logger, id: string): Logger {
  const tag = (args: unknown[]) =>
    typeof args[0] === 'string' ? [`[${id}] ${args[0]}`, ...args.slice(1)] : args;
  return {
    debug: (...a: unknown[]) => logger.debug(...tag(a)),
    info: (...a: unknown[]) => logger.info(...tag(a)),
    warn: (...a: unknown[]) => logger.warn(...tag(a)),
    error: (...a: unknown[]) => logger.error(...tag(a)),
    setLevel: (level) => logger.setLevel(level),
    getLevel: () => logger.getLevel(),
    setName: (name) => logger.setName(name),
  };
}

/** What the stories share: the Slack client, the answer queue, the thread cache, the options. */
export interface SharedParts {
  logger: Logger;
  poster: Poster;
  work: WorkQueue;
  threads: ThreadCache;
  threadFollowUps: boolean;
  digest?: Partial<Pick<DigestServiceOptions, 'retries' | 'backoffMs' | 'now'>>;
  fetch?: FetchOptions;
  /** Labels its replies with its id (several stories). */
  labelled: boolean;
  /** Its index cache is written once this settles (several stories: once all are indexed). */
  writeCacheAfter?: Promise<unknown>;
  /** Every story (several stories): its `help` names it and the others' commands. */
  all?: readonly StorySpec[];
}

/** Builds a story's index and makes its parts; nothing is scheduled until `start()`. */
export async function startStoryParts(
  { spec, config }: StoryConfig,
  shared: SharedParts,
): Promise<StoryParts> {
  const { logger } = shared;
  if (shared.all && !(await stat(config.corpusDir).catch(() => undefined))?.isDirectory())
    throw new ConfigError(
      `STORIES_FILE: story "${spec.id}": folder ${config.corpusDir} does not exist: create it, or set the story's folder to a folder of .txt/.md articles.`,
    );
  // Files written while the index is read are caught up once the folder is watched.
  const indexStarted = Date.now();
  const index = await buildIndex(
    config.corpusDir,
    logger,
    config.indexCacheDir
      ? {
          cacheDir: config.indexCacheDir,
          ...(shared.writeCacheAfter ? { writeCacheAfter: shared.writeCacheAfter } : {}),
        }
      : {},
  );
  logger.info(`Indexed ${index.articleCount} articles (${index.factCount} facts) from ${config.corpusDir}.`);
  const live = keepIndexLive(index, config.corpusDir, logger, {
    since: indexStarted,
    onBatch: ({ updated, removed }) =>
      logger.info(
        `Corpus changed: ${updated.length} article(s) added or updated, ${removed.length} removed.`,
      ),
  });

  const coordination = createCoordination(config, logger);
  logger.info(`Events and digests are coordinated by ${coordination.describe()}.`);
  const feedback = createFeedbackStore(config, logger);
  const digest = new DigestService({
    index,
    store: coordination.digestState,
    claim: (slot) => coordination.claimSlot(slot),
    release: async (slot) => coordination.releaseSlot?.(slot),
    logger,
    cron: config.digest.cron,
    timezone: config.digest.timezone,
    ...(config.digest.channel ? { channel: config.digest.channel, poster: shared.poster } : {}),
    ...(config.storyName ? { story: config.storyName } : {}),
    ...shared.digest,
  });
  const ingester = createIngester(config, index, logger, shared.fetch);
  const feeds =
    config.ingest.feeds.length > 0 || config.redisUrl
      ? new FeedService({ ingester, cron: config.ingest.cron, logger })
      : undefined;
  const deps: ListenerDeps = {
    index,
    command: config.command,
    deduper: coordination.deduper,
    digest: () => digest.current(),
    feedback,
    addPage: (link) => ingester.add(link),
    threads: shared.threads,
    threadFollowUps: shared.threadFollowUps,
    work: shared.work,
    ...(shared.labelled
      ? { story: { id: spec.id, ...(shared.all ? { about: storyAbout(spec, shared.all) } : {}) } }
      : {}),
  };
  return {
    spec,
    config,
    index,
    digest,
    ...(feeds ? { feeds } : {}),
    deps,
    async start() {
      await digest.start();
      await feeds?.start();
    },
    async quiet() {
      live.close();
      await feeds?.stop();
    },
    async close() {
      live.close();
      await ingester.close();
      await coordination.close();
      await feedback.close();
    },
  };
}
