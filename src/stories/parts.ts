/**
 * One story's parts of the bot: its index, live on its folder; its coordination and votes (its
 * Redis keys or DATA_DIR files); its digest on its schedule to its channel; its feeds and `add`
 * into its folder; and the listener deps that answer from it. The bot starts one set a story.
 */
import { stat } from 'node:fs/promises';
import type { Logger } from '@slack/logger';
import { checkWarmStep } from '../check/prepare.js';
import { rehearseCheck } from '../check/rehearse.js';
import { type Warm, warmClaims } from '../claims/warm.js';
import { type Config, ConfigError } from '../config.js';
import { buildIndex } from '../index/build.js';
import type { FactIndex } from '../index/fact-index.js';
import { keepIndexLive } from '../index/live.js';
import { createIngester } from '../ingest/create.js';
import type { FetchOptions } from '../ingest/fetch.js';
import type { Ingester } from '../ingest/ingest.js';
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
  /**
   * Starts reading every figure's claims in the background (claims/warm.ts), and again after each
   * change of its folder, until it quiets: for once the bot answers and every story has started.
   */
  warm(): void;
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
  /** Page fetches (`add <link>`): a pool of their own, apart from the answers. */
  pages?: WorkQueue;
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

/**
 * A story's parts before its index is built: its stores, and listener deps that reach the index,
 * digest and page ingester once `build()` has made them (the listeners are registered before, their
 * answers held in the queue until the bot is ready; asked earlier, they throw).
 */
export interface PendingStory {
  spec: StorySpec;
  config: Config;
  /** What its listeners answer with: its index, digest and `add` once built (asked before, they throw). */
  deps: ListenerDeps;
  /** Builds its index and makes the rest of its parts; nothing is scheduled until `start()`. */
  build(): Promise<StoryParts>;
  /** Closes what was made: its stores, and once built its watch and page ingester. */
  close(): Promise<void>;
}

/** Makes a story's stores and lazy deps; its index is built by `build()`. */
export function prepareStoryParts({ spec, config }: StoryConfig, shared: SharedParts): PendingStory {
  const { logger } = shared;
  let index: FactIndex | undefined;
  let digest: DigestService | undefined;
  let ingester: Ingester | undefined;
  let live: { close(): void } | undefined;
  // The background warm of every figure's claims (claims/warm.ts) and of a check's first-time work on
  // its fact (check/prepare.ts), then a check rehearsed on the coverage's own words and sentences
  // (check/rehearse.ts, nothing shown): started once the bot answers (`warm()`),
  // again after each change of the folder (it then reads what changed), stopped when it quiets.
  let warm: (Warm & { over: boolean }) | undefined;
  let warming = false;
  const startWarm = () => {
    if (!warming || !index || (warm && !warm.over)) return; // a running warm starts over by itself
    const built = index;
    const started = {
      ...warmClaims(built, { step: checkWarmStep(built), afterwards: () => rehearseCheck(built) }),
      over: false,
    };
    warm = started;
    void started.done.then((r) => {
      started.over = true;
      if (r.error)
        logger.warn(
          `Stopped reading claims in the background (${r.error}); checks read them when first asked.`,
        );
      else if (!r.stopped && r.read > 0)
        logger.debug(`Read the claims of ${r.read} facts in the background.`);
    });
  };
  const stopWarm = () => {
    warming = false;
    warm?.stop();
  };
  const ready = <T>(made: T | undefined): T => {
    if (made === undefined)
      throw new Error('asked before the index was built (the queue is held until it is)');
    return made;
  };
  const coordination = createCoordination(config, logger);
  const feedback = createFeedbackStore(config, logger);
  const deps: ListenerDeps = {
    get index() {
      return ready(index);
    },
    command: config.command,
    deduper: coordination.deduper,
    digest: () => ready(digest).current(),
    feedback,
    addPage: (link) => ready(ingester).add(link),
    threads: shared.threads,
    threadFollowUps: shared.threadFollowUps,
    work: shared.work,
    ...(shared.pages ? { pages: shared.pages } : {}),
    ...(shared.labelled
      ? { story: { id: spec.id, ...(shared.all ? { about: storyAbout(spec, shared.all) } : {}) } }
      : {}),
  };
  const close = async () => {
    stopWarm();
    live?.close();
    await ingester?.close();
    await coordination.close();
    await feedback.close();
  };
  return {
    spec,
    config,
    deps,
    close,
    async build() {
      if (shared.all && !(await stat(config.corpusDir).catch(() => undefined))?.isDirectory())
        throw new ConfigError(
          `STORIES_FILE: story "${spec.id}": folder ${config.corpusDir} does not exist: create it, or set the story's folder to a folder of .txt/.md articles.`,
        );
      // Files written while the index is read are caught up once the folder is watched.
      const indexStarted = Date.now();
      const built = await buildIndex(
        config.corpusDir,
        logger,
        config.indexCacheDir
          ? {
              cacheDir: config.indexCacheDir,
              ...(shared.writeCacheAfter ? { writeCacheAfter: shared.writeCacheAfter } : {}),
            }
          : {},
      );
      index = built;
      logger.info(
        `Indexed ${built.articleCount} articles (${built.factCount} facts) from ${config.corpusDir}.`,
      );
      const watch = keepIndexLive(built, config.corpusDir, logger, {
        since: indexStarted,
        onBatch: ({ updated, removed }) => {
          logger.info(
            `Corpus changed: ${updated.length} article(s) added or updated, ${removed.length} removed.`,
          );
          startWarm();
        },
      });
      live = watch;
      logger.info(`Events and digests are coordinated by ${coordination.describe()}.`);
      const service = new DigestService({
        index: built,
        store: coordination.digestState,
        claim: (slot) => coordination.claimSlot(slot),
        release: async (slot) => coordination.releaseSlot?.(slot),
        logger,
        cron: config.digest.cron,
        timezone: config.digest.timezone,
        ...(config.digest.channel ? { channel: config.digest.channel, poster: shared.poster } : {}),
        ...(config.storyTitle ? { story: config.storyTitle } : {}),
        ...shared.digest,
      });
      digest = service;
      const made = createIngester(config, built, logger, shared.fetch);
      ingester = made;
      const feeds =
        config.ingest.feeds.length > 0 || config.redisUrl
          ? new FeedService({ ingester: made, cron: config.ingest.cron, logger })
          : undefined;
      return {
        spec,
        config,
        index: built,
        digest: service,
        ...(feeds ? { feeds } : {}),
        deps,
        async start() {
          await service.start();
          await feeds?.start();
        },
        warm() {
          warming = true;
          startWarm();
        },
        async quiet() {
          stopWarm();
          watch.close();
          await feeds?.stop();
        },
        close,
      };
    },
  };
}

/** Builds a story's index and makes its parts; nothing is scheduled until `start()`. */
export async function startStoryParts(story: StoryConfig, shared: SharedParts): Promise<StoryParts> {
  const pending = prepareStoryParts(story, shared);
  try {
    return await pending.build();
  } catch (error) {
    await pending.close();
    throw error;
  }
}
