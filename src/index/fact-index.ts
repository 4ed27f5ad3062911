import { compareIds } from '../corpus/order.js';
import type { Article, ArticleMeta } from '../corpus/types.js';
import { manySentenceEntities, namesInside, sentenceEntities } from '../facts/entities.js';
import { extractFacts } from '../facts/extract.js';
import { NumberedFact, type StemNumbers } from '../facts/numbered.js';
import { stemNumbersOf, stemTable } from '../facts/stem-numbers.js';
import { stemsOf } from '../facts/terms.js';
import type { Fact } from '../facts/types.js';
import { findCopies } from './copies.js';
import { idf, Postings } from './postings.js';
import { defaultVocabulary, type Vocabulary } from './vocabulary.js';

/** Titles before a name: they tell nobody apart. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'st']);

/** The words of some entities, lower-cased, titles left out: what "the same subject" is judged on. */
export function entityWords(entities: readonly string[]): string[] {
  return entities
    .flatMap((e) => e.toLowerCase().replace(/\./g, '').split(/\s+/))
    .filter((w) => w.length > 1 && !HONORIFICS.has(w));
}

/** Facts' stems as places in a table of stems: `stems[places[i][j]]` is fact i's j-th stem. */
export interface EncodedTerms {
  stems: readonly string[];
  places: ReadonlyArray<ArrayLike<number>>;
  /** The places of the stems of the article's title. */
  title: ArrayLike<number>;
}

/** The stems of numbered facts and of their article's title (its numbers, or read from it), as EncodedTerms. */
export function numberedTerms(facts: readonly NumberedFact[], title: string | StemNumbers): EncodedTerms {
  return {
    stems: stemTable,
    places: facts.map((f) => f.numbers),
    title: typeof title === 'string' ? stemNumbersOf(title) : title,
  };
}

/** True for a fact the index searches; a short line (`line`) is kept apart. */
const isSearched = (fact: Fact) => fact.kind !== 'line';

interface Entry {
  article: ArticleMeta;
  /** Its facts, in the article's order. */
  facts: Fact[];
  /** Its short lines that hold a figure (facts of kind `line`), in order: not searched, not facts. */
  lines: Fact[];
  /** The distinct stems of its title. */
  title: string[];
  /** Words the article capitalizes inside sentences, once names are asked for. */
  capitalized?: Set<string>;
}

/**
 * The facts of every article of the story, searchable by stem (BM25), kept live: an article can be
 * added, replaced or removed at any time.
 */
export class FactIndex {
  /** Fact id -> stems; function words are not indexed. */
  private readonly search: Postings<string>;
  /** For each table of stems facts came encoded in: place -> term number in `search`. */
  private readonly termsOfTable = new WeakMap<readonly string[], number[]>();
  private readonly entries = new Map<string, Entry>();
  /** How many facts are indexed (they are kept with their articles). */
  private factTotal = 0;
  /** Fact id -> fact, made on the first lookup by id: a start does not wait for it. */
  private byId?: Map<string, Fact>;
  /** Names per fact, read on first use for a whole article at a time. */
  private readonly names = new Map<string, string[]>();
  /** Stem -> how many indexed titles use it. */
  private readonly titleStems = new Map<string, number>();
  private changes = 0;
  /** Recent match() results, valid for one version of the index. */
  private readonly matchCache = new Map<string, Map<string, number>>();
  /** The facts of each remembered match() result, by result (see factsOfMatch). */
  private readonly matchFacts = new WeakMap<ReadonlyMap<string, number>, MatchedFacts>();
  private matchCacheVersion = 0;
  /** Fact id -> a small number of its own, given on first use by factsOfMatch (never reused). */
  private readonly factNumbers = new Map<string, number>();
  /** How many fact ids the remembered match() results hold together (bounded by MATCH_CACHE_IDS). */
  private matchCacheIds = 0;
  /** Article id -> the id of the article it is a copy of (same or nearly the same text), for one version. */
  private copies?: { version: number; original: Map<string, string>; distinct: number };

  constructor(private readonly vocabulary: Vocabulary = defaultVocabulary()) {
    this.search = new Postings((term) => term !== '' && !vocabulary.unindexed.has(term));
  }

