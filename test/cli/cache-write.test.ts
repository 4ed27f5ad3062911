/** The command line waits for the index cache's write once its output is written (a write cut off is lost). */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachePath, readCache } from '../../src/index/cache.js';

const root = mkdtempSync(join(tmpdir(), 'factbot-cache-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('factbot and the index cache', () => {
  it('a cache written under load (its write slower than the old 2 s cut-off) is complete and read back', async () => {
    const corpus = join(root, 'corpus');
    const cacheDir = join(root, 'cache');
    cpSync('seeds', corpus, { recursive: true });
    const run = () =>
      spawnSync(
        process.execPath,
        [
          '--import',
          resolve('test/helpers/slow-rename.mjs'),
          'dist/cli/factbot.js',
          'ask',
          '--corpus',
          corpus,
          '--json',
          'valuation',
        ],
        { encoding: 'utf8', env: { ...process.env, INDEX_CACHE_DIR: cacheDir, SLOW_RENAME_MS: '3000' } },
      );
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout.trim()).facts.length).toBeGreaterThan(0);
    // The write's temporary file was renamed into place: the cache is whole, no half-written file left.
    expect(readdirSync(cacheDir)).toEqual([cachePath(cacheDir, corpus).split('/').at(-1)]);
    const warnings: string[] = [];
    const payload = await readCache(cachePath(cacheDir, corpus), { warn: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
    expect(Object.keys(payload?.files ?? {}).sort()).toEqual(readdirSync(corpus).sort());
    // Read back: the second run finds every article in the cache, so it writes none again.
    const written = statSync(cachePath(cacheDir, corpus)).mtimeMs;
    const second = run();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).not.toMatch(/damaged|Could not write/);
    expect(statSync(cachePath(cacheDir, corpus)).mtimeMs).toBe(written);
  }, 180_000);
});
