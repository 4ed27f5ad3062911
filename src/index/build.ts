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
import { Extraction, extractMany } from '../facts/extract.js';
import { startWinkThread } from '../facts/nlp.js';
import { NumberedFact, type StemNumbers } from '../facts/numbered.js';
import { numberStem, stemNumbersOf, stemTable } from '../facts/stem-numbers.js';
import type { Fact } from '../facts/types.js';
import {
  type CachedArticle,
  type CachePayload,
  cachePath,
  KIND_LETTERS,
  KINDS,
  knownHash,
  readCache,
  writeCache,
} from './cache.js';
import { cacheWriteBegun } from './cache-writes.js';
import { type EncodedTerms, FactIndex, numberedTerms } from './fact-index.js';
import { keepForms, keptForms, shortFormsOf } from './short-forms.js';

export interface BuildOptions {
  /**
   * Where the index cache lives; no cache when unset. With a cache, unchanged articles skip the
   * language processing.
   */
  cacheDir?: string;
  /** Called once the cache file is written (it is written after the index is ready). */
  onCacheWritten?: (error?: Error) => void;
  /**
   * The cache is written once this settles (and the index is ready), not at once: a bot building
   * several indexes writes their caches after the last, so that no write holds up the others.
   */
  writeCacheAfter?: Promise<unknown>;
}

/** An article to index, with its facts' stems as numbers in the stem table. */
interface Entry {
  article: ArticleMeta;
  facts: Fact[];
  encoded: EncodedTerms;
}

/** An article and its facts as extraction made them, ready for the index. */
const extracted = (article: ArticleMeta, facts: NumberedFact[], title: StemNumbers): Entry => ({
  article,
  facts,
  encoded: numberedTerms(facts, title),
});

/** An article read from the cache (its stems already numbered in the stem table), under its id now. */
const withIds = (id: string, cached: CachedArticle): Entry =>
  extracted(
    { ...cached.article, id },
    cached.texts.map(
      (text, position) =>
        new NumberedFact(
          id,
          position,
          KINDS[cached.kinds[position] ?? 't'] ?? 'text',
          text,
          cached.places[position] ?? [],
        ),
    ),
    cached.title,
  );

/** An article as the cache keeps it, its stems as numbers in the stem table. */
const forCache = (article: Article, facts: NumberedFact[], title: StemNumbers): CachedArticle => {
  const { id: _id, paragraphs: _body, ...rest } = article;
  return {
    article: rest,
    title: Array.from(title),
    kinds: facts.map((f) => KIND_LETTERS[f.kind]).join(''),
    texts: facts.map((f) => f.text),
    places: facts.map((f) => f.numbers),
  };
};

/**
 * A cache's places (numbers in the stem table of the process that wrote it) as numbers in this
 * process's stem table. Where this process has numbered no stem yet, they are the same and
 * nothing is copied.
 */
function renumber(cache: CachePayload): void {
  const numbers = cache.stems.map(numberStem);
  if (numbers.every((n, at) => n === at)) return;
  const to = (at: number) => numbers[at] ?? 0;
  for (const cached of Object.values(cache.articles)) {
    cached.title = cached.title.map(to);
    // In place when they are the cache's own (views of the one buffer read from its file).
    cached.places = cached.places.map((own) => {
      if (!(own instanceof Int32Array)) return Int32Array.from(own, to);
      for (let i = 0; i < own.length; i++) own[i] = numbers[own[i] ?? 0] ?? 0;
      return own;
    });
  }
}

/** Builds under way, and begun, in this process: a build alone owns the stems the table gains meanwhile. */
let building = 0;
let begun = 0;

/** Loads every article of a corpus folder into a new index, through the cache when one is given. */
export async function buildIndex(
  corpusDir: string,
  warner: Warner,
  options: BuildOptions = {},
): Promise<FactIndex> {
  const alone = building === 0;
  const mine = ++begun;
  building++;
  try {
    return await buildOne(corpusDir, warner, options, () => alone && begun === mine);
  } finally {
    building--;
  }
}

