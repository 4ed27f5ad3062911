/**
 * The verdict of a checked figure decided by weights fitted on labelled drafts (issue 20,
 * check-20): the hand-set rules of `check.ts` give a verdict and the coverage's values by relation;
 * a multinomial logistic model over what they computed (the rules' verdict, the values by relation
 * and their articles, how well each relation's sentences align with the draft's, how near the
 * nearest ruling-out value is) picks supported, contradicted or not found among the verdicts the
 * check could show. Fitted by `bench/verdict-fit.ts` on the dump of `bench/verdict-dump.ts`, leaving
 * one key out; kept in `verdict-weights.json`. Pure.
 */
import type { FactIndex } from '../index/fact-index.js';
import { idf } from '../index/postings.js';
import type { Vocabulary } from '../index/vocabulary.js';
import { alignment, contextOf, synonymsOf } from './align.js';
import type { Claim, CoverageValue, Evidence, Verdict } from './check.js';
import data from './verdict-weights.json' with { type: 'json' };

/** A fitted model: features standardised by `mean` and `scale`, one row of weights a verdict. */
export interface VerdictModel {
  /** Feature names; "x*S" is feature x where the rules said supported (C contradicted, N not found), else 0. */
  names: string[];
  mean: number[];
  scale: number[];
  /** One row a verdict, in `VERDICTS` order: the bias, then a weight a name. */
  weights: number[][];
  /** How much more probable than not found a shown verdict must be ("right or silent"). */
  margin: number;
}

/** The verdicts in the model's order. */
export const VERDICTS: readonly Verdict[] = ['supported', 'contradicted', 'not found'];

export interface VerdictOptions {
  /** The model; default the one shipped in `verdict-weights.json`. */
  model?: VerdictModel;
  /** Overrides the model's margin when set. Default: the model's (0.1 as shipped). */
  margin?: number;
}

export const defaultOptions: Required<Omit<VerdictOptions, 'margin'>> = {
  model: data as VerdictModel,
};

const AGAINST = new Set(['differs', 'other moment', 'other subject', 'other figure']);
/** |log| of the ratio of two values; 3 (twentyfold) when one is 0 or negative. */
const nearness = (a: number, b: number) => (a > 0 && b > 0 ? Math.abs(Math.log(a / b)) : a === b ? 0 : 3);
const FAR = 3;

/** The best alignment of a claim's figure's words with the sentences that quote the values (0 with none). */
function bestAlignment(
  claim: Claim,
  values: readonly CoverageValue[],
  vocabulary: Vocabulary,
  rarity: (stem: string) => number,
): number {
  const synonyms = synonymsOf(vocabulary);
  const at = claim.sentence.indexOf(claim.figure);
  const own = at >= 0 ? { start: at, end: at + claim.figure.length } : claim.quantity;
  const draft = contextOf(claim.sentence, own, vocabulary);
  let best = 0;
  for (const v of values)
    for (const e of v.evidence) {
      const where = e.text.indexOf(v.quantity.text);
      const q = where >= 0 ? { start: where, end: where + v.quantity.text.length } : { start: 0, end: 0 };
      best = Math.max(best, alignment(draft, contextOf(e.text, q, vocabulary), rarity, synonyms));
    }
  return best;
}

/**
 * What the model reads of a checked figure: the rules' verdict (handS, handC), its kind, whether a
 * measure and a subject were read, whether it is exact, the coverage's values by relation (log of 1
 * + how many, and of their articles), the best alignment of the stating, ruling-out and near (or
 * bounding) values' sentences with the draft's, the nearest ruling-out and near value (|log ratio|,
 * 3 with none), whether sources differ, and how many other figures its sentence holds (log 1 + n).
 */
