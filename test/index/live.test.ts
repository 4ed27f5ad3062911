import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import { buildDigest } from '../../src/digest/build.js';
import { buildIndex } from '../../src/index/build.js';
import { keepIndexLive, type LiveIndex } from '../../src/index/live.js';

const live: LiveIndex[] = [];
afterEach(() => {
  for (const l of live.splice(0)) l.close();
});

/** A corpus of one article, indexed and kept live; with `restarted`, indexed as a restart from the cache. */
async function setup(restarted = false) {
  const root = mkdtempSync(join(tmpdir(), 'live-'));
  writeFileSync(
    join(root, 'first.txt'),
    'Widget deal\n\nAcme Corp agreed to buy Widget Co for $2bn on Monday.\n',
  );
  const cacheDir = restarted ? mkdtempSync(join(tmpdir(), 'live-cache-')) : undefined;
  if (cacheDir) {
    let written: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      written = resolve;
    });
    await buildIndex(root, { warn: () => {} }, { cacheDir, onCacheWritten: () => written() });
    await done;
  }
  const index = await buildIndex(root, { warn: () => {} }, cacheDir ? { cacheDir } : {});
  const batches: Array<{ updated: string[]; removed: string[] }> = [];
  live.push(
    keepIndexLive(index, root, { warn: () => {} }, { debounceMs: 150, onBatch: (b) => batches.push(b) }),
  );
  return { root, index, batches };
}

async function until(done: () => boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!done()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - started;
}

describe('keepIndexLive', () => {
  it('answers from a file added while running within 2 s, in a nested folder too', async () => {
    const { root, index } = await setup();
    expect(answerQuery(index, 'Zorblax').facts).toEqual([]);
    mkdirSync(join(root, 'tech'));
    writeFileSync(
      join(root, 'tech', 'new.txt'),
      'Zorblax launch\n\nZorblax Inc raised $40m from investors this week.\n',
    );
    const took = await until(() => answerQuery(index, 'Zorblax').facts.length > 0, 2000);
    expect(took).toBeLessThan(2000);
    expect(answerQuery(index, 'Zorblax').facts[0]?.citations[0]?.id).toBe('tech/new');
    const digest = buildDigest(index, { previousArticleIds: ['first'] });
    expect(digest.newArticles.map((a) => a.id)).toEqual(['tech/new']);
  });

  it.each([
    ['built afresh', false],
    ['restarted from the cache', true],
  ])('replaces a changed file’s facts and forgets a removed file’s (%s)', async (_, restarted) => {
    const { root, index } = await setup(restarted);
    expect(answerQuery(index, 'Acme').facts).toHaveLength(1);
    writeFileSync(
      join(root, 'first.txt'),
      'Widget deal\n\nBrightside Capital agreed to buy Widget Co for $3bn on Friday.\n',
    );
    await until(() => answerQuery(index, 'Brightside').facts.length > 0, 2000);
    expect(answerQuery(index, 'Acme').facts).toEqual([]);
    rmSync(join(root, 'first.txt'));
    await until(() => index.articleCount === 0, 2000);
    expect(answerQuery(index, 'Brightside').facts).toEqual([]);
  });

  it('takes a burst of 100 files in one batch, and ignores dotfiles and temporary files', async () => {
    const { root, index, batches } = await setup();
    for (let i = 0; i < 100; i++)
      writeFileSync(
        join(root, `burst-${i}.txt`),
        `Story ${i}\n\nThe widget market grew by ${i + 1}% in region number ${i}.\n`,
      );
    writeFileSync(join(root, '.hidden.txt'), 'Hidden\n\nThis hidden file must never be read by the bot.\n');
    writeFileSync(join(root, 'draft.txt~'), 'Draft\n\nThis editor backup must never be read by the bot.\n');
    await until(() => index.articleCount === 101, 4000);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.updated).toHaveLength(100);
    expect(answerQuery(index, 'hidden').facts).toEqual([]);
  });
});

describe('catching up', () => {
  it('reads a file written after the index was read but before the folder was watched', async () => {
    const root = mkdtempSync(join(tmpdir(), 'live-gap-'));
    writeFileSync(
      join(root, 'first.txt'),
      'Widget deal\n\nAcme Corp agreed to buy Widget Co for $2bn on Monday.\n',
    );
    const since = Date.now();
    const index = await buildIndex(root, { warn: () => {} });
    // Another replica's feed round writes an article in the gap.
    writeFileSync(
      join(root, 'gap.txt'),
      'Gadget sale\n\nBrightside sold its gadget arm to Acme for $300m.\n',
    );
    const watched = keepIndexLive(index, root, { warn: () => {} }, { debounceMs: 100, since });
    live.push(watched);
    await watched.settled();
    expect(index.article('gap')?.title).toBe('Gadget sale');
    rmSync(root, { recursive: true, force: true });
  });

  it('drops an article whose file was deleted while the index was being read', async () => {
    const root = mkdtempSync(join(tmpdir(), 'live-gone-'));
    writeFileSync(
      join(root, 'first.txt'),
      'Widget deal\n\nAcme Corp agreed to buy Widget Co for $2bn on Monday.\n',
    );
    writeFileSync(
      join(root, 'gone.md'),
      'Gadget sale\n\nBrightside sold its gadget arm to Acme for $300m.\n',
    );
    const since = Date.now();
    const index = await buildIndex(root, { warn: () => {} });
    expect(index.article('gone')).toBeDefined();
    // Deleted in the gap, before the folder is watched: no watch event ever says so.
    rmSync(join(root, 'gone.md'));
    const batches: Array<{ updated: string[]; removed: string[] }> = [];
    const watched = keepIndexLive(
      index,
      root,
      { warn: () => {} },
      { debounceMs: 100, since, onBatch: (b) => batches.push(b) },
    );
    live.push(watched);
    await watched.settled();
    expect(index.article('gone')).toBeUndefined();
    expect(index.article('first')).toBeDefined();
    expect(answerQuery(index, 'gadget').facts).toEqual([]);
    expect(batches.flatMap((b) => b.removed)).toEqual(['gone']);
    rmSync(root, { recursive: true, force: true });
  });
});
