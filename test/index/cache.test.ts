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

/** Rewrites the lines after a cache file's header, and signs them as the writer would. */
function tamper(path: string, edit: (body: string[]) => string[]): void {
  const [header = '', ...body] = readFileSync(path, 'utf8').split('\n');
  const text = edit(body).join('\n');
  const checksum = createHash('sha1').update(text).digest('hex');
  writeFileSync(path, `${header.replace(/"checksum":"\w+"/, `"checksum":"${checksum}"`)}\n${text}`);
}

/** What readCache makes of a file: the payload, or the warnings it gave. */
async function outcome(path: string): Promise<CachePayload | string[]> {
  const warnings: string[] = [];
  return (await readCache(path, { warn: (m) => warnings.push(m) })) ?? warnings;
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
    // The same file with its last text line gone is not trusted.
    tamper(path, (body) => body.slice(0, -1));
    expect(await outcome(path)).toEqual([expect.stringMatching(/damaged; rebuilding/)]);
  });

  it('rejects, with a warning, a file whose checksum holds but whose places are not in its stems', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cache-')), 'index.json');
    await writeCache(path, payload());
    const places = (numbers: number[]) => Buffer.from(Int32Array.from(numbers).buffer).toString('base64');
    tamper(path, ([json = '', , ...texts]) => [json, places([0, 1, 2, 2, 1, 99]), ...texts]);
    expect(await outcome(path)).toEqual([expect.stringMatching(/damaged; rebuilding/)]);
    // Too few places for the facts.
    tamper(path, ([json = '', , ...texts]) => [json, places([0, 1, 2]), ...texts]);
    expect(await outcome(path)).toEqual([expect.stringMatching(/damaged; rebuilding/)]);
    // The right places read back as the writer wrote them.
    tamper(path, ([json = '', , ...texts]) => [json, places([0, 1, 2, 2, 1, 0]), ...texts]);
    const read = await outcome(path);
    expect(Array.isArray(read) ? read : words(read)).toEqual(['acm bought widget', 'widget bought acm']);
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