export function verdictFeatures(
  index: FactIndex,
  claim: Claim,
  claims: readonly Claim[],
  vocabulary: Vocabulary,
): Record<string, number> {
  const by = (test: (r: string) => boolean) => claim.coverage.filter((v) => test(v.relation));
  const stating = by((r) => r === 'states');
  const against = by((r) => AGAINST.has(r));
  const near = by((r) => r === 'near');
  const bounds = by((r) => r === 'bounds');
  const otherUnit = by((r) => r === 'other unit');
  const articles = (vs: readonly CoverageValue[]) => new Set(vs.flatMap((v) => v.articleIds)).size;
  const rarity = (stem: string) => idf(index.factCount, index.countMatching(stem));
  const q = claim.quantity;
  const nearest = (vs: readonly CoverageValue[]) =>
    Math.min(FAR, ...vs.map((v) => nearness(v.quantity.value, q.value)));
  const sameSentence = claims.filter((c) => c !== claim && c.sentence === claim.sentence).length;
  return {
    handS: claim.verdict === 'supported' ? 1 : 0,
    handC: claim.verdict === 'contradicted' ? 1 : 0,
    money: q.kind === 'money' ? 1 : 0,
    percent: q.kind === 'percent' ? 1 : 0,
    count: q.kind === 'count' ? 1 : 0,
    year: q.kind === 'year' ? 1 : 0,
    measure: claim.measure ? 1 : 0,
    subject: claim.subject ? 1 : 0,
    exact: q.qualifier === 'exact' ? 1 : 0,
    nStating: Math.log1p(stating.length),
    artStating: Math.log1p(articles(stating)),
    nAgainst: Math.log1p(against.length),
    artAgainst: Math.log1p(articles(against)),
    otherMoment: by((r) => r === 'other moment').length > 0 ? 1 : 0,
    otherSubject: by((r) => r === 'other subject' || r === 'other figure').length > 0 ? 1 : 0,
    nNear: Math.log1p(near.length),
    nBounds: Math.log1p(bounds.length),
    nOtherUnit: Math.log1p(otherUnit.length),
    alignStating: stating.length > 0 ? bestAlignment(claim, stating, vocabulary, rarity) : 0,
    alignAgainst: against.length > 0 ? bestAlignment(claim, against, vocabulary, rarity) : 0,
    alignNear:
      near.length + bounds.length > 0 ? bestAlignment(claim, [...near, ...bounds], vocabulary, rarity) : 0,
    nearestAgainst: nearest(against),
    nearestNear: nearest(near),
    sourcesDiffer: claim.note.includes('sources differ') ? 1 : 0,
    sameSentence: Math.log1p(sameSentence),
    unitless: q.kind === 'count' && !q.unit ? 1 : 0,
  };
}

/**
 * The verdicts the check can show for a figure: not found always; supported where the rules found
 * it supported (their stating sentences are what it shows); contradicted where the rules found it
 * so or the coverage gives a value that rules it out or is in another unit (that value is shown).
 * A value that can match the figure ("near": "$6bn" for "$6.3bn", "up to 30%" for "30%", or one
 * more than tenfold from it) or only bounds it ("more than $8bn" for "$9bn") never contradicts it.
 */
export function feasibleVerdicts(features: Readonly<Record<string, number>>): Verdict[] {
  const f = (name: string) => features[name] ?? 0;
  const out: Verdict[] = ['not found'];
  if (f('handS') === 1) out.push('supported');
  if (f('handC') === 1 || f('nAgainst') + f('nOtherUnit') > 0) out.push('contradicted');
  return out;
}

/** The values a contradiction the model gives shows: those that rule the figure out or are in another unit. */
export function contradicting(claim: Claim): CoverageValue[] {
  return claim.coverage.filter((v) => AGAINST.has(v.relation) || v.relation === 'other unit');
}

/** The rules' verdict as the one letter the model's crossed names use (S, C, N). */
const handOf = (f: Readonly<Record<string, number>>) => (f.handS === 1 ? 'S' : f.handC === 1 ? 'C' : 'N');

/** The model's input for a figure's features, in `names` order ("x*S": x where the rules said supported). */
export function verdictVector(
  names: readonly string[],
  features: Readonly<Record<string, number>>,
): number[] {
  const hand = handOf(features);
  return names.map((n) => {
    const [name = '', crossed] = n.split('*');
    return crossed && crossed !== hand ? 0 : (features[name] ?? 0);
  });
}

