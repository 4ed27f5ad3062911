/** The command line reads one story of a stories file: `--story ID --stories FILE`. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { twoStories } from '../helpers/stories.js';

const { file } = twoStories();
const factbot = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['dist/cli/factbot.js', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', INDEX_CACHE_DIR: 'none', ...env },
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
  it('asks the story’s own folder: each story cites only its articles', () => {
    const yukos = factbot(['ask', '--stories', file, '--story', 'yukos', '--json', 'Yukos tax bill']);
    expect(yukos.status).toBe(0);
    expect(citedIds(yukos.stdout).length).toBeGreaterThan(0);
    expect(citedIds(yukos.stdout).every((id) => id.startsWith('business/'))).toBe(true);
    const deal = factbot(['ask', '--story', 'scaledeal', '--json', 'valuation'], { STORIES_FILE: file });
    expect(citedIds(deal.stdout).length).toBeGreaterThan(0);
    expect(citedIds(deal.stdout).every((id) => /^\d{3}_/.test(id))).toBe(true);
  });

  it('checks and digests the story’s folder, the digest under the story’s title', () => {
    const check = factbot([
      'check',
      '--stories',
      file,
      '--story',
      'yukos',
      '--json',
      'Yukos faces a $27.5bn tax bill.',
    ]);
    expect(JSON.parse(check.stdout).claims[0].verdict).toBe('supported');
    const digest = factbot(['digest', '--stories', file, '--story', 'yukos', '--json']);
    expect(JSON.parse(digest.stdout)).toMatchObject({ story: 'The Yukos affair', articleCount: 12 });
  });

  it('lists the claims of the story’s folder only', () => {
    const claims = factbot(['claims', '--stories', file, '--story', 'yukos', '--json']);
    expect(claims.status).toBe(0);
    const articles = claims.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).article as string);
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.every((id) => id.startsWith('business/'))).toBe(true);
  });

  it('names the stories there are for an unknown id, and asks for the file when none is given', () => {
    const unknown = factbot(['ask', '--stories', file, '--story', 'elections', 'x']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim()).toBe(
      `--story elections: no such story in ${file}; its stories are scaledeal, yukos.`,
    );
    const noFile = factbot(['digest', '--story', 'yukos']);
    expect(noFile.status).toBe(1);
    expect(noFile.stderr).toMatch(/--story yukos needs --stories FILE \(or STORIES_FILE\)/);
  });
});