/** buildIndex, told whether no other build ran beside it (several stories build at once). */
async function buildOne(
  corpusDir: string,
  warner: Warner,
  options: BuildOptions,
  solo: () => boolean,
): Promise<FactIndex> {
  // Splitting paragraphs and tagging words need wink-nlp: it loads on the other core meanwhile
  // (with no cache, every article is split: its splitter is made at once).
  startWinkThread(!options.cacheDir);
  const index = new FactIndex();
  if (!options.cacheDir) {
    const articles = await loadCorpus(corpusDir, warner);
    const facts = await extractMany(articles);
    index.upsertAll(articles.map((a, i) => extracted(a, facts[i] ?? [], stemNumbersOf(a.title))));
    return index;
  }
  await checkCorpusDir(corpusDir);
  const path = cachePath(options.cacheDir, corpusDir);
  // A stem table begun empty here holds only the stems of the articles written: no renumbering on write.
  const fresh = stemTable.length === 0;
  const cache: CachePayload = (await readCache(path, warner)) ?? { stems: [], articles: {}, files: {} };
  renumber(cache);
  const next: CachePayload = {
    stems: stemTable,
    articles: {},
    files: {},
    fresh: fresh && cache.stems.length === 0,
  };
  let changed = false;
  /** An article read from the cache, its names and short forms (when kept) given to the table. */
  const fromCache = (id: string, cached: CachedArticle): Entry => {
    if (cached.forms) keepForms(index, id, cached.article.hash, cached.forms);
    return withIds(id, cached);
  };

  // Files unchanged since the cache saw them (same size and time) come from it, with one stat each;
  // the others are read, then processed together.
  const files = await listArticleFiles(corpusDir, warner);
  const entries: Array<Entry | undefined> = [];
  const misses: Array<{ at: number; file: string; rel: string; id: string }> = [];
  /** Articles processed now: put in the cache's form when it is written, after the first answer. */
  const processed: Array<{ article: Article; facts: NumberedFact[]; title: StemNumbers }> = [];
  files.forEach((file, at) => {
    const rel = underRoot(corpusDir, file);
    const id = idOfRelative(rel);
    const seen = knownHash(file, cache.files[rel]);
    const hit = seen && cache.articles[seen.hash];
    if (seen && hit) {
      next.files[rel] = seen;
      next.articles[seen.hash] = hit;
      entries[at] = fromCache(id, hit);
    } else misses.push({ at, file, rel, id });
  });
  // Files the cache does not hold are read and split: the thread makes its splitter meanwhile.
  if (misses.length > 0) startWinkThread(true);
  // Synchronous reads: nothing else runs yet. Each article new to the cache is settled as it is read,
  // its doubtful paragraphs sent to the thread in batches (see Extraction).
  const extraction = new Extraction();
  const loaded = misses.flatMap((miss) => {
    changed = true;
    // A file gone since it was listed is skipped with a warning.
    const info = statSync(miss.file, { throwIfNoEntry: false });
    const article = readArticle(corpusDir, miss.file, warner, info);
    if (!article || !info) return [];
    const known = cache.articles[article.hash];
    if (!known) extraction.add(article);
    return [{ ...miss, info, article, known }];
  });
  const factsOf = await extraction.done();
  let nextFresh = 0;
  for (const { at, rel, id, info, article, known } of loaded) {
    next.files[rel] = { size: info.size, mtimeMs: info.mtimeMs, hash: article.hash };
    if (known) {
      next.articles[article.hash] = known;
      entries[at] = fromCache(id, known);
    } else {
      const facts = factsOf[nextFresh++] ?? [];
      const title = stemNumbersOf(article.title);
      processed.push({ article, facts, title });
      entries[at] = extracted(article, facts, title);
    }
  }

  const found = entries.filter((e) => e !== undefined).sort((a, b) => compareIds(a.article.id, b.article.id));
  index.upsertAll(found);
  // The stem table holds only this index's stems (if it began empty) until another index adds its own.
  if (!solo()) next.fresh = false;
  const stemsNow = stemTable.length;
  if (changed || Object.keys(cache.files).length !== Object.keys(next.files).length) {
    // Pending from now until written or failed (`cacheWrites`): a process ending once its work is
    // done waits for it, so that the next one reads the cache whole.
    const settle = cacheWriteBegun();
    const failed = (error: Error) => {
      warner.warn(`Could not write the index cache ${path}: ${error.message}`);
      settle();
      options.onCacheWritten?.(error);
    };
    // Async, so that a throw while preparing fails the write as a failed write does.
    const prepareAndWrite = async () => {
      if (stemTable.length !== stemsNow) next.fresh = false;
      for (const { article, facts, title } of processed)
        next.articles[article.hash] = forCache(article, facts, title);
      // The short forms' table, read now if no answer has needed it yet (after the index is
      // handed over): its articles' forms are kept, so that a restart does not read them again.
      shortFormsOf(index);
      for (const { article } of found) {
        const cached = next.articles[article.hash];
        const forms = cached && !cached.forms && keptForms(index, article.id, article.hash);
        if (cached && forms) cached.forms = forms;
      }
      await writeCache(path, next);
    };
    // After the index is handed over: the first answer does not wait for the write.
    const write = () =>
      setImmediate(() => {
        prepareAndWrite().then(() => {
          settle();
          options.onCacheWritten?.();
        }, failed);
      });
    if (options.writeCacheAfter) options.writeCacheAfter.then(write, write);
    else write();
  } else options.onCacheWritten?.();
  return index;
}