/**
 * The probability of each verdict (`VERDICTS` order) given standardised inputs `z`: a softmax over
 * the verdicts `allowed` (the others 0).
 */
export function verdictProbabilities(
  weights: readonly number[][],
  z: readonly number[],
  allowed: readonly boolean[],
) {
  const s = weights.map((w, k) =>
    allowed[k]
      ? (w[0] ?? 0) + z.reduce((acc, v, j) => acc + v * (w[j + 1] ?? 0), 0)
      : Number.NEGATIVE_INFINITY,
  );
  const top = Math.max(...s);
  const e = s.map((v) => (Number.isFinite(v) ? Math.exp(v - top) : 0));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/**
 * The verdict the model picks among the feasible ones: supported or contradicted only where it is
 * more probable than not found by the margin (unsure, the figure is not found, its values shown).
 */
export function decideVerdict(
  features: Readonly<Record<string, number>>,
  options: VerdictOptions = {},
): Verdict {
  const model = options.model ?? defaultOptions.model;
  const margin = options.margin ?? model.margin;
  const z = verdictVector(model.names, features).map(
    (v, j) => (v - (model.mean[j] ?? 0)) / (model.scale[j] || 1),
  );
  const feasible = feasibleVerdicts(features);
  const p = verdictProbabilities(
    model.weights,
    z,
    VERDICTS.map((v) => feasible.includes(v)),
  );
  let best: Verdict = 'not found';
  let bestP = (p[2] ?? 0) + margin;
  for (const k of [0, 1])
    if ((p[k] ?? 0) > bestP) {
      best = VERDICTS[k] as Verdict;
      bestP = p[k] ?? 0;
    }
  return best;
}

/** Article ids as a note writes them: "[a, b]". Pure. */
export const idList = (ids: readonly string[]) => `[${ids.join(', ')}]`;
/** Coverage values as a note writes them: "$2bn [a, b]; $3bn [c]". Pure. */
export const valueList = (values: readonly CoverageValue[]) =>
  values.map((v) => `${v.text} ${idList(v.articleIds)}`).join('; ');

/** Evidence of several values, each sentence once, citing every article any of them cites. Pure. */
export function merged(evidence: readonly Evidence[]): Evidence[] {
  const out = new Map<string, Evidence>();
  for (const e of evidence) {
    const same = out.get(e.text);
    if (!same) out.set(e.text, { text: e.text, citations: [...e.citations] });
    else for (const c of e.citations) if (!same.citations.some((x) => x.id === c.id)) same.citations.push(c);
  }
  return [...out.values()];
}

/**
 * A claim given the model's verdict: contradicted shows the values that rule it out or are in
 * another unit (`contradicting`); not found keeps the sentences the rules quoted and says the values were not sure
 * enough to be a verdict. The same claim when the verdict is its own.
 */
export function withVerdict(claim: Claim, verdict: Verdict): Claim {
  if (verdict === claim.verdict) return claim;
  if (verdict === 'contradicted') {
    const shown = contradicting(claim);
    return {
      ...claim,
      verdict,
      evidence: merged(shown.flatMap((v) => v.evidence)),
      note: `coverage: ${valueList(shown)}`,
    };
  }
  if (verdict === 'not found') {
    const values = claim.coverage.length > 0 ? `: ${valueList(claim.coverage)}` : '';
    return { ...claim, verdict, note: `not sure the coverage's values are this figure's${values}` };
  }
  return claim;
}

/** Each claim of a draft given the model's verdict (see `decideVerdict`). */
export function withFittedVerdicts(
  index: FactIndex,
  claims: readonly Claim[],
  vocabulary: Vocabulary,
  options: VerdictOptions = {},
): Claim[] {
  return claims.map((c) =>
    // Not found by the rules, with no value that rules it out or is in another unit: not found is
    // the one feasible verdict, so its features (sentence alignments) need not be read.
    c.verdict === 'not found' && contradicting(c).length === 0
      ? c
      : withVerdict(c, decideVerdict(verdictFeatures(index, c, claims, vocabulary), options)),
  );
}