  /** Keeps an article (without its body) and its facts; its title's stems come from `encoded` when given. */
  private enter(article: Article | ArticleMeta, facts: Fact[], encoded?: EncodedTerms): void {
    const { paragraphs: _body, ...meta } = article as Article;
    const title = encoded
      ? Array.from(encoded.title, (at) => encoded.stems[at] ?? '')
      : stemsOf(article.title);
    const stems = [...new Set(title)];
    for (const stem of stems) this.titleStems.set(stem, (this.titleStems.get(stem) ?? 0) + 1);
    const own = facts.filter(isSearched);
    this.entries.set(article.id, {
      article: meta,
      facts: own,
      lines: facts.filter((f) => !isSearched(f)),
      title: stems,
    });
    this.factTotal += own.length;
    if (this.byId) for (const fact of own) this.byId.set(fact.id, fact);
  }

  /**
   * Adds an article, or replaces the version already indexed. Its facts are extracted from its
   * body unless given; the index keeps the article without its body. Facts read from the index
   * cache may come with their stems as places in the cache's table of stems (`encoded`): each
   * stem of the table is then looked up once, not once a word.
   */
  upsert(article: Article): void;
  upsert(article: ArticleMeta, facts: Fact[], encoded?: EncodedTerms): void;
  upsert(article: Article | ArticleMeta, facts?: Fact[], encoded?: EncodedTerms): void {
    const previous = this.entries.get(article.id);
    if (previous?.article.hash === article.hash) return;
    const list = facts ?? extractFacts(article as Article);
    if (previous) this.drop(previous);
    // Facts extracted here come with their stems numbered: the index numbers each stem once.
    encoded ??= list.every((f) => f instanceof NumberedFact)
      ? numberedTerms(list as NumberedFact[], article.title)
      : undefined;
    if (encoded) {
      const numbering = this.numbering(encoded.stems, encoded.places);
      list.forEach((fact, i) => {
        if (isSearched(fact)) this.search.addTerms(fact.id, encoded.places[i] ?? [], numbering);
      });
    } else for (const fact of list) if (isSearched(fact)) this.search.add(fact.id, fact.terms);
    this.enter(article, list, encoded);
    this.changed();
  }

  /**
   * Adds many articles, as upsert one by one would. Into an empty index, articles read from the
   * cache (all with stems in one table) are indexed in bulk: the index's terms are built in two
   * passes over their places, with no list grown a document at a time.
   */
  upsertAll(articles: ReadonlyArray<{ article: ArticleMeta; facts: Fact[]; encoded?: EncodedTerms }>): void {
    const stems = articles[0]?.encoded?.stems;
    const bulk =
      this.entries.size === 0 &&
      stems !== undefined &&
      articles.every((a) => a.encoded?.stems === stems) &&
      new Set(articles.map((a) => a.article.id)).size === articles.length;
    if (!bulk) {
      for (const { article, facts, encoded } of articles) this.upsert(article, facts, encoded);
      return;
    }
    const numbering = this.numbering(
      stems,
      articles.flatMap((a) => a.encoded?.places ?? []),
    );
    const keys: string[] = [];
    const words: Array<ArrayLike<number>> = [];
    for (const { article, facts, encoded } of articles) {
      facts.forEach((fact, i) => {
        if (!isSearched(fact)) return;
        keys.push(fact.id);
        words.push(encoded?.places[i] ?? []);
      });
      this.enter(article, facts, encoded);
    }
    // Distinct: each article once (checked above), each fact at its own place in its article.
    this.search.addAll(keys, words, numbering, true);
    this.changed();
  }

  /**
   * The term numbers of a table of stems, by place (-1: none yet), given to the places `used` holds
   * first: the table is the process's, and other indexes' stems (several stories) get no term here.
   */
  private numbering(stems: readonly string[], used: Iterable<ArrayLike<number>>): number[] {
    let numbering = this.termsOfTable.get(stems);
    if (!numbering) {
      numbering = [];
      this.termsOfTable.set(stems, numbering);
    }
    for (let at = numbering.length; at < stems.length; at++) numbering.push(-1);
    for (const own of used)
      for (let i = 0; i < own.length; i++) {
        const at = own[i] ?? 0;
        if (numbering[at] === -1) numbering[at] = this.search.termOf(stems[at] ?? '');
      }
    return numbering;
  }

