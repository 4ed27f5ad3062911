/**
 * Several indexes in one process (several stories), sharing the process's stem table: each cache is
 * written when told (once every story is indexed), holds only its own stems, and reads back whole.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/build.js';
import { cachePath, readCache } from '../../src/index/cache.js';
import { copyStory, LSE_BIDS, YUKOS } from '../helpers/stories.js';

const quiet = { warn: () => {} };

describe('two indexes in one process', () => {
  it('writes each cache when told, with only its own stems, and a restart reads each back whole', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'several-cache-'));
    const [yukos, lse] = [copyStory(YUKOS, 'yukos-'), copyStory(LSE_BIDS, 'lse-')];
    let allIndexed = () => {};
    const indexed = new Promise<void>((resolve) => {
      allIndexed = resolve;
    });
    const written: string[] = [];
    const first = await buildIndex(yukos, quiet, {
      cacheDir,
      writeCacheAfter: indexed,
      onCacheWritten: () => written.push('yukos'),
    });
    const second = await buildIndex(lse, quiet, {
      cacheDir,
      writeCacheAfter: indexed,
      onCacheWritten: () => written.push('lse'),
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(written).toEqual([]);
    expect(existsSync(cachePath(cacheDir, yukos))).toBe(false);
    allIndexed();
    for (let i = 0; i < 100 && written.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(written.sort()).toEqual(['lse', 'yukos']);

    // The Yukos cache holds no stem only the LSE articles use ("euronext").
    const yukosCache = await readCache(cachePath(cacheDir, yukos), quiet);
    const lseCache = await readCache(cachePath(cacheDir, lse), quiet);
    expect(lseCache?.stems).toContain('euronext');
    expect(yukosCache?.stems).not.toContain('euronext');
    expect(yukosCache?.stems).toContain('yuko');

    const again = await buildIndex(yukos, quiet, { cacheDir });
    expect(again.factCount).toBe(first.factCount);
    expect(again.articles().map((a) => a.id)).toEqual(first.articles().map((a) => a.id));
    const againLse = await buildIndex(lse, quiet, { cacheDir });
    expect(againLse.factCount).toBe(second.factCount);
  });
});
