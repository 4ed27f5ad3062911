/**
 * npx tsx bench/rank-within.ts [--traces FILE] [--sets a+b,c] [--lambda 0.01] [--per-key] [--local W] [--base f=w,...]
 *
 * Features read within a candidate's own article, screened on the traced candidates (issue 21,
 * rank-17): most answers not ranked first stand in the article ranked first, another of its
 * sentences winning. For each candidate, a feature's value less the best value among the traced
 * candidates of the same article (0 for that article's best, negative for the rest): `own` (the
 * share of the question the sentence holds itself), `relation` (the words that say what is asked),
 * `subject`, `span` and `topic` (and rank-23's `localNearGap`, `relationNearGap`, `rankWithin`: log(1 +
 * the candidate's place among its article's traced candidates by the base score), `bestWithin`). Each
 * set of such features is fitted on top of the hand-set ranking (features: the hand-set score, held at weight 1 by a strong L2, and the set's features, from 0),
 * leaving one key out (D, F and S together), and scored on the left-out key: first and top 3 of the
 * traced answerable questions, per key with --per-key (--alpha A: the set's weights A of the way from
 * 0; --fit-all: the weights fitted on every TRAIN key; --out FILE: the first set's weights per fold,
 * for bench/within-answers.ts; --fit-all also prints the in-sample first and top 3). Totals only: no
 * item is printed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fitListwise } from './rank-fit.js';
import { type Dump, foldOf, handSet, placesCounted, type Row, rankOfAnswer } from './rank-trace.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) =>
  args.includes(`--${name}`) ? (args[args.indexOf(`--${name}`) + 1] ?? fallback) : fallback;
const dump = JSON.parse(readFileSync(opt('traces', '.cache/rank-traces.json'), 'utf8')) as Dump;
/** --local W: the hand-set ranking with `local` at W (rank-19's candidate: 0.844) as the base the sets are fitted on. */
/** --base f=w,...: other hand-set weights of the base (rank-22: `--base local=0,localNear=0.5`). */
const base = new Map(
  opt('base', '')
    .split(',')
    .filter(Boolean)
    .map((p) => p.split('=') as [string, string]),
);
const h = handSet(dump.features)
  .map((v, i) => (dump.features[i] === 'local' && args.includes('--local') ? Number(opt('local', '0')) : v))
  .map((v, i) => (base.has(dump.features[i] ?? '') ? Number(base.get(dump.features[i] ?? '')) : v));
const at = (f: string) => dump.features.indexOf(f);
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * (b[i] ?? 0), 0);
const lambda = Number(opt('lambda', '0.01'));
const alpha = Number(opt('alpha', '1'));

/** A derived feature of candidate i of a row. */
type Derived = (row: Row, i: number) => number;
/** A feature less its best among the traced candidates of the same article. */
const withinArticle =
  (f: string): Derived =>
  (row, i) => {
    const c = row.candidates[i];
    if (!c) return 0;
    const k = at(f);
    const v = k >= 0 ? (c.x[k] ?? 0) : 0;
    let best = v;
    for (const d of row.candidates) if (d.article === c.article) best = Math.max(best, d.x[k] ?? 0);
    return v - best;
  };
const DERIVED: Record<string, Derived> = {
  ownGap: withinArticle('own'),
  relationGap: withinArticle('relation'),
  subjectGap: withinArticle('subject'),
  spanGap: withinArticle('span'),
  topicGap: withinArticle('topic'),
  localGap: withinArticle('local'),
  localNearGap: withinArticle('localNear'),
  relationNearGap: withinArticle('relationNear'),
  // log(1 + the candidate's place among its own article's traced candidates by the base score).
  rankWithin: (row, i) => {
    const c = row.candidates[i];
    if (!c) return 0;
    const s = dot(c.x, h);
    let above = 0;
    for (const d of row.candidates)
      if (d !== c && d.article === c.article && dot(d.x, h) > s + 1e-12) above++;
    return Math.log(1 + above);
  },
  // 1 for the best of its article by the base score.
  bestWithin: (row, i) => (DERIVED.rankWithin?.(row, i) === 0 ? 1 : 0),
  ownBest: (row, i) => (withinArticle('own')(row, i) >= 0 ? 1 : 0),
  relationBest: (row, i) => (withinArticle('relation')(row, i) >= 0 ? 1 : 0),
  // Any rank feature by its name: a correction of its hand-set weight.
  ...Object.fromEntries(
    dump.features.map((f) => [f, (row: Row, i: number) => row.candidates[i]?.x[at(f)] ?? 0]),
  ),
};

