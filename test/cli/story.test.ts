/**
 * The command line reads one story of a stories file: `--story ID --stories FILE`. The subcommands run
 * in this process through their `main`, as the dispatcher calls them (no index cache, the environment
 * holding none of the bot's variables but those a case sets): the bin's dispatching is
 * factbot.test.ts's, and one case here runs it as a process.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main as ask } from '../../src/cli/ask.js';
import { main as check } from '../../src/cli/check.js';
import { main as claims } from '../../src/cli/claims.js';
import { main as digest } from '../../src/cli/digest.js';
import { runMain } from '../helpers/cli.js';
import { twoStories } from '../helpers/stories.js';

const { file } = twoStories();
beforeEach(() => {
  vi.stubEnv('INDEX_CACHE_DIR', 'none');
  for (const name of ['STORIES_FILE', 'CORPUS_DIR', 'STORY_TITLE', 'DIGEST_TIMEZONE'])
    vi.stubEnv(name, undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
});
const citedIds = (json: string) =>
  json
    .trim()
    .split('\n')
    .flatMap((l) =>
      (JSON.parse(l).facts as Array<{ citations: Array<{ id: string }> }>).flatMap((f) =>
        f.citations.map((c) => c.id),
      ),
    );

describe('factbot --story ID --stories FILE', () => {
  it('asks the story’s own folder: each story cites only its articles', async () => {
    const yukos = await runMain(ask, ['--stories', file, '--story', 'yukos', '--json', 'Yukos tax bill']);
    expect(yukos.code, yukos.err).toBe(0);
    expect(citedIds(yukos.out).length).toBeGreaterThan(0);
    expect(citedIds(yukos.out).every((id) => id.startsWith('business/'))).toBe(true);
    vi.stubEnv('STORIES_FILE', file);
    const deal = await runMain(ask, ['--story', 'scaledeal', '--json', 'valuation']);
    expect(deal.code, deal.err).toBe(0);
    expect(citedIds(deal.out).length).toBeGreaterThan(0);
    expect(citedIds(deal.out).every((id) => /^\d{3}_/.test(id))).toBe(true);
  });

  it('checks and digests the story’s folder, the digest under the story’s title', async () => {
    const checked = await runMain(check, [
      '--stories',
      file,
      '--story',
      'yukos',
      '--json',
      'Yukos faces a $27.5bn tax bill.',
    ]);
    expect(JSON.parse(checked.out).claims[0].verdict).toBe('supported');
    const digested = await runMain(digest, ['--stories', file, '--story', 'yukos', '--json']);
    expect(JSON.parse(digested.out)).toMatchObject({ story: 'The Yukos affair', articleCount: 12 });
  });

  it('lists the claims of the story’s folder only', async () => {
    const listed = await runMain(claims, ['--stories', file, '--story', 'yukos', '--json']);
    expect(listed.code, listed.err).toBe(0);
    const articles = listed.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).article as string);
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.every((id) => id.startsWith('business/'))).toBe(true);
  });

  it('names the stories there are for an unknown id, and asks for the file when none is given', async () => {
    const unknown = await runMain(ask, ['--stories', file, '--story', 'elections', 'x']);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toBe('');
    expect(unknown.err.trim()).toBe(
      `--story elections: no such story in ${file}; its stories are scaledeal, yukos.`,
    );
    const noFile = await runMain(digest, ['--story', 'yukos']);
    expect(noFile.code).toBe(1);
    expect(noFile.err).toMatch(/--story yukos needs --stories FILE \(or STORIES_FILE\)/);
  });

  it('the compiled bin: the same one-line error and exit code 1 from a process', () => {
    const run = spawnSync(
      process.execPath,
      ['dist/cli/factbot.js', 'ask', '--stories', file, '--story', 'elections', 'x'],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', INDEX_CACHE_DIR: 'none' },
      },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      `--story elections: no such story in ${file}; its stories are scaledeal, yukos.`,
    );
  });
});
