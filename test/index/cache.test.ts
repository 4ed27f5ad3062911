import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_VERSION, type CachePayload, readCache, StemTable, writeCache } from '../../src/index/cache.js';

function payload(): CachePayload {
  const table = new StemTable(['gone', 'unused']);
  const facts: CachePayload['articles'][string]['facts'] = [
    [0, 'text', 'Acme bought Widget.', table.write(['acm', 'bought', 'widget']), []],
    [1, 'text', 'Widget bought Acme.', table.write(['widget', 'bought', 'acm']), []],
  ];
  return {
    stems: table.stems,
    articles: { abc: { article: { title: 'Deal', hash: 'abc' }, facts } },
    files: { 'a.txt': { size: 10, mtimeMs: 1, hash: 'abc' } },
  };
}

const words = (p: CachePayload) =>
  Object.values(p.articles).flatMap((a) => a.facts.map((f) => new StemTable(p.stems).read(f[3]).join(' ')));

describe('the index cache', () => {
  it('reads back the facts it wrote, each stem stored once and stems no fact uses left out', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cache-')), 'index.json');
    const written = payload();
    await writeCache(path, written);
    const read = await readCache(path, { warn: (m) => expect.fail(m) });
    expect(read && words(read)).toEqual(['acm bought widget', 'widget bought acm']);
    expect(read?.stems.sort()).toEqual(['acm', 'bought', 'widget']);
    expect(read?.files).toEqual(written.files);
  });

  it('keeps texts on lines of their own, a text with a line break too, and misses none', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cache-')), 'index.json');
    const written = payload();
    const fact = written.articles.abc?.facts[1];
    if (fact) fact[2] = 'Widget bought\nAcme.';
    await writeCache(path, written);
    const read = await readCache(path, { warn: (m) => expect.fail(m) });
    expect(read?.articles.abc?.facts.map((f) => f[2])).toEqual([
      'Acme bought Widget.',
      'Widget bought\nAcme.',
    ]);
    // The same file with its last text line gone (and its checksum made to match) is not trusted.
    const [header = '', json = ''] = readFileSync(path, 'utf8').split('\n');
    const checksum = createHash('sha1').update(json).digest('hex');
    writeFileSync(path, `${header.replace(/"checksum":"\w+"/, `"checksum":"${checksum}"`)}\n${json}`);
    const warnings: string[] = [];
    expect(await readCache(path, { warn: (m) => warnings.push(m) })).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/damaged; rebuilding/)]);
  });

  it('rejects, with a warning, a file whose checksum holds but whose facts name stems it lacks', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cache-')), 'index.json');
    const bad = payload();
    bad.articles.abc?.facts[0]?.[3].push(99);
    const body = JSON.stringify(bad);
    const checksum = createHash('sha1').update(body).digest('hex');
    writeFileSync(path, `${JSON.stringify({ version: CACHE_VERSION, checksum })}\n${body}`);
    const warnings: string[] = [];
    expect(await readCache(path, { warn: (m) => warnings.push(m) })).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/damaged; rebuilding/)]);
  });

  it('quietly ignores a file of another format version, and a missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-'));
    const path = join(dir, 'index.json');
    await writeCache(path, payload());
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace(`"version":${CACHE_VERSION}`, `"version":${CACHE_VERSION - 1}`));
    const warn = (m: string) => expect.fail(m);
    expect(await readCache(path, { warn })).toBeUndefined();
    expect(await readCache(join(dir, 'none.json'), { warn })).toBeUndefined();
  });
});
