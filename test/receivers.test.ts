/** The Slack app on its transport: Bolt logs at LOG_LEVEL (issue 22, item 9). */
import { ConsoleLogger, LogLevel } from '@slack/logger';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { createSlackApp } from '../src/receivers.js';

const env = {
  SLACK_BOT_TOKEN: 'xoxb-test',
  SLACK_SIGNING_SECRET: 'secret',
  SLACK_API_URL: 'http://127.0.0.1:9/api/',
};

describe('createSlackApp', () => {
  it.each([
    ['error', LogLevel.ERROR],
    ['debug', LogLevel.DEBUG],
    ['warn', LogLevel.WARN],
  ])('leaves the logger at LOG_LEVEL=%s, in HTTP and Socket Mode', (level, expected) => {
    for (const mode of [{}, { SLACK_APP_TOKEN: 'xapp-test' }]) {
      const logger = new ConsoleLogger();
      logger.setLevel(expected);
      createSlackApp(parseConfig({ ...env, ...mode, LOG_LEVEL: level }), logger);
      expect(logger.getLevel()).toBe(expected);
    }
  });
});
