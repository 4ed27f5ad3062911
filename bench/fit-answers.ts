/**
 * npx tsx bench/fit-answers.ts [--folds 5] [--dry]
 *
 * Fits the answer's weights (src/answer/weights.json) on the TRAIN questions of the answer keys
 * (bench/keys.ts: the own keys and the TRAIN part of the blind keys A and B; never HELD OUT, never
 * the public keys), on the BBC archive:
 * - rank: a pairwise logistic ranker over the features of the candidate sentences (RANK_FEATURES):
 *   each sentence that holds the expected answer against each that does not, for the same question,
 *   held near the hand-set weights it starts from (L2);
 * - confidence: a logistic model of "the short answer is right" over CONFIDENCE_FEATURES;
 * - show: the lowest confidence at which short answers shown are right at least 92% of the time,
 *   read from out-of-fold confidences (cross-validation by story: no story in two folds);
 * - none: below this confidence, the answer says that the coverage gives no clear answer.
 * Prints the cross-validated figures (each question answered with weights fitted without its story).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { type AnswerTrace, answerQuery } from '../src/answer/answer.js';
import {
  CONFIDENCE_FEATURES,
  type ConfidenceFeature,
  defaultWeights,
  RANK_FEATURES,
  type RankFeature,
  sigmoid,
  type Weights,
} from '../src/answer/weights.js';
import { buildIndex } from '../src/index/build.js';
import { line, type Outcome, outcome, summarize } from './eval-answers.js';
import { allKeys, type KeyQuery } from './keys.js';

const args = process.argv.slice(2);
const folds = Number(args[args.indexOf('--folds') + 1] || 5) || 5;
const dry = args.includes('--dry');
const PRECISION = 0.92;

const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const train = allKeys().filter((q) => q.split === 'train');

const expected = (q: KeyQuery, text: string, articleId: string) =>
  q.expect.some((e) => new RegExp(e.match, 'i').test(text) && [e.source].flat().includes(articleId));

interface Traced {
  q: KeyQuery;
  trace?: AnswerTrace;
}
function traceAll(qs: readonly KeyQuery[], weights: Weights): Traced[] {
  return qs.map((q) => {
    let trace: AnswerTrace | undefined;
    answerQuery(index, q.query, { weights: { ...weights, show: 0 }, trace: (t) => (trace = t) });
    return { q, ...(trace ? { trace } : {}) };
  });
}

const vec = <K extends string>(keys: readonly K[], r: Record<K, number>) => keys.map((k) => r[k] ?? 0);

/**
 * The rank weights: a pairwise logistic ranker (each candidate holding the expected answer against
 * each that does not, for the same question), L2 toward the hand-set weights it starts from: the
 * cross-validated figures showed freer fits rank no better on TRAIN and worse on other keys.
 */
function fitPairwise(traced: readonly Traced[], start: number[]): number[] {
  const pairs: number[][] = [];
  for (const { q, trace } of traced) {
    if (!trace || q.empty) continue;
    const cs = trace.candidates;
    const pos = cs.filter((c) => expected(q, c.text, c.articleId));
    const neg = cs.filter((c) => !expected(q, c.text, c.articleId)).slice(0, 25);
    if (pos.length === 0 || neg.length === 0) continue;
    for (const p of pos.slice(0, 3))
      for (const n of neg) {
        const fp = vec(RANK_FEATURES, p.features);
        const fn = vec(RANK_FEATURES, n.features);
        pairs.push(fp.map((v, i) => v - (fn[i] ?? 0)));
      }
  }
  const theta = [...start];
  const lambda = 2;
  for (let it = 0; it < 400; it++) {
    const grad = theta.map((t, i) => lambda * (t - (start[i] ?? 0)));
    for (const d of pairs) {
      const z = d.reduce((s, v, i) => s + v * (theta[i] ?? 0), 0);
      const g = -sigmoid(-z) / pairs.length;
      d.forEach((v, i) => {
        grad[i] = (grad[i] ?? 0) + g * v;
      });
    }
    theta.forEach((_, i) => {
      theta[i] = (theta[i] ?? 0) - 0.5 * (grad[i] ?? 0);
    });
  }
  return theta;
}

/** Logistic regression of "short answer right", L2. */
function fitLogistic(rows: ReadonlyArray<{ x: number[]; y: number }>): number[] {
  const dims = CONFIDENCE_FEATURES.length;
  const beta = new Array<number>(dims).fill(0);
  const lambda = 0.01;
  for (let it = 0; it < 1500; it++) {
    const grad = beta.map((b, i) => (i === 0 ? 0 : lambda * b));
    for (const { x, y } of rows) {
      const p = sigmoid(x.reduce((s, v, i) => s + v * (beta[i] ?? 0), 0));
      x.forEach((v, i) => {
        grad[i] = (grad[i] ?? 0) + ((p - y) * v) / rows.length;
      });
    }
    beta.forEach((_, i) => {
      beta[i] = (beta[i] ?? 0) - 1 * (grad[i] ?? 0);
    });
  }
  return beta;
}

const shortRight = (q: KeyQuery, s: NonNullable<AnswerTrace['short']>) =>
  !q.empty &&
  q.expect.some((e) => new RegExp(e.match, 'i').test(s.text) && [e.source].flat().includes(s.articleId));

/** Where the fit starts: the hand-set weights the ranking had before it was fitted. */
const HAND_SET: Record<string, number> = { topic: 1, span: 1, noSpan: -1.05, coverage: 2, silent: -0.357 };

