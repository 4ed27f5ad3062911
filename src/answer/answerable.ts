/**
 * The answerable model's features: what tells a typed question the coverage answers (a right fact
 * among the first three) from one it is silent on, read from the short answer's confidence features
 * and the ranked candidates. Fitted by `bench/answerable-fit.ts` (weights.json's `answerable`). Pure.
 */
import {
  CONFIDENCE_FEATURES,
  type ConfidenceFeature,
  LEAD_RANK_FEATURES,
  type RankFeature,
} from './weights.js';

export { LEAD_RANK_FEATURES } from './weights.js';

/**
 * Near-miss signals (issue 21), read from the index for the first candidate (answer.ts `nearMiss`,
 * the trace's `short.near`): what might tell a question the coverage nearly answers (its names, its
 * measure, its subject found, never together) from one it answers. Each is 0 or 1. For study
 * (`bench/answerable-fit.ts --with-near`): out of fold they gained nothing as the answerable
 * model's features (near-26, docs/DESIGN.md answer/), so they are none of ANSWERABLE_FEATURES.
 */
export const NEAR_FEATURES = [
  /** The question names two things or more no one article of the coverage names together. */
  'namesApart',
  /** A name of several words the first article never writes whole, though it writes its last word (another person of that surname). */
  'nameNear',
  /** A measure is asked and neither the first sentence, its neighbours nor its headline hold a word of it. */
  'measureAway',
  /** The question's rarest word (by its weight) is in neither the first sentence nor its neighbours. */
  'rarestAway',
  /** The claims layer reads the short answer's figure as of another measure than the one asked. */
  'claimMeasureOther',
  /** The claims layer reads the short answer's figure as of a subject the question does not name. */
  'claimSubjectOther',
  /** The short answer only restates the question: each of its words is one the question writes (near-28). */
  'echoed',
  /**
   * No sentence of the best forty candidates that holds the question's subject (its rarest name, else
   * its rarest word) yields a span of the type asked: "a date never said", "a role never given" (near-28).
   */
  'subjectTypeAway',
  /**
   * No sentence of the best forty that holds the question's relation (its rarest word that is no
   * name: "lawyer", "crowd", "verdict"), or whose neighbour does, yields a span of the type asked (near-28).
   */
  'relationTypeAway',
  /** No sentence of the best forty that holds (or whose neighbours hold) both the subject and the relation yields a span of the type asked (near-28). */
  'bothTypeAway',
] as const;
export type NearFeature = (typeof NEAR_FEATURES)[number];

/** Words too common to tell what an answer says ("the", "of"): never read as restating the question. */
const ECHO_SKIPS = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'by',
  'with',
  'its',
  'his',
  'her',
  'their',
]);

/** A word's first five letters: "European" and "Europe", "Nintendo's" and "Nintendo" meet. */
const stemOf = (word: string) => word.slice(0, 5);

/**
 * True when every word of a short answer (letters and digits, the skips aside) is one the question
 * writes, by its first five letters: "Europe" for "where's Nintendo holding its European launch",
 * "Peter Lynch" for "what did Peter Lynch do". Such an answer tells nothing the question does not. Pure.
 */
export function restatesQuestion(question: string, answer: string): boolean {
  const words = (text: string) =>
    (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !ECHO_SKIPS.has(w) && w !== 's');
  const asked = new Set(words(question).map(stemOf));
  const said = words(answer);
  return said.length > 0 && said.every((w) => asked.has(stemOf(w)));
}

/** What the answerable model reads: the confidence features, the first candidate's, and two of the articles. */
export const ANSWERABLE_FEATURES = [
  ...CONFIDENCE_FEATURES,
  ...LEAD_RANK_FEATURES.map((f) => `first.${f}` as const),
  /** log(1 + the distinct articles of the best ten candidates): one story answers, many scatter. */
  'articlesTop',
  /** The first candidate's topic less the best of another article's (at most 3, at least -3; 3 when none). */
  'articleGap',
] as const;
export type AnswerableFeature = (typeof ANSWERABLE_FEATURES)[number];

/** A ranked candidate as the model reads it. */
export interface RankedCandidate {
  articleId: string;
  features?: Record<RankFeature, number>;
}

/**
 * The answerable model's features of a typed question's answer: its confidence features and its
 * candidates, best first (those without ranking features are skipped).
 */
export function answerableFeatures(
  confidence: Record<ConfidenceFeature, number>,
  candidates: readonly RankedCandidate[],
): Record<AnswerableFeature, number> {
  const ranked = candidates.filter((c) => c.features);
  const first = ranked[0];
  const out = { ...confidence } as Record<AnswerableFeature, number>;
  for (const f of LEAD_RANK_FEATURES) out[`first.${f}`] = first?.features?.[f] ?? 0;
  out.articlesTop = Math.log1p(new Set(ranked.slice(0, 10).map((c) => c.articleId)).size);
  const other = ranked.slice(0, 30).find((c) => c.articleId !== first?.articleId);
  const gap = other ? (first?.features?.topic ?? 0) - (other.features?.topic ?? 0) : 3;
  out.articleGap = Math.max(-3, Math.min(3, gap));
  return out;
}
