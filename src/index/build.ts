import { statSync } from 'node:fs';
import {
  checkCorpusDir,
  idOfRelative,
  listArticleFiles,
  loadCorpus,
  readArticle,
  underRoot,
} from '../corpus/load.js';
import { compareIds } from '../corpus/order.js';
import type { Article, ArticleMeta, Warner } from '../corpus/types.js';
import { extractMany } from '../facts/extract.js';
import { startWinkThread } from '../facts/nlp.js';
import { stemsOf } from '../facts/terms.js';
import type { Fact } from '../facts/types.js';
import {
  type CachedArticle,
  type CachePayload,
  cachePath,
  KIND_LETTERS,
  KINDS,
  knownHash,
  type Places,
  readCache,
  StemTable,
  writeCache,
} from './cache.js';
import { type EncodedTerms, FactIndex } from './fact-index.js';

export interface BuildOptions {
  /**
   * Where the index cache lives; no cache when unset. With a cache, unchanged articles skip the
   * language processing.
   */
  cacheDir?: string;
  /** Called once the cache file is written (it is written after the index is ready). */
  onCacheWritten?: (error?: Error) => void;
}

/** An article to index, with its facts' stems as the cache holds them when it comes from there. */
interface Entry {
  article: ArticleMeta;
  facts: Fact[];
  encoded?: EncodedTerms;
}

/** A fact read from the cache: its stems are read from the cache's table when first asked for. */
class CachedFactRecord implements Fact {
  readonly id: string;
  private stems?: readonly string[];

  constructor(
    readonly articleId: string,
    readonly position: number,
    readonly kind: Fact['kind'],
    readonly text: string,
    private readonly places: Places,
    readonly quantities: Fact['quantities'],
    private readonly table: StemTable,
  ) {
    this.id = `${articleId}#${position}`;
  }

  get terms(): readonly string[] {
    this.stems ??= this.table.read(this.places);
    return this.stems;
  }
}

/** A fact without quantities, from the cache: one empty list shared, never changed. */
const NONE: Fact['quantities'] = Object.freeze([]) as unknown as Fact['quantities'];

const withIds = (id: string, cached: CachedArticle, table: StemTable): Entry => ({
  article: { ...cached.article, id },
  encoded: { stems: table.stems, places: cached.places, title: cached.title },
  facts: cached.texts.map(
    (text, position) =>
      new CachedFactRecord(
        id,
        position,
        KINDS[cached.kinds[position] ?? 't'] ?? 'text',
        text,
        cached.places[position] ?? [],
        cached.quantities[position] ?? NONE,
        table,
      ),
  ),
});

const forCache = (article: Article, facts: Fact[], table: StemTable): CachedArticle => {
  const { id: _id, paragraphs: _body, ...rest } = article;
  const quantities: CachedArticle['quantities'] = {};
  facts.forEach((f, position) => {
    if (f.quantities.length > 0) quantities[position] = f.quantities;
  });
  return {
    article: rest,
    title: table.write(stemsOf(article.title)),
    kinds: facts.map((f) => KIND_LETTERS[f.kind]).join(''),
    texts: facts.map((f) => f.text),
    places: facts.map((f) => table.write(f.terms)),
    quantities,
  };
};

/** Loads every article of a corpus folder into a new index, through the cache when one is given. */
export async function buildIndex(
  corpusDir: string,
  warner: Warner,
  options: BuildOptions = {},
): Promise<FactIndex> {
  // Splitting paragraphs and tagging words need wink-nlp: it loads on the other core meanwhile.
  startWinkThread();
  const index = new FactIndex();
  if (!options.cacheDir) {
    const articles = await loadCorpus(corpusDir, warner);
    const facts = await extractMany(articles);
    articles.forEach((article, i) => {
      index.upsert(article, facts[i] ?? []);
    });
    return index;
  }
  await checkCorpusDir(corpusDir);
  const path = cachePath(options.cacheDir, corpusDir);
  const cache: CachePayload = (await readCache(path, warner)) ?? { stems: [], articles: {}, files: {} };
  const table = new StemTable(cache.stems);
  // A table begun empty here holds only the stems of the articles written: no renumbering on write.
  const next: CachePayload = { stems: table.stems, articles: {}, files: {}, fresh: cache.stems.length === 0 };
  let changed = false;

  // Files unchanged since the cache saw them (same size and time) come from it, with one stat each;
  // the others are read, then processed together.
  const files = await listArticleFiles(corpusDir);
  const entries: Array<Entry | undefined> = [];
  const misses: Array<{ at: number; file: string; rel: string; id: string }> = [];
  /** Articles processed now: put in the cache's form when it is written, after the first answer. */
  const fresh: Array<{ article: Article; facts: Fact[] }> = [];
  files.forEach((file, at) => {
    const rel = underRoot(corpusDir, file);
    const id = idOfRelative(rel);
    const seen = knownHash(file, cache.files[rel]);
    const hit = seen && cache.articles[seen.hash];
    if (seen && hit) {
      next.files[rel] = seen;
      next.articles[seen.hash] = hit;
      entries[at] = withIds(id, hit, table);
    } else misses.push({ at, file, rel, id });
  });
  // Synchronous reads: nothing else runs yet. Then one batch for extraction (see extractMany).
  const loaded = misses.flatMap((miss) => {
    changed = true;
    // A file gone since it was listed is skipped with a warning.
    const info = statSync(miss.file, { throwIfNoEntry: false });
    const article = readArticle(corpusDir, miss.file, warner, info);
    return article && info ? [{ ...miss, info, article, known: cache.articles[article.hash] }] : [];
  });
  const extracted = await extractMany(loaded.filter((r) => !r.known).map((r) => r.article));
  let nextFresh = 0;
  for (const { at, rel, id, info, article, known } of loaded) {
    next.files[rel] = { size: info.size, mtimeMs: info.mtimeMs, hash: article.hash };
    if (known) {
      next.articles[article.hash] = known;
      entries[at] = withIds(id, known, table);
    } else {
      const facts = extracted[nextFresh++] ?? [];
      fresh.push({ article, facts });
      entries[at] = { article, facts };
    }
  }

  const found = entries.filter((e) => e !== undefined).sort((a, b) => compareIds(a.article.id, b.article.id));
  index.upsertAll(found);
  if (changed || Object.keys(cache.files).length !== Object.keys(next.files).length) {
    // After the index is handed over: the first answer does not wait for the write.
    setImmediate(() => {
      for (const { article, facts } of fresh) next.articles[article.hash] = forCache(article, facts, table);
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