/** The confidence model fitted on traces of answers ranked with some weights. */
function fitConfidence(traced: readonly Traced[]): Record<ConfidenceFeature, number> {
  const rows = traced.flatMap(({ q, trace }) =>
    trace?.short
      ? [{ x: vec(CONFIDENCE_FEATURES, trace.short.features), y: shortRight(q, trace.short) ? 1 : 0 }]
      : [],
  );
  const beta = fitLogistic(rows);
  return Object.fromEntries(CONFIDENCE_FEATURES.map((k, i) => [k, beta[i] ?? 0])) as Record<
    ConfidenceFeature,
    number
  >;
}

/**
 * Two candidate models on some questions: the hand-set ranking with a confidence fitted to it, and
 * the fitted ranking with a confidence fitted to it. Cross-validation chooses between them.
 */
function fitModels(qs: readonly KeyQuery[]): { handSet: Weights; fitted: Weights } {
  const loaded = defaultWeights();
  const start: Weights = {
    ...loaded,
    rank: Object.fromEntries(RANK_FEATURES.map((k) => [k, HAND_SET[k] ?? 0])) as Record<RankFeature, number>,
  };
  const traced = traceAll(qs, start);
  const rank = fitPairwise(traced, vec(RANK_FEATURES, start.rank));
  const ranked: Weights = {
    ...start,
    rank: Object.fromEntries(RANK_FEATURES.map((k, i) => [k, rank[i] ?? 0])) as Record<RankFeature, number>,
  };
  return {
    handSet: { ...start, confidence: fitConfidence(traced) },
    fitted: { ...ranked, confidence: fitConfidence(traceAll(qs, ranked)) },
  };
}

// Cross-validation by story: each fold's questions answered with weights fitted without its stories.
const groups = [...new Set(train.map((q) => q.group))].sort();
const foldOf = new Map(groups.map((g, i) => [g, i % folds]));
type Answered = Array<{ q: KeyQuery; answer: ReturnType<typeof answerQuery> }>;
const byModel: { handSet: Answered; fitted: Answered } = { handSet: [], fitted: [] };
for (let f = 0; f < folds; f++) {
  const models = fitModels(train.filter((q) => foldOf.get(q.group) !== f));
  for (const q of train.filter((x) => foldOf.get(x.group) === f))
    for (const model of ['handSet', 'fitted'] as const)
      byModel[model].push({
        q,
        answer: answerQuery(index, q.query, { weights: { ...models[model], show: 0, none: 0 } }),
      });
  process.stderr.write(`fold ${f + 1}/${folds}\n`);
}
// The fitted ranking is kept only where it ranks the answer first more often, out of fold, by more than one question in a hundred.
const firsts = (answered: Answered) =>
  answered.filter(({ q, answer }) => outcome(q, answer).rank === 0).length;
const chosen: 'handSet' | 'fitted' =
  firsts(byModel.fitted) > firsts(byModel.handSet) + 0.01 * train.length ? 'fitted' : 'handSet';
console.log(
  `first fact right out of fold: hand-set ranking ${firsts(byModel.handSet)}, fitted ranking ${firsts(byModel.fitted)} of ${train.length}: ${chosen} kept`,
);
const outOfFold = byModel[chosen];
// The threshold: the lowest confidence from which shown short answers are right PRECISION of the time.
const scored = outOfFold
  .filter(({ answer }) => answer.answer && answer.confidence !== undefined)
  .map(({ q, answer }) => ({ c: answer.confidence ?? 0, right: outcome(q, answer).shortRight }))
  .sort((a, b) => b.c - a.c);
let show = 1;
let right = 0;
scored.forEach((s, i) => {
  if (s.right) right++;
  if (right / (i + 1) >= PRECISION && i >= 9) show = s.c;
});
// Below `none`, the answer says the coverage gives no clear answer: where unanswerable questions
// fall silent and few questions with a right answer are lost.
// Cutting an answer to two facts loses only an answer that was third.
const candidatesNone = [
  0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7,
].filter((t) => t <= show);
const lossAt = (t: number) => {
  const lost = outOfFold.filter(
    ({ q, answer }) => !q.empty && (answer.confidence ?? 1) < t && outcome(q, answer).rank === 2,
  ).length;
  const quiet = outOfFold.filter(({ q, answer }) => q.empty && (answer.confidence ?? 0) < t).length;
  return quiet - 2 * lost;
};
const none = candidatesNone.reduce((best, t) => (lossAt(t) > lossAt(best) ? t : best), 0);

const cv: Outcome[] = outOfFold.map(({ q, answer }) => {
  const shown = answer.answer && (answer.confidence ?? 0) >= show ? answer : { ...answer, answer: undefined };
  const quiet =
    (answer.confidence ?? 1) < none && !shown.answer
      ? { ...shown, facts: shown.facts.slice(0, 2), note: 'none' }
      : shown;
  const { answer: a, ...rest } = quiet;
  return outcome(q, a ? { ...rest, answer: a } : rest);
});
console.log(
  `cross-validated by story (${folds} folds), TRAIN, threshold ${show.toFixed(3)}, none below ${none}:`,
);
for (const k of [...new Set(train.map((q) => q.key))])
  console.log(line(k, summarize(cv.filter((o) => o.q.key === k))));
console.log(line('all', summarize(cv)));
for (const form of [...new Set(train.map((q) => q.form ?? '-'))].sort())
  console.log(line(`  form ${form}`, summarize(cv.filter((o) => (o.q.form ?? '-') === form))));

const final = fitModels(train)[chosen];
const round = (r: Record<string, number>) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
const file = 'src/answer/weights.json';
const old = JSON.parse(readFileSync(file, 'utf8')) as { about: string };
const out = {
  about: old.about,
  rank: round(final.rank),
  confidence: round(final.confidence),
  show: Math.round(show * 1000) / 1000,
  none,
};
console.log(JSON.stringify(out, null, 1));
if (!dry) writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
