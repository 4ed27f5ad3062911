/**
 * The story's name, from what the coverage is most about: the organisations and people it names
 * most, never an adjective ("Italian") or a place alone ("New York"). On BBC articles (2004-05) read
 * from ../shared at test time, found by the name they share: the Parmalat and the Marsh & McLennan
 * stories, copied to temporary folders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { buildDigest, storyName } from '../../src/digest/build.js';
import { buildIndex } from '../../src/index/build.js';
import { copyStory } from '../helpers/stories.js';

const BUSINESS = join('..', 'shared', 'corpora', 'bbc', 'business');

/** The BBC business articles that name `name`, as ids (`business/017`). */
function naming(name: string): string[] {
  return readdirSync(BUSINESS)
    .filter((f) => f.endsWith('.txt') && readFileSync(join(BUSINESS, f), 'utf8').includes(name))
    .map((f) => `business/${f.replace(/\.txt$/, '')}`);
}

const named = async (ids: readonly string[]) =>
  storyName(await buildIndex(copyStory(ids, 'story-name-'), { warn: () => {} }));

describe('the story’s name', () => {
  it('the Parmalat folder is named for Parmalat, not “Italian”', async () => {
    const ids = naming('Parmalat');
    expect(ids.length).toBeGreaterThanOrEqual(5);
    const name = await named(ids);
    expect(name).toMatch(/^Parmalat\b/);
    expect(name).not.toMatch(/Italian|Italy\b(?! and)|^Italy/);
  });

  it('the Marsh folder is named for Marsh & McLennan, not “New York”', async () => {
    const ids = naming('McLennan');
    expect(ids).toEqual(expect.arrayContaining(['business/265', 'business/333']));
    const name = await named(ids);
    expect(name).toMatch(/^Marsh( & McLennan)?\b/);
    expect(name).not.toMatch(/New York|\bUS\b/);
  });

  it('the seeds are named for Meta and Scale AI, the two the coverage is about', async () => {
    const name = storyName(await buildIndex('seeds', { warn: () => {} }));
    expect(name).toMatch(/Meta/);
    expect(name).toMatch(/Scale AI/);
    expect(name).not.toMatch(/Large Language Models/);
  });

  it('is the configured STORY_TITLE where one is given', async () => {
    const config = parseConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      STORY_TITLE: ' The Parmalat collapse ',
    });
    expect(config.storyTitle).toBe('The Parmalat collapse');
    const index = await buildIndex(copyStory(naming('Parmalat'), 'story-name-'), { warn: () => {} });
    expect(buildDigest(index, { story: config.storyTitle }).story).toBe('The Parmalat collapse');
  });
});