  /** Removes an article and its facts; false when it was not indexed. */
  remove(articleId: string): boolean {
    const entry = this.entries.get(articleId);
    if (!entry) return false;
    this.drop(entry);
    this.entries.delete(articleId);
    this.changed();
    return true;
  }

  private drop(entry: Entry): void {
    for (const stem of entry.title) {
      const left = (this.titleStems.get(stem) ?? 1) - 1;
      if (left > 0) this.titleStems.set(stem, left);
      else this.titleStems.delete(stem);
    }
    for (const { id } of entry.facts) {
      this.search.remove(id);
      this.names.delete(id);
      this.byId?.delete(id);
    }
    for (const { id } of entry.lines) this.names.delete(id);
    this.factTotal -= entry.facts.length;
  }

  /** Marks a change: what was derived from an older version is stale. */
  private changed(): void {
    this.changes++;
  }

  /** Grows by one at every change: what was derived from an older version is stale. */
  get version(): number {
    return this.changes;
  }

  /** How many articles are indexed. */
  get articleCount(): number {
    return this.entries.size;
  }

  /** How many facts are indexed. */
  get factCount(): number {
    return this.factTotal;
  }

  /**
   * The article an article is a copy of: the first by id whose headline and facts are word for
   * word its own (the same text filed twice) or nearly so (`findCopies`: filed again with a word or
   * two changed); the article itself when it is no copy. Copies are one
   * article for counting and agreement; a citation may still name each.
   */
  original(articleId: string): string {
    return this.copyTable().original.get(articleId) ?? articleId;
  }

  /** How many indexed articles differ in text: copies of one text count once. */
  get distinctArticleCount(): number {
    return this.copyTable().distinct;
  }

  private copyTable(): { original: Map<string, string>; distinct: number } {
    if (this.copies?.version === this.changes) return this.copies;
    const byText = new Map<string, string>();
    const original = new Map<string, string>();
    for (const article of this.articles()) {
      const entry = this.entries.get(article.id);
      if (!entry || entry.facts.length === 0) continue;
      const key = `${article.title}\u0000${entry.facts.map((f) => f.text).join('\u0000')}`;
      const first = byText.get(key);
      if (first === undefined) byText.set(key, article.id);
      else original.set(article.id, first);
    }
    // Texts filed again with a word or two changed are copies too (`findCopies`).
    const texts = [...byText.values()].map((id) => ({
      id,
      text: [
        this.entries.get(id)?.article.title ?? '',
        ...(this.entries.get(id)?.facts ?? []).map((f) => f.text),
      ].join('\n'),
    }));
    const near = findCopies(texts);
    for (const [id, first] of near) original.set(id, first);
    for (const [id, first] of original) original.set(id, near.get(first) ?? first);
    this.copies = { version: this.changes, original, distinct: this.entries.size - original.size };
    return this.copies;
  }

  /** The indexed articles, by id. */
  articles(): ArticleMeta[] {
    return [...this.entries.values()].map((e) => e.article).sort((a, b) => compareIds(a.id, b.id));
  }

  article(id: string): ArticleMeta | undefined {
    return this.entries.get(id)?.article;
  }

