/** `factbot manifest`: manifest.yml with one slash command a story of the stories file. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/manifest.js';
import { runMain } from '../helpers/cli.js';
import { writeStoriesFile } from '../helpers/stories.js';

const factbot = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['dist/cli/factbot.js', 'manifest', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });

const file = writeStoriesFile([
  {
    id: 'scaledeal',
    title: "Meta's investment in Scale AI",
    command: '/scaledeal',
    folder: 'seeds',
    channels: ['C0NEWS'],
  },
  { id: 'yukos', title: 'The Yukos affair', command: '/yukos', folder: 'yukos' },
  { id: 'lse', command: '/lse-bids', folder: 'lse' },
]);

describe('factbot manifest', () => {
  it('prints manifest.yml with one slash command a story, the rest as manifest.yml says', () => {
    const run = factbot(['--stories', file]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const printed = parse(run.stdout);
    const commands = printed.features.slash_commands as Array<Record<string, unknown>>;
    expect(commands.map((c) => c.command)).toEqual(['/scaledeal', '/yukos', '/lse-bids']);
    expect(commands[1]).toEqual({
      command: '/yukos',
      description: 'What the coverage of The Yukos affair says, each fact with its sources',
      usage_hint: '[topic or question] | sources | check <text> | digest | add <link> | help',
      should_escape: false,
    });
    expect(commands[2]?.description).toMatch(/coverage of lse says/);
    // Everything else as manifest.yml: scopes, events, shortcut, Socket Mode; its comments kept.
    const template = parse(readFileSync('manifest.yml', 'utf8'));
    expect({ ...printed, features: { ...printed.features, slash_commands: [] } }).toEqual({
      ...template,
      features: { ...template.features, slash_commands: [] },
    });
    expect(run.stdout).toMatch(/^# Slack app manifest/);
  });

  it('reads STORIES_FILE when no --stories is given; without either, prints manifest.yml with COMMAND', () => {
    expect(parse(factbot([], { STORIES_FILE: file }).stdout).features.slash_commands).toHaveLength(3);
    const single = factbot([], { COMMAND: '/elections' });
    expect(single.status).toBe(0);
    const printed = parse(single.stdout);
    const template = parse(readFileSync('manifest.yml', 'utf8'));
    expect(printed.features.slash_commands).toEqual([
      { ...template.features.slash_commands[0], command: '/elections' },
    ]);
    expect(parse(factbot([]).stdout)).toEqual(template);
  });

  it('stops with one line naming the story, the field and the fix of a bad stories file, and exits 1', () => {
    const bad = writeStoriesFile([{ id: 'yukos', command: 'yukos', folder: 'x' }]);
    const run = factbot(['--stories', bad]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toMatch(
      /^STORIES_FILE \S+: story "yukos": command must be a slash command such as \/scaledeal/,
    );
    expect(run.stderr.trim()).not.toContain('\n');
  });

  it('prints the same from the compiled bin and from src/', async () => {
    const bin = factbot(['--stories', file]).stdout;
    // src/'s main run in this process (a tsx process compiled every module first: seconds under load).
    const src = await runMain(main, ['--stories', file]);
    expect(src.code, src.err).toBe(0);
    expect(src.out).toBe(bin);
  });
});
