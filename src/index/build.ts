import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { articleId, checkCorpusDir, listArticleFiles, loadArticle, loadCorpus } from '../corpus/load.js';
import type { Article, ArticleMeta, Warner } from '../corpus/types.js';
import { extractFacts } from '../facts/extract.js';
import type { Fact } from '../facts/types.js';
import {
  type CachedArticle,
  type CachePayload,
  cachePath,
  corpusKey,
  knownHash,
  readCache,
  writeCache,
} from './cache.js';
import { FactIndex } from './fact-index.js';

export interface BuildOptions {
  /**
   * Where the index cache lives; no cache when unset. With a cache, unchanged articles skip the
   * language processing, and an unchanged corpus skips indexing too.
   */
  cacheDir?: string;
  /** Called once the cache file is written (it is written after the index is ready). */
  onCacheWritten?: (error?: Error) => void;
}

const withIds = (id: string, cached: CachedArticle): { article: ArticleMeta; facts: Fact[] } => ({
  article: { ...cached.article, id },
  facts: cached.facts.map(([position, kind, text, terms, quantities]) => ({
    id: `${id}#${position}`,
    articleId: id,
    position,
    kind,
    text,
    terms,
    quantities,
  })),
});

const forCache = (article: Article, facts: Fact[]): CachedArticle => {
  const { id: _id, paragraphs: _body, ...rest } = article;
  return { article: rest, facts: facts.map((f) => [f.position, f.kind, f.text, f.terms, f.quantities]) };
};

/** Loads every article of a corpus folder into a new index, through the cache when one is given. */
export async function buildIndex(
  corpusDir: string,
  warner: Warner,
  options: BuildOptions = {},
): Promise<FactIndex> {
  const index = new FactIndex();
  if (!options.cacheDir) {
    for (const article of await loadCorpus(corpusDir, warner)) index.upsert(article);
    return index;
  }
  await checkCorpusDir(corpusDir);
  const path = cachePath(options.cacheDir, corpusDir);
  const cache: CachePayload = (await readCache(path, warner)) ?? { articles: {}, files: {} };
  const next: CachePayload = { articles: {}, files: {} };
  let changed = false;

  const loaded = await Promise.all(
    (await listArticleFiles(corpusDir)).map(async (file) => {
      const rel = relative(corpusDir, file);
      const id = articleId(corpusDir, file);
      const seen = await knownHash(file, cache.files[rel]);
      const hit = seen && cache.articles[seen.hash];
      if (seen && hit) {
        next.files[rel] = seen;
        next.articles[seen.hash] = hit;
        return withIds(id, hit);
      }
      changed = true;
      const info = await stat(file);
      const article = await loadArticle(corpusDir, file, warner, info);
      if (!article) return undefined;
      const known = cache.articles[article.hash];
      const entry = known ? withIds(id, known) : { article, facts: extractFacts(article) };
      next.files[rel] = { size: info.size, mtimeMs: info.mtimeMs, hash: article.hash };
      next.articles[article.hash] = known ?? forCache(article, entry.facts);
      return entry;
    }),
  );
  const entries = loaded
    .filter((e) => e !== undefined)
    .sort((a, b) => a.article.id.localeCompare(b.article.id));

  const key = corpusKey(entries.map((e) => e.article));
  if (cache.search?.key === key) index.restore(entries, cache.search.index);
  else {
    changed = true;
    for (const { article, facts } of entries) index.upsert(article, facts);
  }
  if (changed || Object.keys(cache.files).length !== Object.keys(next.files).length) {
    // After the index is handed over: the first answer does not wait for the write.
    setImmediate(() => {
      next.search = { key, index: index.snapshot() };
      writeCache(path, next).then(
        () => options.onCacheWritten?.(),
        (error: Error) => {
          warner.warn(`Could not write the index cache ${path}: ${error.message}`);
          options.onCacheWritten?.(error);
        },
      );
    });
  } else options.onCacheWritten?.();
  return index;
}