  /** A fact by its id. */
  fact(id: string): Fact | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (const entry of this.entries.values()) for (const fact of entry.facts) this.byId.set(fact.id, fact);
    }
    return this.byId.get(id);
  }

  /** How many facts hold a stem: `match([[stem]]).size`, counted without listing them. */
  countMatching(stem: string): number {
    return this.vocabulary.unindexed.has(stem) ? 0 : this.search.holding(stem);
  }

  /**
   * The `n` indexed stems that most facts hold, most held first: the searches a check of any story
   * makes again and again, and the costliest (function words are not indexed, so not among them).
   */
  commonestStems(n: number): string[] {
    return this.search.commonest(n);
  }

  /**
   * The facts of a `match()` result, in its order (its keys' facts), and the runs of them that
   * share an article (`runs[r]` facts from `starts[r]` to `starts[r + 1]`, of article `runs[r]`):
   * remembered per result, so that the words a check looks up again and again are read once while
   * their result is remembered.
   */
  factsOfMatch(result: ReadonlyMap<string, number>): MatchedFacts {
    const known = this.matchFacts.get(result);
    if (known) return known;
    const facts: Fact[] = [];
    const runs: string[] = [];
    const starts: number[] = [];
    const numbers: number[] = [];
    for (const id of result.keys()) {
      const fact = this.fact(id);
      if (!fact) continue;
      if (runs.at(-1) !== fact.articleId) {
        runs.push(fact.articleId);
        starts.push(facts.length);
      }
      facts.push(fact);
      let number = this.factNumbers.get(id);
      if (number === undefined) {
        number = this.factNumbers.size;
        this.factNumbers.set(id, number);
      }
      numbers.push(number);
    }
    starts.push(facts.length);
    const matched = { facts, runs, starts, numbers: Int32Array.from(numbers) };
    this.matchFacts.set(result, matched);
    return matched;
  }

  /** More than the greatest `numbers` entry factsOfMatch has given: the size of an array indexed by them. */
  get factNumberBound(): number {
    return this.factNumbers.size;
  }

  /** The facts of one article, in the article's order (empty for an article not indexed). */
  factsOf(articleId: string): readonly Fact[] {
    return this.entries.get(articleId)?.facts ?? [];
  }

  /**
   * The short lines of one article that hold a figure ("Okafor 75.", "18,340."), in order: too
   * short to be facts, they are neither searched nor among `factsOf`; the draft check reads its
   * story's.
   */
  linesOf(articleId: string): readonly Fact[] {
    return this.entries.get(articleId)?.lines ?? [];
  }

  /** The distinct stems of an article's headline. */
  titleStemsOf(articleId: string): readonly string[] {
    return this.entries.get(articleId)?.title ?? [];
  }

  /** Every indexed fact, article by article. */
  *facts(): IterableIterator<Fact> {
    for (const entry of this.entries.values()) yield* entry.facts;
  }

  /** True when some indexed headline uses the word: the coverage knows it even where no fact does. */
  inTitles(stem: string): boolean {
    return this.titleStems.has(stem);
  }

  /** The names (runs of proper nouns) a fact holds; read on first use and remembered. */
  entitiesOf(fact: Fact): string[] {
    let names = this.names.get(fact.id);
    if (!names) {
      names = sentenceEntities(fact.text, this.capitalizedIn(fact.articleId));
      this.names.set(fact.id, names);
    }
    return names;
  }

  /** True when the names of a fact have been read (entitiesOf will not tag it). */
  entitiesRead(fact: Fact): boolean {
    return this.names.has(fact.id);
  }

  /**
   * Reads the names of many facts at once, as entitiesOf would one by one, in few trips to the
   * tagging thread: for whatever is about to ask for the names of many facts.
   */
  readEntities(facts: Iterable<Fact>): void {
    const missing: Fact[] = [];
    for (const fact of facts) if (!this.names.has(fact.id)) missing.push(fact);
    if (missing.length === 0) return;
    const found = manySentenceEntities(
      missing.map((f) => ({ text: f.text, names: this.capitalizedIn(f.articleId) })),
    );
    missing.forEach((fact, i) => {
      this.names.set(fact.id, found[i] ?? []);
    });
  }

  /** Words an article capitalizes inside sentences (names, not capitals of style), read once. */
  private capitalizedIn(articleId: string): Set<string> | undefined {
    const entry = this.entries.get(articleId);
    if (entry && !entry.capitalized) entry.capitalized = namesInside(entry.facts.map((f) => f.text));
    return entry?.capitalized;
  }

  /**
   * The facts that hold any of the phrases (each phrase: stems that must all be there, in that
   * order), by fact id, with a BM25 score in which the phrases count as one term: a fact's best
   * term-frequency part over the phrases, times the rarity of the phrases together. So synonyms
   * neither add up nor outrank the word asked for by being rarer.
   */
  match(phrases: readonly string[][]): ReadonlyMap<string, number> {
    const key = JSON.stringify(phrases);
    if (this.matchCacheVersion !== this.changes) {
      this.matchCache.clear();
      this.matchCacheIds = 0;
      this.matchCacheVersion = this.changes;
    }
    const cached = this.matchCache.get(key);
    if (cached) {
      // Most recently used last, so that the oldest go first.
      this.matchCache.delete(key);
      this.matchCache.set(key, cached);
      return cached;
    }
    const found = this.searchPhrases(phrases);
    this.matchCache.set(key, found);
    this.matchCacheIds += found.size;
    // The oldest go first, until both bounds hold (the newest result stays, however large).
    while (
      this.matchCache.size > 1 &&
      (this.matchCache.size > MATCH_CACHE || this.matchCacheIds > MATCH_CACHE_IDS)
    ) {
      const [oldest, result] = this.matchCache.entries().next().value as [string, Map<string, number>];
      this.matchCache.delete(oldest);
      this.matchCacheIds -= result.size;
    }
    return found;
  }

  private searchPhrases(phrases: readonly string[][]): Map<string, number> {
    const total = this.factTotal;
    const [only] = phrases;
    if (phrases.length === 1 && only?.length === 1 && !this.vocabulary.unindexed.has(only[0] ?? '')) {
      // One word (what a check looks up for each word near a figure): the search's own map, each
      // score turned in place into what the loops below give it (the same operations, in the same
      // order: its part, the rarity of the one phrase, times the rarity of all), with no map or
      // list of entries made per search.
      const found = this.search.searchAll(only);
      // One phrase of one word: its rarity is the rarity of all.
      const rarity = idf(total, found.size);
      found.forEach((score, id) => {
        found.set(id, Math.max(0, score / rarity) * rarity);
      });
      return found;
    }
    const parts = new Map<string, number>();
    for (const phrase of phrases) {
      // Function words are not indexed: search the others, then check the whole phrase in the terms.
      const indexed = phrase.filter((stem) => !this.vocabulary.unindexed.has(stem));
      if (indexed.length === 0) continue;
      const found = this.search.searchAll(indexed);
      // A phrase of one word keeps every fact found; a longer one, those whose terms hold it (kept
      // in a map of their own, in the search's order, with no list of entries made per search).
      // (Map forEach rather than for-of: no [id, score] pair made per fact, speed-36.)
      let results = found;
      if (phrase.length > 1) {
        const held = new Map<string, number>();
        found.forEach((score, id) => {
          if (holdsPhrase(this.fact(id)?.terms ?? [], phrase)) held.set(id, score);
        });
        results = held;
      }
      const rarity = idf(total, results.size) * phrase.length;
      results.forEach((score, id) => {
        parts.set(id, Math.max(parts.get(id) ?? 0, score / rarity));
      });
    }
    const rarity = idf(total, parts.size);
    parts.forEach((part, id) => {
      parts.set(id, part * rarity);
    });
    return parts;
  }
}

