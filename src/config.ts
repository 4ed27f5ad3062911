import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { validate as validateCron } from 'node-cron';
import { z } from 'zod';
import { loadStories, StoriesFileError, type StorySpec } from './stories/file.js';

/** What the bot is configured with: the environment (and `.env`), validated. */
export interface Config {
  slack: {
    botToken: string;
    /** Present in HTTP mode. */
    signingSecret?: string;
    /** Present in Socket Mode. */
    appToken?: string;
    /** Web API base URL, ending in `/`; Slack's own when unset. */
    apiUrl?: string;
  };
  port: number;
  corpusDir: string;
  /** The slash command, with its slash: `/scaledeal`. */
  command: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  digest: {
    /** Where the digest goes; no digest when unset. */
    channel?: string;
    /** node-cron expression, seconds field optional. */
    cron: string;
    /** IANA time zone of the schedule. */
    timezone: string;
  };
  dataDir: string;
  /** Redis, for several replicas; unset: one replica coordinating with itself. */
  redisUrl?: string;
  /** Where the index cache lives; undefined when disabled (`INDEX_CACHE_DIR=none`). */
  indexCacheDir?: string;
  /** The story's name in the digest header (`STORY_TITLE`); derived from the coverage when unset. */
  storyTitle?: string;
  /** Coverage from the web: feeds followed, and pages added by their link. */
  ingest: {
    /** RSS or Atom feed URLs; none when FEEDS is unset. */
    feeds: string[];
    /** node-cron expression of the feed rounds. Default every 15 minutes. */
    cron: string;
    /** Words or phrases an item's title or summary must hold one of; empty: every item. */
    match: string[];
    /** Fetch pages on private, loopback and link-local addresses (intranets). Default false. */
    allowPrivateUrls: boolean;
  };
  /** Answers questions in threads the bot answered in without a mention. */
  threadFollowUps: boolean;
  /**
   * Several stories from STORIES_FILE, each with its command, channels, folder, digest and feeds;
   * unset: one story from CORPUS_DIR, COMMAND, DIGEST_*, FEED* (as above).
   */
  stories?: StorySpec[];
}

/** A configuration problem, told in one line that names the variable and the fix. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
/** "a, b,,c" -> ["a", "b", "c"]; unset -> []. */
const commaList = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean)
    : [];
const optional = (schema: z.ZodType<string>) => z.preprocess(blankToUndefined, schema.optional());

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const schema = z
  .object({
    SLACK_BOT_TOKEN: z
      .string({
        error: 'is missing: set it to the bot token (xoxb-…) from your Slack app’s OAuth & Permissions page',
      })
      .regex(
        /^xoxb-\S+$/,
        'must be a bot token starting with xoxb- (OAuth & Permissions page of your Slack app)',
      ),
    SLACK_SIGNING_SECRET: optional(
      z.string().regex(/^\S+$/, 'must be the signing secret from your Slack app’s Basic Information page'),
    ),
    SLACK_APP_TOKEN: optional(
      z
        .string()
        .regex(
          /^xapp-\S+$/,
          'must be an app-level token starting with xapp- (Basic Information > App-Level Tokens)',
        ),
    ),
    PORT: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: 'must be a port number from 0 to 65535' })
        .int('must be a whole port number')
        .min(0, 'must be a port number from 0 to 65535')
        .max(65535, 'must be a port number from 0 to 65535')
        .default(3000),
    ),
    SLACK_API_URL: optional(z.url({ error: 'must be a URL such as https://slack.com/api/' })),
    CORPUS_DIR: z.preprocess(blankToUndefined, z.string().default('seeds')),
    COMMAND: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(
          /^\/[a-z0-9_-]{1,31}$/,
          'must be a slash command such as /scaledeal (lower case, at most 32 characters)',
        )
        .default('/scaledeal'),
    ),
    LOG_LEVEL: z.preprocess(
      (v) => (typeof v === 'string' ? v.toLowerCase() : blankToUndefined(v)),
      z
        .enum(['debug', 'info', 'warn', 'error'], { error: 'must be one of debug, info, warn, error' })
        .default('info'),
    ),
    DIGEST_CHANNEL: optional(z.string().regex(/^\S+$/, 'must be a channel id such as C0123456789')),
    DIGEST_CRON: z.preprocess(
      blankToUndefined,
      z
        .string()
        .refine(
          (v) => validateCron(v),
          'must be a cron expression such as "0 8 * * *" (seconds field optional)',
        )
        .default('0 8 * * *'),
    ),
    DIGEST_TIMEZONE: z.preprocess(
      blankToUndefined,
      z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/London or UTC').default('UTC'),
    ),
    DATA_DIR: z.preprocess(blankToUndefined, z.string().default('.data')),
    INDEX_CACHE_DIR: z.preprocess(blankToUndefined, z.string().default('.cache')),
    REDIS_URL: optional(
      z.string().regex(/^rediss?:\/\/\S+$/, 'must be a Redis URL such as redis://127.0.0.1:6379'),
    ),
    STORY_TITLE: optional(z.string()),
    FEEDS: z.preprocess(
      commaList,
      z.array(
        z
          .string()
          .refine(
            (v) => /^https?:\/\/\S+$/i.test(v) && URL.canParse(v),
            'must be a comma-separated list of http(s) feed URLs such as https://example.com/rss.xml',
          ),
      ),
    ),
    FEED_CRON: z.preprocess(
      blankToUndefined,
      z
        .string()
        .refine(
          (v) => validateCron(v),
          'must be a cron expression such as "*/15 * * * *" (seconds field optional)',
        )
        .default('*/15 * * * *'),
    ),
    FEED_MATCH: z.preprocess(commaList, z.array(z.string())),
    ALLOW_PRIVATE_URLS: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
      z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
    ),
    STORIES_FILE: optional(z.string()),
    THREAD_FOLLOWUPS: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
      z
        .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], {
          error: 'must be true or false (false: only mentions are answered in threads)',
        })
        .default('true')
        .transform((v) => ['true', '1', 'yes', 'on'].includes(v)),
    ),
  })
  .superRefine((env, ctx) => {
    if (!env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET)
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message:
          'is missing: set it to the signing secret from your Slack app’s Basic Information page (HTTP mode), or set SLACK_APP_TOKEN for Socket Mode',
      });
  });

