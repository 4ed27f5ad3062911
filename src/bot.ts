/** The bot: index the story folder, build the Slack app, register the listeners, schedule the digest, start. */
import type { Server } from 'node:http';
import type { App } from '@slack/bolt';
import { ConsoleLogger, type Logger, type LogLevel } from '@slack/logger';
import { type Config, ConfigError } from './config.js';
import { Health, listenProbes, portOf } from './health.js';
import { buildIndex } from './index/build.js';
import type { FactIndex } from './index/fact-index.js';
import { keepIndexLive } from './index/live.js';
import { createIngester } from './ingest/create.js';
import type { FetchOptions } from './ingest/fetch.js';
import type { Ingester } from './ingest/ingest.js';
import { registerListeners } from './listeners/index.js';
import { AckGate, pageOptions, WorkQueue, type WorkQueueOptions } from './listeners/queue.js';
import { createSlackApp, EVENTS_PATH } from './receivers.js';
import { RequestGuard } from './request-guard.js';
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
  /** Where /healthz and /readyz answer: the HTTP port, or in Socket Mode a listener's of its own. */
  healthPort?: number;
  health: Health;
  /** The answers waiting or running, off the ack path. */
  work: WorkQueue;
  /**
   * Stops gracefully: readiness 503, no new request taken, every acked request answered, the
   * digest slot in flight finished or its claim released; bounded by `timeoutMs` (default 8000).
   */
  stop(options?: { timeoutMs?: number }): Promise<void>;
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
  /** The answer queue's concurrency and limit. */
  queue?: Partial<WorkQueueOptions>;
  /** Awaited once the probes listen, before the index is built (the tests probe "not ready" there). */
  beforeIndex?: (healthPort: number | undefined) => Promise<void> | void;
  /**
   * The playground's bot: its HTTP server listens on 127.0.0.1 only, and its port (the stand-in
   * posts to it; a person has no use for it) is not announced.
   */
  local?: boolean;
}