/** The facts of a match() result, by run of article (see FactIndex.factsOfMatch). */
export interface MatchedFacts {
  readonly facts: readonly Fact[];
  /** The article of each run of facts. */
  readonly runs: readonly string[];
  /** Where each run starts in `facts`, and one more: where the last ends. */
  readonly starts: readonly number[];
  /**
   * Each fact's number: one per fact id, from 0, below `FactIndex.factNumberBound` (for arrays
   * indexed by fact rather than maps keyed by it).
   */
  readonly numbers: Int32Array;
}

/**
 * How many match() results are remembered: questions share their common words, and a draft check
 * looks up each word of its figures' contexts (a story's words, then the common ones every draft
 * has); at 500, the common words' results were pushed out by each new draft's rare ones and searched
 * again (a third of a check's searches).
 */
const MATCH_CACHE = 4000;

/** The most fact ids the remembered match() results hold together (some 50 MB): common words' results are large. */
const MATCH_CACHE_IDS = 1_000_000;

/** How many words may stand between two words of a phrase. */
const PHRASE_GAP = 4;

/** True when the stems of a phrase stand in order in the terms, each at most PHRASE_GAP words after the last. */
export function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  return words.some((word, start) => {
    if (word !== phrase[0]) return false;
    let at = start;
    for (const stem of phrase.slice(1)) {
      const next = words.indexOf(stem, at + 1);
      if (next < 0 || next - at > PHRASE_GAP + 1) return false;
      at = next;
    }
    return true;
  });
}
