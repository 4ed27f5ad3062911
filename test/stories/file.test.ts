import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';
import { storyConfigs } from '../../src/stories/config.js';
import { parseStories, StoriesFileError } from '../../src/stories/file.js';
import { startTestBot } from '../helpers/bot.js';
import { writeStoriesFile } from '../helpers/stories.js';

const GOOD = `
stories:
  - id: scaledeal
    title: Meta's investment in Scale AI
    command: /scaledeal
    folder: seeds
    channels: [C0NEWS]
    digest: { channel: C0DIGEST, cron: "0 8 * * 1-5", timezone: Europe/London }
    feeds: [https://example.com/ai.xml]
  - id: bbc
    command: /bbc
    folder: /srv/bbc
    channels: C0BBC, C0BBC2
`;

/** The one-line message a stories file is refused with. */
const refusal = (text: string) => {
  try {
    parseStories(text, 'stories.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(StoriesFileError);
    expect((error as Error).message).not.toContain('\n');
    return (error as Error).message;
  }
  throw new Error('expected the stories file to be refused');
};

describe('the stories file', () => {
  it('reads each story, folders from the file’s folder', () => {
    const [a, b] = parseStories(GOOD, 'conf/stories.yml');
    expect(a).toEqual({
      id: 'scaledeal',
      title: "Meta's investment in Scale AI",
      command: '/scaledeal',
      folder: resolve('conf', 'seeds'),
      channels: ['C0NEWS'],
      digest: { channel: 'C0DIGEST', cron: '0 8 * * 1-5', timezone: 'Europe/London' },
      feeds: ['https://example.com/ai.xml'],
      feedMatch: [],
    });
    expect(b).toMatchObject({ id: 'bbc', folder: '/srv/bbc', channels: ['C0BBC', 'C0BBC2'], digest: {} });
  });

  it('names the story, the field and the fix of a bad entry', () => {
    const bad = (field: string) => GOOD.replace('    folder: /srv/bbc\n', `    folder: /srv/bbc\n${field}\n`);
    expect(refusal(bad('    digest: { cron: "every morning" }'))).toBe(
      'STORIES_FILE stories.yml: story "bbc": digest.cron must be a cron expression such as "0 8 * * 1-5" (seconds field optional).',
    );
    expect(refusal(GOOD.replace('command: /bbc', 'command: bbc'))).toMatch(
      /^STORIES_FILE stories\.yml: story "bbc": command must be a slash command such as \/scaledeal/,
    );
    expect(refusal(bad('    digest: { timezone: Mars/Olympus }'))).toMatch(
      /story "bbc": digest\.timezone must be an IANA time zone/,
    );
    expect(refusal(bad('    feeds: [ftp://example.com/x]'))).toMatch(
      /story "bbc": feeds\[0\] must list http\(s\) feed URLs/,
    );
    expect(refusal(GOOD.replace('channels: C0BBC, C0BBC2', 'channels: [general]'))).toMatch(
      /story "bbc": channels\[0\] must be a channel id such as C0123456789/,
    );
    expect(refusal(bad('    chanels: [C0X]'))).toMatch(
      /story "bbc": has no field chanels: the fields are id, title/,
    );
    expect(refusal(GOOD.replace('    command: /bbc\n', ''))).toMatch(
      /story "bbc": command is missing: give the story its slash command/,
    );
    expect(refusal(GOOD.replace('  - id: bbc\n', '  - title: BBC\n'))).toMatch(/story 2: id is missing/);
  });

  it('refuses a command, channel, id or folder two stories share, naming both', () => {
    expect(refusal(GOOD.replace('command: /bbc', 'command: /scaledeal'))).toMatch(
      /story "bbc": command \/scaledeal is story "scaledeal"'s already; give each story a slash command of its own/,
    );
    expect(refusal(GOOD.replace('C0BBC2', 'C0NEWS'))).toMatch(
      /story "bbc": channels C0NEWS is story "scaledeal"'s already; a channel belongs to one story/,
    );
    expect(refusal(GOOD.replace('id: bbc', 'id: scaledeal'))).toMatch(/id scaledeal is used twice/);
  });

  it('refuses a file that is not YAML or has no stories', () => {
    expect(refusal('stories: [\n')).toMatch(/^STORIES_FILE stories\.yml is not valid YAML \(line \d+\)/);
    expect(refusal('story:\n  - id: a\n')).toMatch(/must hold `stories:`/);
    expect(refusal('stories: []\n')).toMatch(/stories must list a story/);
  });

  it('stops start-up with one line (a ConfigError) when STORIES_FILE is bad or missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stories-'));
    const file = join(dir, 'stories.yml');
    writeFileSync(file, GOOD.replace('id: bbc', 'id: BBC News'));
    const env = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', STORIES_FILE: file };
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(/story "BBC News": id must be a short id such as scaledeal/);
    expect(() => parseConfig({ ...env, STORIES_FILE: join(dir, 'nope.yml') })).toThrow(
      /^STORIES_FILE .*nope\.yml cannot be read \(ENOENT\)/,
    );
  });

  it('gives each story its command, folder, digest, feeds, DATA_DIR and index cache; one story without a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stories-'));
    const file = join(dir, 'stories.yml');
    writeFileSync(file, GOOD);
    const base = {
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      DATA_DIR: '/d',
      DIGEST_CRON: '0 9 * * *',
    };
    const [a, b] = storyConfigs(parseConfig({ ...base, STORIES_FILE: file }));
    expect(a?.config).toMatchObject({
      command: '/scaledeal',
      corpusDir: join(dir, 'seeds'),
      dataDir: '/d/scaledeal',
      indexCacheDir: '.cache/scaledeal',
      storyTitle: "Meta's investment in Scale AI",
      digest: { channel: 'C0DIGEST', cron: '0 8 * * 1-5', timezone: 'Europe/London' },
      ingest: { feeds: ['https://example.com/ai.xml'] },
    });
    expect(b?.config).toMatchObject({ command: '/bbc', dataDir: '/d/bbc', digest: { cron: '0 9 * * *' } });
    expect(b?.config.digest.channel).toBeUndefined();
    const single = parseConfig(base);
    const [only, none] = storyConfigs(single);
    expect(only?.config).toBe(single);
    expect(none).toBeUndefined();
  });
});

describe('stories.example.yml', () => {
  it('is a valid stories file: the seeds under /scaledeal', () => {
    const [story, other] = parseStories(readFileSync('stories.example.yml', 'utf8'), 'stories.example.yml');
    expect(story).toMatchObject({ id: 'scaledeal', command: '/scaledeal', folder: resolve('seeds') });
    expect(other).toBeUndefined();
  });
});

describe('a story whose folder is missing', () => {
  it('stops start-up with one line naming the story and the folder', async () => {
    const file = writeStoriesFile([
      { id: 'scaledeal', command: '/scaledeal', folder: resolve('seeds') },
      { id: 'ghost', command: '/ghost', folder: '/nonexistent/ghost-story' },
    ]);
    await expect(startTestBot({ STORIES_FILE: file })).rejects.toThrow(
      'STORIES_FILE: story "ghost": folder /nonexistent/ghost-story does not exist: create it, or set the story\'s folder to a folder of .txt/.md articles.',
    );
  });
});
