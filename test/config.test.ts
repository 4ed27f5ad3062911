import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, parseConfig } from '../src/config.js';

const base = { SLACK_BOT_TOKEN: 'xoxb-1-abc', SLACK_SIGNING_SECRET: 'shh-secret' };
const problem = (env: Record<string, string | undefined>) => {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('parseConfig', () => {
  it('fills in the defaults', () => {
    expect(parseConfig(base)).toMatchObject({
      port: 3000,
      corpusDir: 'seeds',
      command: '/scaledeal',
      logLevel: 'info',
      digest: { cron: '0 8 * * *', timezone: 'UTC' },
      dataDir: '.data',
    });
  });

  it('names a missing variable and how to fix it, in one line', () => {
    const message = problem({ SLACK_SIGNING_SECRET: 's' });
    expect(message).toMatch(/^SLACK_BOT_TOKEN is missing: set it to the bot token/);
    expect(message).not.toContain('\n');
  });

  it('asks for a signing secret in HTTP mode, and not in Socket Mode', () => {
    expect(problem({ SLACK_BOT_TOKEN: 'xoxb-1' })).toMatch(
      /^SLACK_SIGNING_SECRET is missing.*SLACK_APP_TOKEN/,
    );
    expect(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack.appToken).toBe(
      'xapp-1',
    );
  });

  it('names each bad variable', () => {
    expect(problem({ ...base, PORT: 'abc' })).toMatch(/^PORT must be a port number/);
    expect(problem({ ...base, PORT: '70000' })).toMatch(/^PORT /);
    expect(problem({ ...base, SLACK_BOT_TOKEN: 'xoxp-user' })).toMatch(
      /^SLACK_BOT_TOKEN must be a bot token/,
    );
    expect(problem({ ...base, SLACK_APP_TOKEN: 'nope' })).toMatch(
      /^SLACK_APP_TOKEN must be an app-level token/,
    );
    expect(problem({ ...base, SLACK_API_URL: 'not a url' })).toMatch(/^SLACK_API_URL must be a URL/);
    expect(problem({ ...base, COMMAND: 'scaledeal' })).toMatch(/^COMMAND must be a slash command/);
    expect(problem({ ...base, LOG_LEVEL: 'loud' })).toMatch(/^LOG_LEVEL must be one of/);
    expect(problem({ ...base, DIGEST_CRON: 'every morning' })).toMatch(
      /^DIGEST_CRON must be a cron expression/,
    );
    expect(problem({ ...base, DIGEST_TIMEZONE: 'Mars/Olympus' })).toMatch(
      /^DIGEST_TIMEZONE must be an IANA time zone/,
    );
  });

  it('never puts a secret in a message', () => {
    const message = problem({
      SLACK_BOT_TOKEN: 'xoxb-very-secret',
      SLACK_SIGNING_SECRET: 'topsecret',
      PORT: 'x',
    });
    expect(message).not.toMatch(/very-secret|topsecret/);
  });

  it('answers follow-ups in threads unless THREAD_FOLLOWUPS is false, and names a bad value', () => {
    expect(parseConfig(base).threadFollowUps).toBe(true);
    expect(parseConfig({ ...base, THREAD_FOLLOWUPS: '' }).threadFollowUps).toBe(true);
    expect(parseConfig({ ...base, THREAD_FOLLOWUPS: 'FALSE' }).threadFollowUps).toBe(false);
    expect(parseConfig({ ...base, THREAD_FOLLOWUPS: '0' }).threadFollowUps).toBe(false);
    expect(parseConfig({ ...base, THREAD_FOLLOWUPS: 'yes' }).threadFollowUps).toBe(true);
    expect(problem({ ...base, THREAD_FOLLOWUPS: 'sometimes' })).toMatch(
      /^THREAD_FOLLOWUPS must be true or false/,
    );
  });

  it('accepts a seconds field in the schedule and ends the API URL with a slash', () => {
    const config = parseConfig({
      ...base,
      DIGEST_CRON: '*/5 * * * * *',
      SLACK_API_URL: 'http://127.0.0.1:9/api',
    });
    expect(config.digest.cron).toBe('*/5 * * * * *');
    expect(config.slack.apiUrl).toBe('http://127.0.0.1:9/api/');
  });
});

describe('web ingestion settings', () => {
  it('defaults to no feeds, every 15 minutes, every item, no private addresses', () => {
    expect(parseConfig(base).ingest).toEqual({
      feeds: [],
      cron: '*/15 * * * *',
      match: [],
      allowPrivateUrls: false,
    });
  });

  it('reads FEEDS and FEED_MATCH as comma-separated lists, ALLOW_PRIVATE_URLS as a boolean', () => {
    const config = parseConfig({
      ...base,
      FEEDS: ' https://a.example/rss.xml , http://b.example/atom ',
      FEED_CRON: '*/2 * * * * *',
      FEED_MATCH: 'Harbour Bridge, ferry',
      ALLOW_PRIVATE_URLS: 'TRUE',
    });
    expect(config.ingest).toEqual({
      feeds: ['https://a.example/rss.xml', 'http://b.example/atom'],
      cron: '*/2 * * * * *',
      match: ['Harbour Bridge', 'ferry'],
      allowPrivateUrls: true,
    });
  });

  it('stops on a bad value with one line naming the variable and the fix', () => {
    expect(problem({ ...base, FEEDS: 'https://a.example/rss, ftp://b.example/feed' })).toMatch(
      /^FEEDS must be a comma-separated list of http\(s\) feed URLs/,
    );
    expect(problem({ ...base, FEED_CRON: 'hourly' })).toMatch(/^FEED_CRON must be a cron expression/);
    expect(problem({ ...base, ALLOW_PRIVATE_URLS: 'yes' })).toMatch(
      /^ALLOW_PRIVATE_URLS must be true or false/,
    );
  });
});

describe('.env.example', () => {
  const lines = readFileSync('.env.example', 'utf8').split('\n');
  const listed = lines.flatMap((line, i) => {
    const m = /^#?\s*([A-Z][A-Z0-9_]*)=/.exec(line);
    return m?.[1] ? [{ name: m[1], line: i }] : [];
  });

  it('lists every variable src/config.ts reads, and no other', () => {
    expect(listed.map((v) => v.name).sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it('says in one comment line right above each what it is for', () => {
    for (const { name, line } of listed) {
      expect(lines[line - 1], `${name} needs a comment above it`).toMatch(/^# \S.{10,}/);
      expect(lines[line - 2] ?? '', `${name}: one comment line`).not.toMatch(/^#/);
    }
  });
});
