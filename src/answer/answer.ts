import { compareIds } from '../corpus/order.js';
import type { Fact } from '../facts/types.js';
import type { FactIndex } from '../index/fact-index.js';
import { attribute, compareMentions, mentionsIn } from '../index/measures.js';
import { defaultVocabulary, type Vocabulary } from '../index/vocabulary.js';
import { parseQuery, type Slot } from './query.js';
import { jaccard, sameNumbers } from './similarity.js';
import { suggestTopics } from './suggest.js';
import { type Answer, type AnsweredFact, type Citation, citationOf, type Disagreement } from './types.js';

export interface AnswerOptions {
  /** The most facts an answer gives. Default 8. */
  maxFacts?: number;
  /**
   * The share (0 to 1) of a question's weight, each slot weighted by how rare it is in the
   * coverage, that a fact must match to be an answer; less for questions of three slots or more.
   * Default 0.6.
   */
  minCoverage?: number;
  /** A fact scoring below this share of the best fact's score is left out. Default 0.25. */
  relativeScore?: number;
  /** Facts of two articles this alike (content-word Jaccard), with the same numbers, are one fact citing both. Default 0.6. */
  mergeSimilarity?: number;
  /** Facts this alike but with other numbers: only the better one is shown. Default 0.7. */
  duplicateSimilarity?: number;
  /** How much more a fact counts when it gives a quantity of the kind the question's measure takes. Default 1. */
  quantityBoost?: number;
  /** Default: the vocabulary shipped in `src/index/vocabulary.json`. */
  vocabulary?: Vocabulary;
}

export const defaultOptions: Required<Omit<AnswerOptions, 'vocabulary'>> = {
  maxFacts: 8,
  minCoverage: 0.6,
  relativeScore: 0.25,
  mergeSimilarity: 0.6,
  duplicateSimilarity: 0.7,
  quantityBoost: 1,
};

interface Candidate {
  fact: Fact;
  score: number;
  slotScores: number[];
  /** The quantity boost this fact is eligible for. */
  boost: number;
}

const byScore = (candidates: Candidate[]) =>
  candidates.sort((a, b) => b.score - a.score || compareIds(a.fact.id, b.fact.id));

interface Group {
  lead: Fact;
  facts: Fact[];
  score: number;
}

/** A question of three slots or more needs less of each fact: 1.6 / slots of its weight (3 slots: 53%, 5: 32%). */
const LONG_QUESTION = 1.6;

/** How many of the best candidates are read for figures that disagree. */
const COMPARED = 100;

/** How many of the best candidates are grouped and chosen from. */
const GROUPED = 50;

/** How many of the best candidates are re-ranked by reading which measure their figures belong to. */
const RERANKED = 60;

/**
 * Scores a fact for a question from the BM25 scores of the slots it matches. A fact that gives a
 * figure for a measure the question names (`measured`: the measures of its figures, when known)
 * counts `1 + quantityBoost` times; one with a figure of the right kind for another measure, half
 * that; lead sentences a little more, table rows less. Pure.
 */
export function scoreFact(
  fact: Fact,
  slotScores: readonly number[],
  slots: readonly Slot[],
  quantityBoost: number,
  measured?: readonly string[],
): number {
  let score = slotScores.reduce((a, b) => a + b, 0);
  const concepts = slots.flatMap((s) => (s.concept?.kind ? [s.concept] : []));
  if (concepts.length === 0) {
    if (fact.quantities.length > 0) score *= 1 + quantityBoost / 4;
  } else if (measured?.some((name) => concepts.some((c) => c.name === name))) {
    score *= 1 + quantityBoost;
  } else if (fact.quantities.some((q) => concepts.some((c) => c.kind === q.kind))) {
    score *= 1 + quantityBoost / (measured ? 4 : 2);
  }
  if (fact.position < 2) score *= 1.1;
  if (fact.kind === 'row') score *= 0.7;
  return score;
}

