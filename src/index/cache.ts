/**
 * The index cache: what language processing made of each article, keyed by the article's content
 * (SHA-1), so that a restart does not redo the work for unchanged articles. One file a corpus
 * folder, written atomically; a stale, partial or corrupt file is detected (format version,
 * checksum) and rebuilt, never trusted. On disk each stem is written once, in a table, and the
 * facts name stems by their place in it: the file is smaller, and the stems read back are shared
 * strings, which the index hashes once. The facts' texts follow the JSON, a line each, and the
 * places all facts' stems after them, as raw 32-bit numbers: reading them back is a split and a
 * copy, not a parse.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import { join, resolve } from 'node:path';
import type { ArticleMeta, Warner } from '../corpus/types.js';
import type { Fact } from '../facts/types.js';

/** Bumped whenever parsing, extraction or the index change what they produce. */
export const CACHE_VERSION = 11;

/** A fact's stems as places in a payload's stems. */
export type Places = readonly number[] | Int32Array;

/** A fact as cached: [position, kind, text, terms (places in the payload's stems), quantities]. */
export type CachedFact = [number, Fact['kind'], string, Places, Fact['quantities']];

/** An article as cached: without its id (it comes from where the file is now) and its body (its facts stand for it). */
export interface CachedArticle {
  article: Omit<ArticleMeta, 'id'>;
  /** The stems of its title, as places in the payload's stems. */
  title: number[];
  facts: CachedFact[];
}

/** A file as last seen: if its size and modification time are unchanged, so is its content hash. */
export interface SeenFile {
  size: number;
  mtimeMs: number;
  hash: string;
}

export interface CachePayload {
  /** Every stem the facts use, once; a fact names its stems by their places here. */
  stems: string[];
  /** By content hash. */
  articles: Record<string, CachedArticle>;
  /** By path under the corpus folder. */
  files: Record<string, SeenFile>;
}

/** A payload's stems, looked up both ways; new stems are added at the end. */
export class StemTable {
  private places?: Map<string, number>;

  constructor(readonly stems: string[] = []) {}

  /** The stems at these places. */
  read(places: Places): string[] {
    return Array.from(places, (at) => this.stems[at] ?? '');
  }

  /** The places of these stems, added to the table where new. */
  write(stems: readonly string[]): number[] {
    if (!this.places) this.places = new Map(this.stems.map((stem, at) => [stem, at]));
    const places = this.places;
    return stems.map((stem) => {
      let at = places.get(stem);
      if (at === undefined) {
        at = this.stems.length;
        this.stems.push(stem);
        places.set(stem, at);
      }
      return at;
    });
  }
}

/** What stands in a fact's text slot on disk when its text is on a line of its own. */
const APART = 0;

/**
 * Puts the places and texts back in facts read from disk (a fact's place slot holds how many of the
 * places are its own; a text slot of 0 takes the next line) and checks that every place is in the
 * stems; false when a place, a text or a stem is missing.
 */
function restore(payload: CachePayload, places: Int32Array, texts: readonly string[]): boolean {
  const count = payload.stems.length;
  for (const at of places) if (!(at >= 0 && at < count)) return false;
  let nextPlace = 0;
  let nextText = 0;
  for (const { title, facts } of Object.values(payload.articles)) {
    if (!Array.isArray(title) || !title.every((at) => at >= 0 && at < count)) return false;
    for (const fact of facts) {
      const own = fact[3] as unknown as number;
      if (!Number.isInteger(own) || own < 0 || nextPlace + own > places.length) return false;
      fact[3] = places.subarray(nextPlace, nextPlace + own);
      nextPlace += own;
      if ((fact[2] as string | typeof APART) === APART) {
        const text = texts[nextText++];
        if (text === undefined) return false;
        fact[2] = text;
      }
    }
  }
  return nextPlace === places.length && nextText === texts.length;
}

/**
 * The payload as written: only the stems its facts use, renumbered (removed articles leave none
 * behind); the places taken out to one array (a fact's slot says how many are its own); the
 * texts taken out to lines of their own (a text slot of 0), but for a text that holds a line break.
 */
