/**
 * The first-time work of a check on the coverage's facts, done ahead: the words around each figure
 * of a fact (its context, `rawContext`) and the figures of order of its article (dates, ranks,
 * scores: `orderedIn`). A check does this work for a fact or an article the first time it weighs
 * it and remembers it after; the background warm (`claims/warm.ts`, through `checkWarmStep`) does it
 * for every fact that states a figure, so that a check after the warm finds it done (issue 20).
 * The results are the same whoever does the work first: only when it is done changes.
 */
import type { WarmStep } from '../claims/warm.js';
import type { Quantity } from '../facts/quantities.js';
import type { Fact } from '../facts/types.js';
import type { FactIndex } from '../index/fact-index.js';
import { defaultVocabulary, type Vocabulary } from '../index/vocabulary.js';
import { type Context, contextOf } from './align.js';
import { orderedIn, orderedRead } from './orders.js';

/** The words around each figure of a fact, read once: many drafts' figures look at the same facts. */
const rawContexts = new WeakMap<Quantity, Context>();

/**
 * The words around a figure of a fact (`contextOf`), read the first time asked and remembered for
 * as long as the figure is (one vocabulary a process: the one checks use).
 */
export function rawContext(fact: Fact, q: Quantity, vocabulary: Vocabulary): Context {
  let context = rawContexts.get(q);
  if (!context) {
    context = contextOf(fact.text, q, vocabulary);
    rawContexts.set(q, context);
  }
  return context;
}

/** True when a check would find a fact's first-time work done: its figures' contexts and its article's figures of order. */
export function checkPrepared(index: FactIndex, fact: Fact): boolean {
  return fact.quantities.every((q) => rawContexts.has(q)) && orderedRead(index, fact.articleId);
}

/**
 * Does a check's first-time work on some facts of the index: each figure's context and the figures
 * of order of each fact's article (each article once). `vocabulary`: the one checks use (default
 * `defaultVocabulary()`).
 */
export function prepareCheck(
  index: FactIndex,
  facts: readonly Fact[],
  vocabulary: Vocabulary = defaultVocabulary(),
): void {
  for (const fact of facts) {
    for (const q of fact.quantities) rawContext(fact, q, vocabulary);
    if (!orderedRead(index, fact.articleId)) orderedIn(index, fact.articleId);
  }
}

/**
 * The check's step of the background warm (`warmClaims(index, { step })`): after each batch's
 * claims, the batch's first-time check work (`prepareCheck`); a fact whose work is done is skipped.
 * `vocabulary`: the one checks use (default `defaultVocabulary()`).
 */
export function checkWarmStep(index: FactIndex, vocabulary: Vocabulary = defaultVocabulary()): WarmStep {
  return {
    done: (fact) => checkPrepared(index, fact),
    run: (facts) => prepareCheck(index, facts, vocabulary),
  };
}