/** Facts that say the same thing become one group; near-copies with other numbers are dropped. */
export function groupFacts(
  candidates: readonly Candidate[],
  mergeSimilarity: number,
  duplicateSimilarity: number,
): Group[] {
  const groups: Group[] = [];
  for (const { fact, score } of candidates) {
    const similar = groups.map((g) => ({ g, similarity: jaccard(g.lead.text, fact.text) }));
    const same = similar.find(
      ({ g, similarity }) => similarity >= mergeSimilarity && sameNumbers(g.lead.text, fact.text),
    );
    if (same) same.g.facts.push(fact);
    else if (!similar.some(({ similarity }) => similarity >= duplicateSimilarity))
      groups.push({ lead: fact, facts: [fact], score });
  }
  return groups;
}

/** The best groups, at most `max`, each article's best group first so that every source is heard. */
function select(groups: readonly Group[], max: number): Group[] {
  const chosen = new Set<Group>();
  const heard = new Set<string>();
  const best = groups[0]?.score ?? 0;
  for (const g of groups) {
    if (chosen.size >= max) break;
    if (g.score >= best / 2 && g.facts.some((f) => !heard.has(f.articleId))) {
      chosen.add(g);
      for (const f of g.facts) heard.add(f.articleId);
    }
  }
  for (const g of groups) {
    if (chosen.size >= max) break;
    chosen.add(g);
  }
  return groups.filter((g) => chosen.has(g));
}

/** The citations of some articles, each once, in order; articles no longer indexed are left out. */
export function citationsOf(index: FactIndex, articleIds: Iterable<string>): Citation[] {
  const citations: Citation[] = [];
  for (const id of new Set(articleIds)) {
    const article = index.article(id);
    if (article) citations.push(citationOf(article));
  }
  return citations;
}

/** The facts a slot matches, with their scores; see Slot.named for the words of a concept that need a figure. */
function matchSlot(index: FactIndex, slot: Slot): ReadonlyMap<string, number> {
  const all = index.match(slot.phrases);
  const kind = slot.concept?.kind;
  if (!kind || !slot.named) return all;
  const named = index.match(slot.named);
  const kept = new Map<string, number>();
  for (const [id, score] of all)
    if (named.has(id) || index.fact(id)?.quantities.some((q) => q.kind === kind)) kept.set(id, score);
  return kept;
}

function silent(index: FactIndex, vocabulary: Vocabulary, query: string, note: string): Answer {
  const suggestions = suggestTopics(index, vocabulary);
  const also = suggestions.length > 0 ? ` The coverage does cover: ${suggestions.join(', ')}.` : '';
  return {
    query,
    facts: [],
    disagreements: [],
    note: `${note}${also}`,
    suggestions,
    articlesConsulted: index.articleCount,
  };
}

/**
 * Answers a question from the indexed coverage: at most `maxFacts` facts, best first, each citing
 * every article that states it, with the places where articles give values that cannot all be
 * right. Where the coverage is silent: no facts, and a note naming topics it does cover.
 */
