/**
 * The bot: index each story's folder, build the Slack app, register the listeners (one story, or
 * several routed by command, channel, thread and button), schedule each story's digest, start.
 */
import type { Server } from 'node:http';
import type { App } from '@slack/bolt';
import { ConsoleLogger, type Logger, type LogLevel } from '@slack/logger';
import { type Config, ConfigError } from './config.js';
import { Health, listenProbes, portOf } from './health.js';
import type { FactIndex } from './index/fact-index.js';
import type { FetchOptions } from './ingest/fetch.js';
import { registerCommands } from './listeners/commands/index.js';
import { registerListeners, registerRouted } from './listeners/index.js';
import { AckGate, pageOptions, WorkQueue, type WorkQueueOptions } from './listeners/queue.js';
import { countConnections, createSlackApp, EVENTS_PATH } from './receivers.js';
import { RequestGuard } from './request-guard.js';
import type { DigestService, DigestServiceOptions } from './schedule/digest.js';
import type { FeedService } from './schedule/feeds.js';
import { storyConfigs } from './stories/config.js';
import { prepareStoryParts, type StoryParts, storyLogger } from './stories/parts.js';
import { storyRouter } from './stories/router.js';
import { ThreadCache } from './thread/cache.js';

/** A running bot. */
export interface Bot {
  app: App;
  /** The (first) story's index, digest and feed rounds. */
  index: FactIndex;
  digest: DigestService;
  /** The feed rounds, when FEEDS (or REDIS_URL, to take other replicas' articles) is set. */
  feeds?: FeedService;
  /** Every story's parts: one without STORIES_FILE, else one a story of the file, in its order. */
  stories: StoryParts[];
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

  // The listeners are registered before the indexes are built: in HTTP mode a request that
  // arrives meanwhile is acked at once and its answer waits in the held queue until they are ready.
  // Each story's deps reach its index, digest and page ingester once built (see stories/parts.ts).
  const work = new WorkQueue(options.queue, logger, gate);
  work.hold();
  // Page fetches (`add <link>`) wait on other sites: a pool of their own, apart from the answers.
  const pages = new WorkQueue(pageOptions, logger, gate);
  pages.hold();
  // One set of parts a story: its index, stores, digest, feeds and listener deps (see stories/).
  const configs = storyConfigs(config);
  const several = config.stories !== undefined;
  // Several stories: each index cache is written once all are indexed, not while others are read.
  let allIndexed = () => {};
  const indexed = new Promise<void>((resolve) => {
    allIndexed = resolve;
  });
  const shared = {
    poster: app.client,
    work,
    pages,
    threads: new ThreadCache(),
    threadFollowUps: config.threadFollowUps,
    labelled: several,
    ...(several ? { all: configs.map((c) => c.spec) } : {}),
    ...(several ? { writeCacheAfter: indexed } : {}),
    ...(options.digest ? { digest: options.digest } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  const pending = configs.map((story) =>
    prepareStoryParts(story, { ...shared, logger: several ? storyLogger(logger, story.spec.id) : logger }),
  );
  const [firstPending] = pending;
  if (!firstPending) {
    allIndexed();
    throw new ConfigError('STORIES_FILE lists no story: add one (see the README).');
  }
  // Replayed commands and clicks are told apart across replicas too, once Redis is there.
  guard.replays = firstPending.deps.deduper;
  if (several) {
    for (const story of pending) registerCommands(app, story.deps);
    registerRouted(app, storyRouter(pending.map((s) => ({ spec: s.spec, deps: s.deps }))));
  } else registerListeners(app, firstPending.deps);
  app.error(async (error) => logger.error(`Unhandled error: ${error.message}`));

  // The probes answer (503) while the indexes are built: in HTTP mode on the app's port, which
  // already takes Slack's requests; in Socket Mode on a small listener of their own (the connection
  // to Slack opens once the indexes are ready).
  let server: Server | undefined;
  let probes: Server | undefined;
  /** Closes every story's stores, and what was built of its parts (its watch, its page ingester). */
  const closeServices = async () => {
    for (const story of pending) await story.close();
  };
  if (!socketMode)
    try {
      server = (await app.start(
        options.local ? { port: config.port, host: '127.0.0.1' } : config.port,
      )) as Server;
      countConnections(server, gate);
    } catch (error) {
      allIndexed();
      await closeServices();
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
  const stories: StoryParts[] = [];
  try {
    await options.beforeIndex?.(healthPort);
    // All at once: one story's articles are read while the language thread splits another's.
    const started = await Promise.allSettled(pending.map((story) => story.build()));
    for (const s of started) if (s.status === 'fulfilled') stories.push(s.value);
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (error) {
    await stopEarly();
    await closeServices();
    throw error;
  } finally {
    allIndexed();
  }
  const [first] = stories;
  if (!first) {
    await stopEarly();
    await closeServices();
    throw new ConfigError('STORIES_FILE lists no story: add one (see the README).');
  }
  const commands = stories.map((s) => s.config.command).join(', ');

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
      ? `Connected to Slack in Socket Mode; answering ${commands} and mentions.`
      : options.local
        ? `Ready: answering ${commands} and mentions.`
        : `Listening on port ${port} at ${EVENTS_PATH}; answering ${commands} and mentions.`,
  );
  for (const story of stories) await story.start();
  // Once every story answers: each reads its figures' claims in the background, in chunks that
  // yield to requests, so that a draft check finds them read (start-up does not wait for it).
  for (const story of stories) story.warm();

  let stopping: Promise<void> | undefined;
  const stop = async (timeoutMs: number) => {
    health.state = 'stopping';
    for (const story of stories) await story.quiet();
    // Socket Mode: disconnect first, so that Slack sends new envelopes to the other connections;
    // HTTP: the server stays up (probes, and 503 to Slack) until every acked request is answered.
    if (socketMode) await app.stop().catch(() => undefined);
    const drained = Promise.all([work.drain(), pages.drain(), ...stories.map((s) => s.digest.stop())]);
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
    index: first.index,
    digest: first.digest,
    ...(first.feeds ? { feeds: first.feeds } : {}),
    stories,
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
