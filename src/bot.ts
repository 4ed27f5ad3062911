/** The bot: index the story folder, build the Slack app, register the listeners, schedule the digest, start. */
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import { ConsoleLogger, type Logger, type LogLevel } from '@slack/logger';
import { type Config, ConfigError } from './config.js';
import { buildIndex } from './index/build.js';
import type { FactIndex } from './index/fact-index.js';
import { keepIndexLive } from './index/live.js';
import { createIngester } from './ingest/create.js';
import type { FetchOptions } from './ingest/fetch.js';
import { registerListeners } from './listeners/index.js';
import { createSlackApp, EVENTS_PATH } from './receivers.js';
import { DigestService, type DigestServiceOptions } from './schedule/digest.js';
import { FeedService } from './schedule/feeds.js';
import { createCoordination, createFeedbackStore } from './store/create.js';
import { ThreadCache } from './thread/cache.js';

/** A running bot. */
export interface Bot {
  app: App;
  index: FactIndex;
  digest: DigestService;
  /** The feed rounds, when FEEDS (or REDIS_URL, to take other replicas' articles) is set. */
  feeds?: FeedService;
  /** The HTTP port, in HTTP mode. */
  port?: number;
  stop(): Promise<void>;
}

export function createLogger(level: Config['logLevel']): Logger {
  const logger = new ConsoleLogger();
  logger.setName('factbot');
  logger.setLevel(level as LogLevel);
  return logger;
}

/** What tests may change of how the bot runs. */
export interface StartOptions {
  logger?: Logger;
  /** Digest timing: retries, backoff, clock. */
  digest?: Partial<Pick<DigestServiceOptions, 'retries' | 'backoffMs' | 'now'>>;
  /** How web pages and feeds are fetched: a resolver, time and size limits. */
  fetch?: FetchOptions;
}

/** Starts the bot with a configuration; the promise settles once it serves. */
export async function startBot(config: Config, options: StartOptions = {}): Promise<Bot> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const index = await buildIndex(
    config.corpusDir,
    logger,
    config.indexCacheDir ? { cacheDir: config.indexCacheDir } : {},
  );
  logger.info(`Indexed ${index.articleCount} articles (${index.factCount} facts) from ${config.corpusDir}.`);
  const live = keepIndexLive(index, config.corpusDir, logger, {
    onBatch: ({ updated, removed }) =>
      logger.info(
        `Corpus changed: ${updated.length} article(s) added or updated, ${removed.length} removed.`,
      ),
  });

  const app = createSlackApp(config, logger);
  try {
    await app.init();
  } catch (error) {
    throw new ConfigError(
      `SLACK_BOT_TOKEN was refused by Slack (${(error as { data?: { error?: string } }).data?.error ?? (error as Error).message}): check the token, and SLACK_API_URL if set.`,
    );
  }
  const coordination = createCoordination(config, logger);
  logger.info(`Events and digests are coordinated by ${coordination.describe()}.`);
  const feedback = createFeedbackStore(config, logger);
  const digest = new DigestService({
    index,
    store: coordination.digestState,
    claim: (slot) => coordination.claimSlot(slot),
    logger,
    cron: config.digest.cron,
    timezone: config.digest.timezone,
    ...(config.digest.channel ? { channel: config.digest.channel, poster: app.client } : {}),
    ...(config.storyName ? { story: config.storyName } : {}),
    ...options.digest,
  });
  const ingester = createIngester(config, index, logger, options.fetch);
  const feeds =
    config.ingest.feeds.length > 0 || config.redisUrl
      ? new FeedService({ ingester, cron: config.ingest.cron, feedCount: config.ingest.feeds.length, logger })
      : undefined;
  registerListeners(app, {
    index,
    command: config.command,
    deduper: coordination.deduper,
    digest: () => digest.current(),
    feedback,
    addPage: (link) => ingester.add(link),
    threads: new ThreadCache(),
    threadFollowUps: config.threadFollowUps,
  });
  app.error(async (error) => logger.error(`Unhandled error: ${error.message}`));

  const server = await app.start(config.port);
  const port = config.slack.appToken ? undefined : (server?.address() as AddressInfo | null)?.port;
  logger.info(
    config.slack.appToken
      ? `Connected to Slack in Socket Mode; answering ${config.command} and mentions.`
      : `Listening on port ${port} at ${EVENTS_PATH}; answering ${config.command} and mentions.`,
  );
  await digest.start();
  await feeds?.start();
  return {
    app,
    index,
    digest,
    ...(feeds ? { feeds } : {}),
    ...(port !== undefined ? { port } : {}),
    stop: async () => {
      live.close();
      await feeds?.stop();
      await ingester.close();
      await digest.stop();
      await app.stop();
      await coordination.close();
      await feedback.close();
    },
  };
}
