import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CACHE_VERSION,
  type CachePayload,
  type Places,
  readCache,
  writeCache,
} from '../../src/index/cache.js';

/** The places of some stems in a table, added at its end where new (as a writer numbers them). */
const placesIn = (table: string[]) => (stems: readonly string[]) =>
  stems.map((stem) => {
    if (!table.includes(stem)) table.push(stem);
    return table.indexOf(stem);
  });

/** The stems at some places of a table. */
const stemsAt = (table: readonly string[], places: Places) => Array.from(places, (at) => table[at] ?? '');

function payload(): CachePayload {
  const table = ['gone', 'unused'];
  const write = placesIn(table);
  const title = write(['deal']);
  return {
    stems: table,
    articles: {
      abc: {
        article: { title: 'Deal', hash: 'abc' },
        title,
        kinds: 'ti',
        texts: ['Acme bought Widget for $2bn.', 'Widget bought Acme.'],
        places: [write(['acm', 'bought', 'widget']), write(['widget', 'bought', 'acm'])],
      },
    },
    files: { 'a.txt': { size: 10, mtimeMs: 1, hash: 'abc' } },
  };
}

interface Sections {
  json: string;
  texts: string;
  places: Int32Array;
}

/** Rewrites a cache file's sections (JSON, texts, places), and signs them as the writer would. */
function tamper(path: string, edit: (sections: Sections) => Sections): void {
  const bytes = readFileSync(path);
  const newline = bytes.indexOf(10);
  const header = JSON.parse(bytes.toString('utf8', 0, newline));
  const body = bytes.subarray(newline + 1);
  const [json, texts] = header.sections as [number, number, number];
  const copy = new Int32Array(body.subarray(json + texts).length / 4);
  new Uint8Array(copy.buffer).set(body.subarray(json + texts));
  const edited = edit({
    json: body.toString('utf8', 0, json),
    texts: body.toString('utf8', json, json + texts),
    places: copy,
  });
  const parts = [Buffer.from(edited.json), Buffer.from(edited.texts), Buffer.from(edited.places.buffer)];
  const out = Buffer.concat(parts);
  header.sections = parts.map((p) => p.length);
  header.checksum = createHash('sha1').update(out).digest('hex');
  writeFileSync(path, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), out]));
}

/** What readCache makes of a file: the payload, or the warnings it gave. */
async function outcome(path: string): Promise<CachePayload | string[]> {
  const warnings: string[] = [];
  return (await readCache(path, { warn: (m) => warnings.push(m) })) ?? warnings;
}

const words = (p: CachePayload) =>
  Object.values(p.articles).flatMap((a) => a.places.map((own) => stemsAt(p.stems, own).join(' ')));

describe('the index cache', () => {
  it('reads back the facts it wrote, each stem stored once and stems nothing uses left out', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cache-')), 'index.cache');
    const written = payload();
    await writeCache(path, written);
    const read = await readCache(path, { warn: (m) => expect.fail(m) });
    expect(read && words(read)).toEqual(['acm bought widget', 'widget bought acm']);
    expect([...(read?.stems ?? [])].sort()).toEqual(['acm', 'bought', 'deal', 'widget']);
    expect(read?.files).toEqual(written.files);
    const { places: _read, title, ...rest } = read?.articles.abc ?? {};
    const { places: _written, title: _title, ...expected } = written.articles.abc ?? {};
    expect(rest).toEqual(expected);
    expect(read && stemsAt(read.stems, title ?? [])).toEqual(['deal']);
  });

  it('keeps an article’s names and short forms where given, and refuses forms of another shape', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cache-')), 'index.cache');
    const written = payload();
    const forms = {
      names: ['Acme', 'Widget'],
      written: ['WB'],
      defined: [['WB', 'Widget Board']] as Array<[string, string]>,
    };
    if (written.articles.abc) written.articles.abc.forms = forms;
    await writeCache(path, written);
    const read = await readCache(path, { warn: (m) => expect.fail(m) });
    expect(read?.articles.abc?.forms).toEqual(forms);
    // Without forms, none are read back.
    await writeCache(path, payload());
    expect((await readCache(path, { warn: (m) => expect.fail(m) }))?.articles.abc).not.toHaveProperty(
      'forms',
    );
    // Forms whose lists are not lists are not trusted.
    await writeCache(path, written);
    tamper(path, (file) => ({
      ...file,
      json: file.json.replace('"names":["Acme","Widget"]', '"names":"Acme"'),
    }));
    expect(await outcome(path)).toEqual([expect.stringMatching(/damaged; rebuilding/)]);
  });

  it('keeps texts on lines of their own, a text with a line break too, and misses none', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cache-')), 'index.cache');
    const written = payload();
    const texts = written.articles.abc?.texts ?? [];
    texts[1] = 'Widget bought\nAcme.';
    await writeCache(path, written);
    const read = await readCache(path, { warn: (m) => expect.fail(m) });
    expect(read?.articles.abc?.texts).toEqual(['Acme bought Widget for $2bn.', 'Widget bought\nAcme.']);
    // The same file with its last text line gone is not trusted.
    tamper(path, (file) => ({ ...file, texts: file.texts.split('\n').slice(0, -1).join('\n') }));
    expect(await outcome(path)).toEqual([expect.stringMatching(/damaged; rebuilding/)]);
  });

  it('rejects, with a warning, a file whose checksum holds but whose places are not in its stems', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cache-')), 'index.cache');
    await writeCache(path, payload());
    let original = new Int32Array(0);
    tamper(path, (file) => {
      original = file.places.slice();
      return file;
    });
    const places = (edit: (numbers: number[]) => number[]) => (file: Sections) => ({
      ...file,
      places: Int32Array.from(edit([...original])),
    });
    // A place past the end of the stems.
    tamper(
      path,
      places((numbers) => [...numbers.slice(0, -1), 99]),
    );
    expect(await outcome(path)).toEqual([expect.stringMatching(/damaged; rebuilding/)]);
    // Too few places for the facts.
    tamper(
      path,
      places((numbers) => numbers.slice(0, 3)),
    );
    expect(await outcome(path)).toEqual([expect.stringMatching(/damaged; rebuilding/)]);
    // The places as written, signed again the same way, read back: what was refused was the places.
    tamper(
      path,
      places((numbers) => numbers),
    );
    const read = await outcome(path);
    expect(Array.isArray(read) ? read : words(read)).toEqual(['acm bought widget', 'widget bought acm']);
  });

  it('quietly ignores a file of another format version, and a missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-'));
    const path = join(dir, 'index.cache');
    await writeCache(path, payload());
    const bytes = readFileSync(path);
    const newline = bytes.indexOf(10);
    const header = bytes
      .toString('utf8', 0, newline)
      .replace(`"version":${CACHE_VERSION}`, `"version":${CACHE_VERSION - 1}`);
    writeFileSync(path, Buffer.concat([Buffer.from(header), bytes.subarray(newline)]));
    const warn = (m: string) => expect.fail(m);
    expect(await readCache(path, { warn })).toBeUndefined();
    expect(await readCache(join(dir, 'none.cache'), { warn })).toBeUndefined();
  });
});
