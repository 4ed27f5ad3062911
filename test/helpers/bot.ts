/**
 * The real Bolt app over HTTP on loopback against a Slack stand-in, as the end-to-end tests start
 * it: the seed articles, no index cache, a DATA_DIR of its own, requests signed with SECRET.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type Bot, startBot } from '../../src/bot.js';
import { parseConfig } from '../../src/config.js';
import { type StandIn, startStandIn } from '../stand-in/slack.js';
import { type RecordingLogger, recordingLogger } from './logger.js';

/** The signing secret the test bots are started with. */
export const SECRET = 'test-signing-secret';

export interface TestBot {
  slack: StandIn;
  bot: Bot;
  logger: RecordingLogger;
  /** Where Slack posts events, commands and interactivity. */
  url: string;
  /** Stops the bot, then the stand-in. */
  stop(): Promise<void>;
}

/**
 * The environment of a test bot against a stand-in, `env` over the defaults (seeds, no cache, a
 * fresh DATA_DIR, any port).
 */
export function testEnv(slack: StandIn, env: Record<string, string> = {}): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SECRET,
    PORT: '0',
    SLACK_API_URL: slack.apiUrl,
    CORPUS_DIR: 'seeds',
    INDEX_CACHE_DIR: 'none',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'data-')),
    ...env,
  };
}

/** Starts a stand-in and the bot against it (see testEnv), its log kept. */
export async function startTestBot(env: Record<string, string> = {}): Promise<TestBot> {
  const slack = await startStandIn();
  const logger = recordingLogger();
  try {
    const bot = await startBot(parseConfig(testEnv(slack, env)), { logger });
    return {
      slack,
      bot,
      logger,
      url: `http://127.0.0.1:${bot.port}/slack/events`,
      async stop() {
        await bot.stop();
        await slack.close();
      },
    };
  } catch (error) {
    await slack.close();
    throw error;
  }
}

/**
 * A test bot for the tests of a file or a describe block: started before them (see startTestBot),
 * stopped after. Its fields are there once the tests run.
 */
export function useTestBot(env: Record<string, string> = {}): TestBot {
  const test = {} as TestBot;
  beforeAll(async () => {
    Object.assign(test, await startTestBot(env));
  }, 30_000);
  afterAll(async () => {
    await test.stop?.();
  });
  return test;
}