function forDisk(payload: CachePayload): { json: CachePayload; places: Int32Array; texts: string[] } {
  const texts: string[] = [];
  const places: number[] = [];
  const renumbered = new Int32Array(payload.stems.length).fill(-1);
  const stems: string[] = [];
  const place = (at: number) => {
    if (renumbered[at] === -1) {
      renumbered[at] = stems.length;
      stems.push(payload.stems[at] ?? '');
    }
    return renumbered[at] ?? 0;
  };
  const articles: CachePayload['articles'] = {};
  for (const [hash, { article, title, facts }] of Object.entries(payload.articles))
    articles[hash] = {
      article,
      title: title.map(place),
      facts: facts.map(([p, k, text, terms, q]) => {
        const apart = !text.includes('\n');
        if (apart) texts.push(text);
        for (const at of terms) places.push(place(at));
        return [p, k, apart ? (APART as unknown as string) : text, terms.length as unknown as Places, q];
      }),
    };
  return { json: { stems, articles, files: payload.files }, places: Int32Array.from(places), texts };
}

/** The cache file of a corpus folder. */
export function cachePath(cacheDir: string, corpusDir: string): string {
  const key = createHash('sha1').update(resolve(corpusDir)).digest('hex').slice(0, 12);
  return join(cacheDir, `index-${key}.cache`);
}

/** The first line of a cache file: what the bytes after it hold, and how to check them. */
interface Header {
  version: number;
  /** The byte order the places were written in. */
  order: string;
  /** SHA-1 of the bytes after the header line. */
  checksum: string;
  /** Byte lengths of the sections after the header line: JSON, texts, places. */
  sections: [number, number, number];
}

/**
 * Reads a cache file: a header line (version, byte order, section lengths and checksum of the
 * rest), then the payload as JSON, the facts' texts a line each, and the places as raw 32-bit
 * numbers. Undefined, with one warning, when a section is short, the checksum does not match, or
 * a fact lacks its place, text or stem; undefined without a warning when there is no file, or it
 * is of another version or byte order.
 */
export async function readCache(path: string, warner: Warner): Promise<CachePayload | undefined> {
  let bytes: Buffer;
  try {
    // Synchronous and undecoded: one read; each section is decoded on its own.
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  try {
    const newline = bytes.indexOf(10);
    const header = JSON.parse(bytes.toString('utf8', 0, newline)) as Partial<Header>;
    // Another format, or places written in another byte order: rebuilt quietly.
    if (header.version !== CACHE_VERSION || header.order !== endianness()) return undefined;
    const body = bytes.subarray(newline + 1);
    const [json = -1, texts = -1, places = -1] = header.sections ?? [];
    if (
      newline < 0 ||
      json + texts + places !== body.length ||
      places % 4 !== 0 ||
      createHash('sha1').update(body).digest('hex') !== header.checksum
    )
      throw new Error('checksum');
    const payload = JSON.parse(body.toString('utf8', 0, json)) as CachePayload;
    const lines = texts > 0 ? body.toString('utf8', json, json + texts).split('\n') : [];
    // A copy, so that the numbers are aligned whatever the offset of the bytes read.
    const numbers = new Int32Array(places / 4);
    new Uint8Array(numbers.buffer).set(body.subarray(json + texts));
    if (!restore(payload, numbers, lines)) throw new Error('places, texts or stems');
    return payload;
  } catch {
    warner.warn(`The index cache ${path} is damaged; rebuilding it.`);
    return undefined;
  }
}

/** Writes a cache file atomically: a temporary file, then a rename. */
export async function writeCache(path: string, payload: CachePayload): Promise<void> {
  const { json, places, texts } = forDisk(payload);
  const sections = [
    Buffer.from(JSON.stringify(json)),
    Buffer.from(texts.join('\n')),
    Buffer.from(places.buffer, places.byteOffset, places.byteLength),
  ];
  const body = Buffer.concat(sections);
  const header: Header = {
    version: CACHE_VERSION,
    order: endianness(),
    checksum: createHash('sha1').update(body).digest('hex'),
    sections: [sections[0]?.length ?? 0, sections[1]?.length ?? 0, sections[2]?.length ?? 0],
  };
  await mkdir(join(path, '..'), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]));
  await rename(temporary, path);
}

/** The hash a file had when last seen, if its size and modification time are unchanged. */
export function knownHash(path: string, seen: SeenFile | undefined): SeenFile | undefined {
  if (!seen) return undefined;
  // Synchronous: thousands of stats in a row finish sooner than as as many promises.
  const info = statSync(path, { throwIfNoEntry: false });
  return info && info.size === seen.size && info.mtimeMs === seen.mtimeMs ? seen : undefined;
}
