/**
 * A draft check rehearsed in the background, once the warm has read every figure (issue 20): the
 * index's commonest words searched as a check searches the words near a figure (the index
 * remembers the results, within its bound), then a few of the coverage's own sentences that state
 * a figure checked, each alone, so that the check's code is compiled before the first real draft.
 * The first checks after the warm paid for both (130-150 ms of CPU against a median of 27). Nothing
 * is shown or kept but what the index and the check remember anyway: a check's result is the same
 * whether or not the rehearsal ran (only when the work is done changes). Story-agnostic: the words
 * and sentences are the corpus's own, picked by how many facts hold a word and by place.
 */

import type { FactIndex } from '../index/fact-index.js';
import { defaultVocabulary, type Vocabulary } from '../index/vocabulary.js';
import { checkDraft } from './check.js';

/** What the rehearsal searches and checks. */
export interface RehearseOptions {
  /** How many of the index's commonest stems are searched (each a piece). Default 300. */
  words: number;
  /**
   * At most this many fact ids the searched words' results hold together: the memory the rehearsal
   * adds to the index's remembered results (its own bound: 1,000,000 ids). A word that would pass it
   * is not searched. Default 250,000 (the 300 commonest stems of the 2,224 BBC articles hold ~212,000).
   */
  maxIds: number;
  /** How many sentences of the coverage that state a figure are checked, each alone (each a piece), from articles spread over the index. Default 8. */
  checks: number;
  /** Vocabulary checks use. Default `defaultVocabulary()`. */
  vocabulary?: Vocabulary;
}

/** The defaults of `rehearseCheck`. */
export const defaultRehearseOptions: RehearseOptions = { words: 300, maxIds: 250_000, checks: 8 };

/**
 * The sentences a rehearsal checks: the first fact that states a figure of `n` articles spread
 * evenly over the index (by id), at most one an article.
 */
export function rehearsalSentences(index: FactIndex, n: number): string[] {
  const articles = index.articles();
  const step = Math.max(1, Math.floor(articles.length / Math.max(1, n)));
  const sentences: string[] = [];
  for (let i = 0; i < articles.length && sentences.length < n; i += step) {
    const fact = index.factsOf(articles[i]?.id ?? '').find((f) => f.quantities.length > 0);
    if (fact) sentences.push(fact.text);
  }
  return sentences;
}

/**
 * The rehearsal, in pieces (each `next()` one search or one check): for the background warm's
 * `afterwards` (`warmClaims(index, { afterwards: () => rehearseCheck(index) })`). Its checks' results are
 * dropped. Yields the number of fact ids searched so far after each search, 0 after each check.
 */
export function* rehearseCheck(index: FactIndex, options: Partial<RehearseOptions> = {}): Generator<number> {
  const o = { ...defaultRehearseOptions, ...options };
  const vocabulary = o.vocabulary ?? defaultVocabulary();
  let ids = 0;
  for (const stem of index.commonestStems(o.words)) {
    const held = index.countMatching(stem);
    if (ids + held > o.maxIds) continue;
    ids += held;
    index.factsOfMatch(index.match([[stem]]));
    yield ids;
  }
  for (const sentence of rehearsalSentences(index, o.checks)) {
    checkDraft(index, sentence, { vocabulary });
    yield 0;
  }
}