/** Each row's candidates as [hand-set score, ...the set's features]. */
const lists = (rows: readonly Row[], set: readonly string[]) =>
  rows.map((r) => ({
    xs: r.candidates.map((c, i) => [dot(c.x, h), ...set.map((f) => (DERIVED[f] as Derived)(r, i))]),
    ys: r.candidates.map((c) => c.y),
  }));
const rows = dump.rows.filter((r) => r.candidates.length > 0);
const folds = [...new Set(rows.map((r) => foldOf(r.key)))];
const sets = opt('sets', 'ownGap,relationGap,ownGap+relationGap,own,relation').split(',');
/** --out FILE: each fold's weights of the first set, on the hand-set scale, for bench/within-answers.ts. */
/** A row whose candidates carry the features of `set` (as `lists` reads them) for rankOfAnswer. */
const withSet = (r: Row, set: readonly string[]): Row => {
  const xs = lists([r], set)[0]?.xs ?? [];
  return { ...r, candidates: r.candidates.map((c, i) => ({ ...c, x: xs[i] ?? [] })) };
};
const foldWeights: Record<string, Record<string, number>> = {};
for (const s of ['hand', ...sets]) {
  const set = s === 'hand' ? [] : s.split('+');
  let first = 0;
  let top3 = 0;
  let n = 0;
  const perKey: string[] = [];
  const weights: string[] = [];
  for (const g of folds) {
    const train = lists(
      rows.filter((r) => foldOf(r.key) !== g),
      set,
    );
    const start = [1, ...set.map(() => 0)];
    const fitted = set.length === 0 ? start : fitListwise(train, start, { lambda, converged: 1e-5 });
    // --alpha A: the fitted weights on the hand-set scale, A of the way from 0 (the hand-set ranking).
    const theta = fitted.map((v, i) => (i === 0 ? 1 : (alpha * v) / (fitted[0] ?? 1)));
    weights.push(theta.map((v) => v.toFixed(2)).join('/'));
    if (s === sets[0]) foldWeights[g] = Object.fromEntries(set.map((f, i) => [f, theta[i + 1] ?? 0]));
    const test = rows.filter((r) => foldOf(r.key) === g);
    const { first: gf, top3: g3 } = placesCounted(test.map((r) => rankOfAnswer(withSet(r, set), theta)));
    n += test.length;
    first += gf;
    top3 += g3;
    perKey.push(`${g} ${gf}/${g3}`);
  }
  console.log(`${s.padEnd(32)} first ${first}  top3 ${top3}  of ${n}`);
  if (args.includes('--per-key')) console.log(`    ${perKey.join(', ')}\n    weights ${weights.join('  ')}`);
}
if (args.includes('--fit-all'))
  for (const s of sets) {
    const set = s.split('+');
    const theta = fitListwise(lists(rows, set), [1, ...set.map(() => 0)], { lambda, converged: 1e-5 });
    const scale = theta[0] ?? 1;
    // In sample: every TRAIN row re-ranked by the weights fitted on every row (against out of fold above).
    const onScale = theta.map((v, i) => (i === 0 ? 1 : v / scale));
    const { first, top3 } = placesCounted(rows.map((r) => rankOfAnswer(withSet(r, set), onScale)));
    console.log(`${s}: in sample first ${first}  top3 ${top3}  of ${rows.length}`);
    console.log(
      `${s}: fitted on every TRAIN key, on the hand-set scale (÷ ${scale.toFixed(3)}): ${set
        .map((f, i) => `${f} ${((theta[i + 1] ?? 0) / scale).toFixed(3)}`)
        .join(', ')}`,
    );
  }
if (args.includes('--out'))
  writeFileSync(opt('out', ''), JSON.stringify({ set: sets[0], alpha, lambda, folds: foldWeights }, null, 1));
