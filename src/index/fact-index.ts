import MiniSearch, { type Query } from 'minisearch';
import type { Article } from '../corpus/types.js';
import { extractFacts } from '../facts/extract.js';
import type { Fact } from '../facts/types.js';

/** The words of an entity, lower-cased: what "the same subject" is judged on. */
export function entityWords(entities: readonly string[]): string[] {
  return entities.flatMap((e) => e.toLowerCase().split(/\s+/)).filter((w) => w.length > 1);
}

interface Entry {
  article: Article;
  factIds: string[];
  /** When the article entered the index (ms since epoch). */
  addedAt: number;
}

/** What changed in the index, for listeners such as the digest. */
export interface IndexChange {
  added: string[];
  removed: string[];
}

/**
 * The facts of every article of the story, searchable by stem with MiniSearch (BM25), kept live:
 * an article can be added, replaced or removed at any time.
 */
export class FactIndex {
  private readonly search = new MiniSearch<Fact>({
    fields: ['terms'],
    idField: 'id',
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
    searchOptions: { tokenize: (text) => text.split(' '), processTerm: (term) => term || null },
  });
  private readonly entries = new Map<string, Entry>();
  private readonly factsById = new Map<string, Fact>();
  /** Entity word -> how many articles name it. */
  private readonly entityArticleCounts = new Map<string, number>();
  private readonly listeners = new Set<(change: IndexChange) => void>();
  private changes = 0;

  /** Adds an article, or replaces the version already indexed. Facts are extracted unless given. */
  upsert(article: Article, facts: Fact[] = extractFacts(article)): void {
    const previous = this.entries.get(article.id);
    if (previous?.article.hash === article.hash) return;
    if (previous) this.drop(previous);
    this.search.addAll(facts);
    for (const fact of facts) this.factsById.set(fact.id, fact);
    for (const word of new Set(entityWords(facts.flatMap((f) => f.entities))))
      this.entityArticleCounts.set(word, (this.entityArticleCounts.get(word) ?? 0) + 1);
    this.entries.set(article.id, {
      article,
      factIds: facts.map((f) => f.id),
      addedAt: previous?.addedAt ?? Date.now(),
    });
    this.emit({ added: [article.id], removed: [] });
  }

  /** Removes an article and its facts; false when it was not indexed. */
  remove(articleId: string): boolean {
    const entry = this.entries.get(articleId);
    if (!entry) return false;
    this.drop(entry);
    this.entries.delete(articleId);
    this.emit({ added: [], removed: [articleId] });
    return true;
  }

  private drop(entry: Entry): void {
    const facts = entry.factIds.map((id) => this.factsById.get(id)).filter((f): f is Fact => f !== undefined);
    for (const word of new Set(entityWords(facts.flatMap((f) => f.entities)))) {
      const left = (this.entityArticleCounts.get(word) ?? 1) - 1;
      if (left > 0) this.entityArticleCounts.set(word, left);
      else this.entityArticleCounts.delete(word);
    }
    for (const id of entry.factIds) {
      this.search.discard(id);
      this.factsById.delete(id);
    }
  }

  private emit(change: IndexChange): void {
    this.changes++;
    for (const listener of this.listeners) listener(change);
  }

  /** Calls `listener` after every change; returns a function that stops it. */
  onChange(listener: (change: IndexChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
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
    return this.factsById.size;
  }

  /** The indexed articles, by id. */
  articles(): Article[] {
    return [...this.entries.values()].map((e) => e.article).sort((a, b) => a.id.localeCompare(b.id));
  }

  article(id: string): Article | undefined {
    return this.entries.get(id)?.article;
  }

  /** When an article entered the index (ms since epoch). */
  addedAt(id: string): number | undefined {
    return this.entries.get(id)?.addedAt;
  }

  fact(id: string): Fact | undefined {
    return this.factsById.get(id);
  }

  /** Every indexed fact, article by article. */
  *facts(): IterableIterator<Fact> {
    for (const entry of this.entries.values())
      for (const id of entry.factIds) {
        const fact = this.factsById.get(id);
        if (fact) yield fact;
      }
  }

  /** The share of articles (0 to 1) whose facts name an entity with this word. */
  entityShare(word: string): number {
    return this.entries.size === 0 ? 0 : (this.entityArticleCounts.get(word) ?? 0) / this.entries.size;
  }

  /**
   * The facts that hold any of the phrases (each phrase: stems that must all be there), by fact id,
   * each with its best BM25 score over the phrases: synonyms do not add up.
   */
  match(phrases: readonly string[][]): Map<string, number> {
    const scores = new Map<string, number>();
    for (const phrase of phrases) {
      if (phrase.length === 0) continue;
      const query: Query = phrase.length === 1 ? (phrase[0] ?? '') : { combineWith: 'AND', queries: phrase };
      for (const result of this.search.search(query)) {
        const id = String(result.id);
        scores.set(id, Math.max(scores.get(id) ?? 0, result.score));
      }
    }
    return scores;
  }
}
