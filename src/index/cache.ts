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
import { endianness } from 'node:os';
import { join, resolve } from 'node:path';
import type { ArticleMeta, Warner } from '../corpus/types.js';
import type { StemNumbers } from '../facts/numbered.js';
import type { Fact } from '../facts/types.js';
import { replaceFile } from '../replace-file.js';
import type { ArticleForms } from './short-forms.js';

/** Bumped whenever parsing, extraction or the index change what they produce. */
export const CACHE_VERSION = 18;

/** A fact's stems as places in a payload's stems. */
export type Places = StemNumbers;

/**
 * An article as cached, its facts by column (fact i is at position i): without its id (it comes
 * from where the file is now) and its body (its facts stand for it).
 */
export interface CachedArticle {
  article: Omit<ArticleMeta, 'id'>;
  /** The stems of its title, as places in the payload's stems. */
  title: number[];
  /** Its facts' kinds, a letter each: t(ext), i(tem), r(ow), l(ine). */
  kinds: string;
  /** Its facts' texts. */
  texts: string[];
  /** Its facts' stems, as places in the payload's stems. */
  places: Places[];
  /**
   * Its names and short forms as the short forms' table reads them (`formsIn`), when that table
   * was built before the cache was written: a restart does not read them again.
   */
  forms?: ArticleForms;
}

/** A fact kind's letter in `CachedArticle.kinds`, and back. */
export const KIND_LETTERS: Record<Fact['kind'], string> = { text: 't', item: 'i', row: 'r', line: 'l' };
export const KINDS: Record<string, Fact['kind']> = { t: 'text', i: 'item', r: 'row', l: 'line' };

/** An article on disk: how many places each fact has; texts on lines of their own but those with a line break. */
interface StoredArticle {
  article: Omit<ArticleMeta, 'id'>;
  title: number[];
  kinds: string;
  counts: number[];
  inline: Record<number, string>;
  forms?: ArticleForms;
}

/** The payload on disk. */
interface StoredPayload {
  stems: readonly string[];
  articles: Record<string, StoredArticle>;
  files: Record<string, SeenFile>;
}

/** A file as last seen: if its size and modification time are unchanged, so is its content hash. */
export interface SeenFile {
  size: number;
  mtimeMs: number;
  hash: string;
}

export interface CachePayload {
  /** Every stem the facts use, once; a fact names its stems by their places here. */
  stems: readonly string[];
  /** True when every stem was written in this process for the articles here (none left over). */
  fresh?: boolean;
  /** By content hash. */
  articles: Record<string, CachedArticle>;
  /** By path under the corpus folder. */
  files: Record<string, SeenFile>;
}

/**
 * The payload read from disk, each fact's places a view of the places and its text the next line
 * but for texts with a line break; undefined when a place, a text or a stem is missing.
 */
function restore(
  stored: StoredPayload,
  places: Int32Array,
  lines: readonly string[],
): CachePayload | undefined {
  const count = stored.stems.length;
  for (let i = 0; i < places.length; i++) {
    const at = places[i] ?? -1;
    if (!(at >= 0 && at < count)) return undefined;
  }
  let nextPlace = 0;
  let nextLine = 0;
  const articles: CachePayload['articles'] = {};
  for (const [hash, { article, title, kinds, counts, inline, forms }] of Object.entries(stored.articles)) {
    if (!title.every((at) => at >= 0 && at < count) || counts.length !== kinds.length) return undefined;
    if (
      forms &&
      !(Array.isArray(forms.names) && Array.isArray(forms.written) && Array.isArray(forms.defined))
    )
      return undefined;
    const texts: string[] = [];
    const own: Places[] = [];
    for (let i = 0; i < counts.length; i++) {
      const n = counts[i] ?? -1;
      if (!(n >= 0 && nextPlace + n <= places.length)) return undefined;
      own.push(places.subarray(nextPlace, nextPlace + n));
      nextPlace += n;
      const text = inline[i] ?? lines[nextLine++];
      if (text === undefined) return undefined;
      texts.push(text);
    }
    articles[hash] = { article, title, kinds, texts, places: own, ...(forms ? { forms } : {}) };
  }
  return nextPlace === places.length && nextLine === lines.length
    ? { stems: stored.stems, articles, files: stored.files }
    : undefined;
}

