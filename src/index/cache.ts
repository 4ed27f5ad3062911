/**
 * The index cache: what language processing made of each article, keyed by the article's content
 * (SHA-1), and the search index of the whole corpus, so that a restart does not redo the work for
 * unchanged articles. One file a corpus folder, written atomically; a stale, partial or corrupt
 * file is detected (format version, checksum) and rebuilt, never trusted.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AsPlainObject } from 'minisearch';
import type { Article, ArticleMeta, Warner } from '../corpus/types.js';
import type { Fact } from '../facts/types.js';

/** Bumped whenever parsing, extraction or the index change what they produce. */
export const CACHE_VERSION = 5;

/** A fact as cached: [position, kind, text, terms, quantities]. */
export type CachedFact = [number, Fact['kind'], string, string, Fact['quantities']];

/** An article as cached: without its id (it comes from where the file is now) and its body (its facts stand for it). */
export interface CachedArticle {
  article: Omit<ArticleMeta, 'id'>;
  facts: CachedFact[];
}

/** A file as last seen: if its size and modification time are unchanged, so is its content hash. */
export interface SeenFile {
  size: number;
  mtimeMs: number;
  hash: string;
}

export interface CachePayload {
  /** By content hash. */
  articles: Record<string, CachedArticle>;
  /** By path under the corpus folder. */
  files: Record<string, SeenFile>;
  /** The search index, valid for exactly these article ids and hashes (sorted `id:hash`). */
  search?: { key: string; index: AsPlainObject };
}

/** The cache file of a corpus folder. */
export function cachePath(cacheDir: string, corpusDir: string): string {
  const key = createHash('sha1').update(resolve(corpusDir)).digest('hex').slice(0, 12);
  return join(cacheDir, `index-${key}.json`);
}

/** The key of a set of articles: their ids and content hashes. */
export function corpusKey(articles: Iterable<Pick<Article, 'id' | 'hash'>>): string {
  const parts = [...articles].map((a) => `${a.id}:${a.hash}`).sort();
  return createHash('sha1').update(parts.join('\n')).digest('hex');
}

/**
 * Reads a cache file: line 1 a header (version, checksum and length of line 2), line 2 the payload.
 * Undefined, with one warning, when it is missing a line, of another version, or does not match
 * its checksum; undefined without a warning when there is no file.
 */
export async function readCache(path: string, warner: Warner): Promise<CachePayload | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  const newline = text.indexOf('\n');
  try {
    const header = JSON.parse(text.slice(0, newline)) as { version?: number; checksum?: string };
    const body = text.slice(newline + 1);
    if (header.version !== CACHE_VERSION) return undefined; // another format: rebuilt quietly
    if (newline < 0 || createHash('sha1').update(body).digest('hex') !== header.checksum)
      throw new Error('checksum');
    return JSON.parse(body) as CachePayload;
  } catch {
    warner.warn(`The index cache ${path} is damaged; rebuilding it.`);
    return undefined;
  }
}

/** Writes a cache file atomically: a temporary file, then a rename. */
export async function writeCache(path: string, payload: CachePayload): Promise<void> {
  const body = JSON.stringify(payload);
  const header = JSON.stringify({
    version: CACHE_VERSION,
    checksum: createHash('sha1').update(body).digest('hex'),
  });
  await mkdir(join(path, '..'), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, `${header}\n${body}`);
  await rename(temporary, path);
}

/** The hash a file had when last seen, if its size and modification time are unchanged. */
export async function knownHash(path: string, seen: SeenFile | undefined): Promise<SeenFile | undefined> {
  if (!seen) return undefined;
  const info = await stat(path).catch(() => undefined);
  return info && info.size === seen.size && info.mtimeMs === seen.mtimeMs ? seen : undefined;
}