/** Every variable the configuration reads, in the order of the schema (`.env.example` lists each). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(schema.shape);

/**
 * Reads the configuration from an environment. Throws a ConfigError whose message is one line
 * naming the first bad variable and how to fix it. Secrets never appear in the message.
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? 'configuration');
    throw new ConfigError(`${name} ${issue?.message ?? 'is not valid'}.`);
  }
  const e = result.data;
  let stories: StorySpec[] | undefined;
  try {
    stories = e.STORIES_FILE ? loadStories(e.STORIES_FILE) : undefined;
  } catch (error) {
    if (error instanceof StoriesFileError) throw new ConfigError(error.message);
    throw error;
  }
  const apiUrl = e.SLACK_API_URL ? e.SLACK_API_URL.replace(/\/?$/, '/') : undefined;
  return {
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
      ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
      ...(apiUrl ? { apiUrl } : {}),
    },
    port: e.PORT,
    corpusDir: e.CORPUS_DIR,
    command: e.COMMAND,
    logLevel: e.LOG_LEVEL,
    digest: {
      ...(e.DIGEST_CHANNEL ? { channel: e.DIGEST_CHANNEL } : {}),
      cron: e.DIGEST_CRON,
      timezone: e.DIGEST_TIMEZONE,
    },
    dataDir: e.DATA_DIR,
    ...(e.INDEX_CACHE_DIR.toLowerCase() === 'none' ? {} : { indexCacheDir: e.INDEX_CACHE_DIR }),
    ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
    ...(e.STORY_TITLE ? { storyTitle: e.STORY_TITLE.trim() } : {}),
    ingest: {
      feeds: e.FEEDS,
      cron: e.FEED_CRON,
      match: e.FEED_MATCH,
      allowPrivateUrls: e.ALLOW_PRIVATE_URLS === 'true',
    },
    threadFollowUps: e.THREAD_FOLLOWUPS,
    ...(stories ? { stories } : {}),
  };
}

let dotenvLoaded = false;

/** Loads `.env` once; the environment wins over it. */
function loadEnvFile(): void {
  if (!dotenvLoaded) loadDotenv({ quiet: true });
  dotenvLoaded = true;
}

/** Loads `.env` and reads the configuration. */
export function loadConfig(): Config {
  loadEnvFile();
  return parseConfig(process.env);
}

/** True when no Slack credential is configured at all: `npm start` then opens the local playground. */
export function isPlayground(env: Record<string, string | undefined>): boolean {
  loadEnvFile();
  return !['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'].some((name) => env[name]?.trim());
}

/** The configuration of the playground: the environment's, with stand-in credentials. */
export function playgroundConfig(env: Record<string, string | undefined>): Config {
  return parseConfig({
    ...env,
    SLACK_BOT_TOKEN: 'xoxb-playground',
    SLACK_SIGNING_SECRET: randomBytes(16).toString('hex'),
    SLACK_APP_TOKEN: undefined,
  });
}

/** Where the playground keeps its data: inside DATA_DIR, apart from a real workspace's. */
export function playgroundDataDir(dataDir: string): string {
  return join(dataDir, 'playground');
}

/**
 * The configuration of a command-line tool that reads the bot's stores (`npm run feedback`): the
 * environment's (and `.env`'s), no Slack credential needed, and the same data folder `npm start`
 * uses: the playground's when no Slack credential is configured.
 */
export function toolConfig(env: Record<string, string | undefined>): Config {
  const playground = isPlayground(env);
  const config = parseConfig({
    ...env,
    SLACK_BOT_TOKEN: 'xoxb-unused',
    SLACK_SIGNING_SECRET: 'unused',
    SLACK_APP_TOKEN: undefined,
  });
  return playground ? { ...config, dataDir: playgroundDataDir(config.dataDir) } : config;
}