/**
 * The payload as written: only the stems its facts use, renumbered (removed articles leave none
 * behind); the places taken out to one array (each fact's count stays); the texts taken out to
 * lines of their own, but for a text that holds a line break.
 */
function forDisk(payload: CachePayload): { json: StoredPayload; places: Int32Array; lines: string[] } {
  const lines: string[] = [];
  let total = 0;
  for (const cached of Object.values(payload.articles)) for (const own of cached.places) total += own.length;
  const places = new Int32Array(total);
  let filled = 0;
  // Renumbered only when some stem of the table may be unused (it came from an earlier file, whose
  // articles may be gone); a table made in this process holds only the stems its facts use.
  const compact = payload.fresh !== true;
  const renumbered = compact ? new Int32Array(payload.stems.length).fill(-1) : undefined;
  const used: string[] = [];
  const place = renumbered
    ? (at: number) => {
        if (renumbered[at] === -1) {
          renumbered[at] = used.length;
          used.push(payload.stems[at] ?? '');
        }
        return renumbered[at] ?? 0;
      }
    : (at: number) => at;
  const articles: StoredPayload['articles'] = {};
  for (const [hash, cached] of Object.entries(payload.articles)) {
    const inline: Record<number, string> = {};
    cached.texts.forEach((text, i) => {
      if (text.includes('\n')) inline[i] = text;
      else lines.push(text);
    });
    for (const own of cached.places) for (const at of own) places[filled++] = place(at);
    articles[hash] = {
      article: cached.article,
      title: cached.title.map(place),
      kinds: cached.kinds,
      counts: cached.places.map((own) => own.length),
      inline,
      ...(cached.forms ? { forms: cached.forms } : {}),
    };
  }
  return { json: { stems: compact ? used : payload.stems, articles, files: payload.files }, places, lines };
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
    const stored = JSON.parse(body.toString('utf8', 0, json)) as StoredPayload;
    const lines = texts > 0 ? body.toString('utf8', json, json + texts).split('\n') : [];
    // A copy, so that the numbers are aligned whatever the offset of the bytes read.
    const numbers = new Int32Array(places / 4);
    new Uint8Array(numbers.buffer).set(body.subarray(json + texts));
    const payload = restore(stored, numbers, lines);
    if (!payload) throw new Error('places, texts or stems');
    return payload;
  } catch {
    warner.warn(`The index cache ${path} is damaged; rebuilding it.`);
    return undefined;
  }
}

/** Writes a cache file atomically: a temporary file, then a rename. */
export async function writeCache(path: string, payload: CachePayload): Promise<void> {
  const { json, places, lines } = forDisk(payload);
  const sections = [
    Buffer.from(JSON.stringify(json)),
    Buffer.from(lines.join('\n')),
    Buffer.from(places.buffer, places.byteOffset, places.byteLength),
  ];
  // The sections hashed and written one after another: the body is never copied whole.
  const checksum = createHash('sha1');
  for (const section of sections) checksum.update(section);
  const header: Header = {
    version: CACHE_VERSION,
    order: endianness(),
    checksum: checksum.digest('hex'),
    sections: [sections[0]?.length ?? 0, sections[1]?.length ?? 0, sections[2]?.length ?? 0],
  };
  await replaceFile(path, [Buffer.from(`${JSON.stringify(header)}\n`), ...sections]);
}

/** The hash a file had when last seen, if its size and modification time are unchanged. */
export function knownHash(path: string, seen: SeenFile | undefined): SeenFile | undefined {
  if (!seen) return undefined;
  // Synchronous: thousands of stats in a row finish sooner than as as many promises.
  const info = statSync(path, { throwIfNoEntry: false });
  return info && info.size === seen.size && info.mtimeMs === seen.mtimeMs ? seen : undefined;
}