/** Starts the bot with a configuration; the promise settles once it serves. */
export async function startBot(config: Config, options: StartOptions = {}): Promise<Bot> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const socketMode = Boolean(config.slack.appToken);
  const health = new Health();
  const gate = new AckGate();
  const guard = new RequestGuard({ signingSecret: config.slack.signingSecret ?? '' });
  const app = createSlackApp(config, logger, health, gate, guard);
  try {
    await app.init();
  } catch (error) {
    throw new ConfigError(
      `SLACK_BOT_TOKEN was refused by Slack (${(error as { data?: { error?: string } }).data?.error ?? (error as Error).message}): check the token, and SLACK_API_URL if set.`,
    );
  }

  // The listeners are registered before the index is built: in HTTP mode a request that arrives
  // meanwhile is acked at once and its answer waits in the held queue until the index is ready.
  // What the answers need once the index is built is reached through these, set then.
  let index: FactIndex | undefined;
  let digest: DigestService | undefined;
  let ingester: Ingester | undefined;
  const ready = <T>(made: T | undefined): T => {
    if (made === undefined)
      throw new Error('asked before the index was built (the queue is held until it is)');
    return made;
  };
  const coordination = createCoordination(config, logger);
  // Replayed commands and clicks are told apart across replicas too, once Redis is there.
  guard.replays = coordination.deduper;
  const feedback = createFeedbackStore(config, logger);
  const work = new WorkQueue(options.queue, logger, gate);
  work.hold();
  // Page fetches (`add <link>`) wait on other sites: a pool of their own, apart from the answers.
  const pages = new WorkQueue(pageOptions, logger, gate);
  pages.hold();
  registerListeners(app, {
    get index() {
      return ready(index);
    },
    command: config.command,
    deduper: coordination.deduper,
    digest: () => ready(digest).current(),
    feedback,
    addPage: (link) => ready(ingester).add(link),
    threads: new ThreadCache(),
    threadFollowUps: config.threadFollowUps,
    work,
    pages,
  });
  app.error(async (error) => logger.error(`Unhandled error: ${error.message}`));

  // The probes answer (503) while the index is built: in HTTP mode on the app's port, which already
  // takes Slack's requests; in Socket Mode on a small listener of their own (the connection to
  // Slack opens once the index is ready).
  let server: Server | undefined;
  let probes: Server | undefined;
  const closeStores = async () => {
    await coordination.close();
    await feedback.close();
  };
  if (!socketMode)
    try {
      server = (await app.start(
        options.local ? { port: config.port, host: '127.0.0.1' } : config.port,
      )) as Server;
    } catch (error) {
      await closeStores();
      throw error;
    }
  else
    probes = await listenProbes(health, config.port).catch((error: NodeJS.ErrnoException) => {
      logger.warn(
        `Health probes not served: port ${config.port} ${error.code === 'EADDRINUSE' ? 'is in use' : `failed (${error.message})`}; set PORT to a free port.`,
      );
      return undefined;
    });
  const port = server ? portOf(server) : undefined;
  const healthPort = port ?? (probes ? portOf(probes) : undefined);
  if (socketMode && healthPort !== undefined)
    logger.info(`Health probes on port ${healthPort} (/healthz, /readyz).`);

  const stopEarly = async () => {
    if (server) await app.stop().catch(() => undefined);
    probes?.close();
  };
  // Files written while the index is read are caught up once the folder is watched.
  const indexStarted = Date.now();
  try {
    await options.beforeIndex?.(healthPort);
    index = await buildIndex(
      config.corpusDir,
      logger,
      config.indexCacheDir ? { cacheDir: config.indexCacheDir } : {},
    );
  } catch (error) {
    await stopEarly();
    await closeStores();
    throw error;
  }
  logger.info(`Indexed ${index.articleCount} articles (${index.factCount} facts) from ${config.corpusDir}.`);
  const live = keepIndexLive(index, config.corpusDir, logger, {
    since: indexStarted,
    onBatch: ({ updated, removed }) =>
      logger.info(
        `Corpus changed: ${updated.length} article(s) added or updated, ${removed.length} removed.`,
      ),
  });

  logger.info(`Events and digests are coordinated by ${coordination.describe()}.`);
  digest = new DigestService({
    index,
    store: coordination.digestState,
    claim: (slot) => coordination.claimSlot(slot),
    release: async (slot) => coordination.releaseSlot?.(slot),
    logger,
    cron: config.digest.cron,
    timezone: config.digest.timezone,
    ...(config.digest.channel ? { channel: config.digest.channel, poster: app.client } : {}),
    ...(config.storyTitle ? { story: config.storyTitle } : {}),
    ...options.digest,
  });
  const made = createIngester(config, index, logger, options.fetch);
  ingester = made;
  const feeds =
    config.ingest.feeds.length > 0 || config.redisUrl
      ? new FeedService({ ingester: made, cron: config.ingest.cron, logger })
      : undefined;
  /** Closes what was made once the index was ready: the watch, the page ingester and the stores. */
  const closeServices = async () => {
    live.close();
    await made.close();
    await closeStores();
  };

  if (socketMode) {
    // Only now: Slack sends this connection events from the moment it opens.
    try {
      await app.start();
    } catch (error) {
      await closeServices();
      await stopEarly();
      throw error;
    }
  }
  health.state = 'ready';
  work.release();
  pages.release();
  logger.info(
    socketMode
      ? `Connected to Slack in Socket Mode; answering ${config.command} and mentions.`
      : options.local
        ? `Ready: answering ${config.command} and mentions.`
        : `Listening on port ${port} at ${EVENTS_PATH}; answering ${config.command} and mentions.`,
  );
  const service = digest;
  await service.start();
  await feeds?.start();

  let stopping: Promise<void> | undefined;
  const stop = async (timeoutMs: number) => {
    health.state = 'stopping';
    live.close();
    await feeds?.stop();
    // Socket Mode: disconnect first, so that Slack sends new envelopes to the other connections;
    // HTTP: the server stays up (probes, and 503 to Slack) until every acked request is answered.
    if (socketMode) await app.stop().catch(() => undefined);
    const drained = Promise.all([work.drain(), pages.drain(), service.stop()]);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), timeoutMs);
    });
    if ((await Promise.race([drained, late])) === 'late')
      logger.error(
        `Stopped after ${timeoutMs} ms with ${work.active + work.pending + pages.active + pages.pending} answer(s) not sent; they are lost.`,
      );
    clearTimeout(timer);
    await stopEarly();
    await closeServices();
  };
  return {
    app,
    index,
    digest: service,
    ...(feeds ? { feeds } : {}),
    health,
    work,
    ...(port !== undefined ? { port } : {}),
    ...(healthPort !== undefined ? { healthPort } : {}),
    stop: (o = {}) => {
      stopping ??= stop(o.timeoutMs ?? 8000);
      return stopping;
    },
  };
}