export function answerQuery(index: FactIndex, query: string, options: AnswerOptions = {}): Answer {
  const o = { ...defaultOptions, ...options };
  const vocabulary = options.vocabulary ?? defaultVocabulary();
  const topic = query.replace(/\s+/g, ' ').trim();
  let slots = parseQuery(topic, vocabulary);
  if (slots.length === 0) return silent(index, vocabulary, query, 'Ask about a topic of the story.');

  const all = slots.map((s) => ({ slot: s, matched: matchSlot(index, s) }));
  // A topic word no fact uses: the coverage is silent, unless a headline uses it (then it weighs nothing).
  const missing = all.filter(
    ({ slot, matched }) =>
      matched.size === 0 &&
      !slot.phrases.some((p) => p.length === 1 && index.inTitles(p[0] ?? '')) &&
      slot.key,
  );
  if (missing.length > 0)
    return silent(
      index,
      vocabulary,
      query,
      `Nothing in the coverage on “${missing.map((m) => m.slot.label).join(' ')}”.`,
    );
  const found = all.filter(({ matched }) => matched.size > 0);
  if (found.length === 0) return silent(index, vocabulary, query, `Nothing in the coverage on “${topic}”.`);
  slots = found.map((m) => m.slot);
  const matches = found.map((m) => m.matched);

  // Rarer slots weigh more. A word that does not name a topic ("biggest", "react") only ranks: it
  // weighs nothing toward what a fact must cover, unless the question has no topic word at all.
  const rarity = matches.map((m) => Math.log(1 + index.factCount / Math.max(1, m.size)));
  const topical = rarity.map((r, i) => (slots[i]?.key === false ? 0 : r));
  const weights = topical.some((w) => w > 0) ? topical : rarity;
  const total = weights.reduce((a, b) => a + b, 0);
  // A long question (a headline, say) is rarely answered whole by one sentence: ask less of each.
  const needed = Math.min(o.minCoverage, LONG_QUESTION / slots.length);
  // Only facts that match one of the rarest slots can reach the coverage needed: start from those.
  const order = weights.map((_, i) => i).sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0));
  const ids = new Set<string>();
  let rest = total;
  for (const i of order) {
    if (rest < needed * total) break;
    for (const id of matches[i]?.keys() ?? []) ids.add(id);
    rest -= weights[i] ?? 0;
  }
  const candidates: Candidate[] = [];
  for (const id of ids) {
    const fact = index.fact(id);
    if (!fact) continue;
    const covered = matches.reduce((sum, m, i) => sum + (m.has(id) ? (weights[i] ?? 0) : 0), 0);
    if (covered / total < needed) continue;
    const slotScores = matches.map((m, i) => (m.get(id) ?? 0) * (slots[i]?.key === false ? 0.5 : 1));
    // A figure counts for more only in a fact that answers most of the question.
    const boost = covered / total >= o.minCoverage ? o.quantityBoost : 0;
    candidates.push({ fact, score: scoreFact(fact, slotScores, slots, boost), slotScores, boost });
  }
  if (candidates.length === 0)
    return silent(index, vocabulary, query, `Nothing in the coverage on “${topic}”.`);
  byScore(candidates);
  if (slots.some((s) => s.concept?.kind)) {
    for (const c of candidates.slice(0, RERANKED)) {
      const measured = attribute(c.fact, vocabulary).map(([, concept]) => concept.name);
      c.score = scoreFact(c.fact, c.slotScores, slots, c.boost, measured);
    }
    byScore(candidates);
  }

  const best = candidates[0]?.score ?? 0;
  const strong = candidates.filter((c) => c.score >= best * o.relativeScore).slice(0, GROUPED);
  const groups = select(groupFacts(strong, o.mergeSimilarity, o.duplicateSimilarity), o.maxFacts);
  const facts: AnsweredFact[] = groups.map((g) => ({
    text: g.lead.text,
    citations: citationsOf(
      index,
      g.facts.map((f) => f.articleId),
    ),
    quantities: g.lead.quantities,
  }));

  const measured = slots.flatMap((s) => (s.concept?.kind ? [s.concept] : []));
  const disagreements: Disagreement[] =
    measured.length === 0
      ? []
      : compareMentions(
          mentionsIn(
            candidates.slice(0, COMPARED).map((c) => c.fact),
            vocabulary,
            (f) => index.entitiesOf(f),
            measured,
          ),
        )
          .filter((r) => !r.agree)
          .map((r) => ({
            measure: r.measure,
            values: r.values.map((v) => ({ text: v.text, citations: citationsOf(index, v.articleIds) })),
          }));

  return { query, facts, disagreements, suggestions: [], articlesConsulted: index.articleCount };
}
