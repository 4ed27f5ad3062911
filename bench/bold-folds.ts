/**
 * npx tsx bench/bold-folds.ts --rows FILE [--write CANDIDATE/RULE]
 *
 * How the bold tier's model (weights.json's `bold`, `boldShow`) holds fold by fold, out of fold,
 * leaving one key out (D, F and S together; the own keys as one), on the rows that
 * `bench/fit-answers.ts --shipped-ranking --rows FILE --rows-only` writes (each TRAIN question's short
 * answer, its confidence features, whether it is right and withheld; traced once with weights.json's
 * ranking; `--trace` writes them first).
 * Only the short answers the bold model decides count: those shown (the shipped confidence from
 * `show` up, not withheld); an unanswerable question with one in bold counts wrong.
 *
 * Each candidate (a feature set and an L2 hold) is fitted fold by fold on the other folds' shown
 * short answers; each threshold rule is read on the pooled out-of-fold scores:
 * - `pooled 92%` / `pooled 95%`: the lowest score from which all bold answers are right that often
 *   (the rule shipped since bold-12);
 * - `every fold 90% (n>=20)` / `(n>=10)`: the lowest score from which every fold showing at least 20
 *   (10) bold answers is right 90% of the time (`thresholdEveryFold`).
 * Prints per fold bold shown / right (and unanswerable in bold), pooled, the worst fold of those with
 * 20 bold or more, and the same with the threshold read on the other folds only (nested: the rule's
 * honest figure on a key it never saw). The shipped model is printed as it is (in sample).
 * `--write C/R` writes candidate C refitted on all TRAIN with rule R's threshold into weights.json.
 * Each candidate also prints its pooled out-of-fold curve (wrong answers among the best 200, 300, ...
 * scores). `--only 'A|B'` keeps the candidates whose names start so; `--wrong C/R` lists C's wrong bold
 * answers under R, out of fold. The `+ claim` candidates add the claims layer's reading of a figure
 * short answer (its measure asked or another, its subject named by the question or not: trace
 * `short.claim`), for study: bold-23 found they do not separate wrong bold answers (docs/DESIGN.md).
 * The refit of the day, in one command (bold-25): `npx tsx bench/bold-folds.ts --trace --rows
 * /tmp/bold-rows.json --write 'all features + first, L2 0.001/every fold 90% (n>=10)'`.
 * bold-25: the `+ first` candidates add the first candidate's ranking features (BOLD_FEATURES: its
 * topic, coverage, local share, headline, article rank, place in its article, lead), which the
 * shipped bold model reads since; the per-key line gives each key apart (D, F, S still left out
 * together); the `wilson` rules read the threshold from Wilson's lower bound on the pooled
 * out-of-fold precision (too low a bar: pooled 91% leaves keys at 83%, since the keys differ more
 * than the binomial spread).
 * bold-26: `--test-rows FILE` scores each fold on rows traced with the form model refitted without its
 * key (`fit-answers --form-folds DIR`), the fit reading the shipped traces; the pooled line gives
 * Wilson's 90% low and the folds' spread beyond the binomial (`betweenFoldSpread`); `--fixed T1,T2`
 * adds tables at fixed thresholds; the `fresh key` rule (`thresholdFreshKey`) and the `+ text`
 * candidates (what the question names that the sentence lacks) are for study: neither held the fresh
 * V better (docs/DESIGN.md, answer/ "bold").
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { LEAD_RANK_FEATURES } from '../src/answer/answerable.js';
import {
  BOLD_FEATURES,
  boldFeatures,
  CONFIDENCE_FEATURES,
  defaultWeights,
  sigmoid,
  weighted,
} from '../src/answer/weights.js';
import { SHARED_FOLDS, type TraceRow } from './bold-rules.js';
import {
  betweenFoldSpread,
  solve,
  thresholdAt,
  thresholdEveryFold,
  thresholdFreshKey,
  thresholdWilson,
  WILSON_Z90,
  WILSON_Z95,
  wilsonLower,
} from './rank-fit.js';

const args = process.argv.slice(2);
const rowsFile = args[args.indexOf('--rows') + 1];
if (!args.includes('--rows') || !rowsFile)
  throw new Error(
    'give --rows FILE: write it with `npx tsx bench/fit-answers.ts --shipped-ranking --rows FILE --rows-only` (or add --trace)',
  );
/**
 * --trace: (re)writes the rows first, answering every TRAIN question with weights.json as it ships
 * (its ranking included: `fit-answers --shipped-ranking`), so that one command refits the bold tier
 * on the ranking of the day: `npx tsx bench/bold-folds.ts --trace --rows /tmp/bold-rows.json --write
 * 'all features, L2 0.001 (shipped recipe)/every fold 90% (n>=20)'` (bold-23). Without it an
 * existing rows file is read as it is (it may be of another ranking).
 */
if (args.includes('--trace') || !existsSync(rowsFile))
  execFileSync(
    'npx',
    ['tsx', 'bench/fit-answers.ts', '--shipped-ranking', '--rows', rowsFile, '--rows-only'],
    { stdio: 'inherit' },
  );
const writeChoice = args.includes('--write') ? args[args.indexOf('--write') + 1] : undefined;

const shipped = defaultWeights();
const rows = (JSON.parse(readFileSync(rowsFile, 'utf8')) as TraceRow[])
  .map((r) => {
    const c = sigmoid(weighted(shipped.confidence, r.x));
    return { ...r, fold: SHARED_FOLDS[r.key] ?? r.key, shown: !r.withheld && c >= shipped.show };
  })
  .filter((r) => r.shown);
const folds = [...new Set(rows.map((r) => r.fold))];
/**
 * --test-rows FILE (bold-26): each fold's own rows, the ones it is scored on, are read from FILE
 * instead: rows traced with every upstream model that was fitted on the keys refitted without the
 * fold's key (`bench/fit-answers.ts --shipped-ranking --form-folds DIR --rows FILE --rows-only`: the
 * question-form model). The fit still reads the other folds' rows as the shipped models trace them,
 * as the shipped bold model does: so a fold stands as a fresh key would.
 */
const testFile = args.includes('--test-rows') ? args[args.indexOf('--test-rows') + 1] : undefined;
const testRows = testFile
  ? (JSON.parse(readFileSync(testFile, 'utf8')) as TraceRow[])
      .map((r) => {
        const c = sigmoid(weighted(shipped.confidence, r.x));
        return { ...r, fold: SHARED_FOLDS[r.key] ?? r.key, shown: !r.withheld && c >= shipped.show };
      })
      .filter((r) => r.shown)
  : rows;
/** The folds of keys written about facts no earlier key asked (printed apart). */
const FRESH = new Set(['K', 'L', 'M']);

/** Logistic regression by Newton steps, L2 `lambda` on all but the bias (the first feature). */
function fitLogistic(xs: ReadonlyArray<readonly number[]>, ys: readonly number[], lambda: number): number[] {
  const dims = xs[0]?.length ?? 0;
  const beta = new Array<number>(dims).fill(0);
  for (let it = 0; it < 50; it++) {
    const grad = beta.map((b, i) => (i > 0 ? lambda * b : 0));
    const hess = beta.map((_, i) => beta.map((__, j) => (i === j ? (i > 0 ? lambda : 0) + 1e-9 : 0)));
    xs.forEach((x, n) => {
      const p = sigmoid(x.reduce((s, v, i) => s + v * (beta[i] ?? 0), 0));
      x.forEach((v, i) => {
        grad[i] = (grad[i] ?? 0) + ((p - (ys[n] ?? 0)) * v) / xs.length;
        const row = hess[i] ?? [];
        x.forEach((w, j) => {
          row[j] = (row[j] ?? 0) + (p * (1 - p) * v * w) / xs.length;
        });
      });
    });
    const step = solve(hess, grad);
    beta.forEach((_, i) => {
      beta[i] = (beta[i] ?? 0) - (step[i] ?? 0);
    });
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return beta;
}

interface Candidate {
  name: string;
  features: readonly string[];
  lambda: number;
}
const ALL = CONFIDENCE_FEATURES as readonly string[];
/** The shipped confidence's logit alone, recalibrated: one steady feature. */
const LOGIT = '_confidence';
/**
 * The claims layer's reading of a figure short answer (bold-23, for study; not CONFIDENCE_FEATURES):
 * its measure one asked / another than asked; its subject named by the question / read and not named.
 */
const CLAIM: Readonly<Record<string, (c: TraceRow['claim']) => number>> = {
  claimMeasureAsked: (c) => (c?.measure === 1 ? 1 : 0),
  claimMeasureOther: (c) => (c?.measure === -1 ? 1 : 0),
  claimSubjectNamed: (c) => (c?.subject === 1 ? 1 : 0),
  claimSubjectOther: (c) => (c?.subject === -1 ? 1 : 0),
};
/**
 * bold-26, for study: what the question asks that the short answer's sentence does not say, read
 * from the row's question and sentence (the classes of wrong bold answers bold-25 listed: a figure
 * question whose qualifier the fact lacks). `text.year`: a year the question names and the sentence
 * does not; `text.number`: another number so; `text.name`: the share of the question's capitalized
 * words (past its first) the sentence lacks; `text.qualifier`: the question restricts (only, alone,
 * own, originally, first, initially, each, per, without, excluding) and the sentence has not that word.
 */
const QUALIFIERS = [
  'only',
  'alone',
  'own',
  'originally',
  'first',
  'initially',
  'each',
  'per',
  'without',
  'excluding',
];
const TEXT: Readonly<Record<string, (q: string, fact: string) => number>> = {
  'text.year': (q, fact) => ((q.match(/\b(19|20)\d\d\b/g) ?? []).some((y) => !fact.includes(y)) ? 1 : 0),
  'text.number': (q, fact) =>
    (q.replace(/\b(19|20)\d\d\b/g, '').match(/\d[\d,.]*/g) ?? []).some((n) => !fact.includes(n)) ? 1 : 0,
  'text.name': (q, fact) => {
    const names = (q.match(/(?<=\S\s+)[A-Z][\w&'-]+/g) ?? []).filter((w) => w.length > 1);
    return names.length ? names.filter((w) => !fact.includes(w)).length / names.length : 0;
  },
  'text.qualifier': (q, fact) => {
    const words = new Set(q.toLowerCase().split(/[^a-z]+/));
    const lower = fact.toLowerCase();
    return QUALIFIERS.some((w) => words.has(w) && !new RegExp(`\\b${w}\\b`).test(lower)) ? 1 : 0;
  },
};
/** The answerable model's reading of the first candidate (`first.topic`, ...: LEAD_RANK_FEATURES). */
const FIRST = LEAD_RANK_FEATURES.map((f) => `first.${f}`);
const vecOf = (r: TraceRow, features: readonly string[]) =>
  features.map((k) =>
    k === LOGIT
      ? weighted(shipped.confidence, r.x)
      : TEXT[k]
        ? (TEXT[k]?.(r.query ?? '', r.fact ?? '') ?? 0)
        : CLAIM[k]
          ? (CLAIM[k]?.(r.claim) ?? 0)
          : k.startsWith('first.')
            ? (r.first?.[k.slice(6)] ?? 0)
            : (r.x[k] ?? 0),
  );
const candidates: Candidate[] = [
  { name: 'all features, L2 0.001 (shipped recipe)', features: ALL, lambda: 0.001 },
  { name: 'all features, L2 0.01', features: ALL, lambda: 0.01 },
  { name: 'all features, L2 0.03', features: ALL, lambda: 0.03 },
  { name: 'all features, L2 0.1', features: ALL, lambda: 0.1 },
  { name: 'all features, L2 0.3', features: ALL, lambda: 0.3 },
  { name: 'all features, L2 1', features: ALL, lambda: 1 },
  { name: 'all features + first, L2 0.001', features: [...ALL, ...FIRST], lambda: 0.001 },
  { name: 'all features + first, L2 0.01', features: [...ALL, ...FIRST], lambda: 0.01 },
  {
    name: 'all features + first + text, L2 0.001',
    features: [...ALL, ...FIRST, ...Object.keys(TEXT)],
    lambda: 0.001,
  },
  {
    name: 'all features + first + text, L2 0.01',
    features: [...ALL, ...FIRST, ...Object.keys(TEXT)],
    lambda: 0.01,
  },
  { name: 'confidence logit only', features: ['bias', LOGIT], lambda: 0 },
  { name: 'all features + claim, L2 0.001', features: [...ALL, ...Object.keys(CLAIM)], lambda: 0.001 },
  { name: 'all features + claim, L2 0.01', features: [...ALL, ...Object.keys(CLAIM)], lambda: 0.01 },
  ...(args.includes('--small')
    ? [
        {
          name: 'small set',
          features: (args[args.indexOf('--small') + 1] ?? '').split(',').filter(Boolean),
          lambda: 0.001,
        },
      ]
    : []),
];

type Rule = {
  name: string;
  threshold: (items: Array<{ score: number; right: boolean; fold: string }>) => number;
};
const rules: Rule[] = [
  { name: 'pooled 92%', threshold: (it) => thresholdAt(it, 0.92) },
  { name: 'pooled 93%', threshold: (it) => thresholdAt(it, 0.93) },
  { name: 'pooled 95%', threshold: (it) => thresholdAt(it, 0.95) },
  { name: 'every fold 92% (n>=20)', threshold: (it) => thresholdEveryFold(it, 0.92, 20) },
  { name: 'every fold 90% (n>=20)', threshold: (it) => thresholdEveryFold(it, 0.9, 20) },
  { name: 'every fold 90% (n>=10)', threshold: (it) => thresholdEveryFold(it, 0.9, 10) },
  { name: 'wilson 90% >= 90%', threshold: (it) => thresholdWilson(it, 0.9, WILSON_Z90) },
  {
    name: 'wilson 90% >= 90% + every fold 90% (n>=10)',
    threshold: (it) => Math.max(thresholdWilson(it, 0.9, WILSON_Z90), thresholdEveryFold(it, 0.9, 10)),
  },
  { name: 'wilson 95% >= 90%', threshold: (it) => thresholdWilson(it, 0.9, WILSON_Z95) },
  { name: 'fresh key 90% (z 1.28)', threshold: (it) => thresholdFreshKey(it, 0.9, WILSON_Z90) },
  { name: 'pooled 96%', threshold: (it) => thresholdAt(it, 0.96) },
  // --fixed T1,T2: tables at fixed thresholds too (bold-26: how a margin above the rule's threshold costs and holds).
  ...(args.includes('--fixed')
    ? (args[args.indexOf('--fixed') + 1] ?? '')
        .split(',')
        .filter(Boolean)
        .map((t): Rule => ({ name: `fixed ${t}`, threshold: () => Number(t) }))
    : []),
];

/** Per fold bold shown / right / unanswerable in bold at thresholds (one per fold, or one for all). */
function table(
  scored: ReadonlyArray<(typeof rows)[number] & { score: number }>,
  at: (fold: string) => number,
) {
  const per = folds.map((f) => {
    const bold = scored.filter((r) => r.fold === f && r.score >= at(f));
    const right = bold.filter((r) => r.y === 1).length;
    return { f, n: bold.length, right, empty: bold.filter((r) => r.empty).length };
  });
  const sum = (xs: typeof per) =>
    xs.reduce((a, b) => ({ f: 'sum', n: a.n + b.n, right: a.right + b.right, empty: a.empty + b.empty }), {
      f: 'sum',
      n: 0,
      right: 0,
      empty: 0,
    });
  const pct = (p: { n: number; right: number }) => (p.n ? ((100 * p.right) / p.n).toFixed(1) : '-');
  const judged = per.filter((p) => p.n >= 20);
  const worst = judged.reduce<(typeof per)[number] | undefined>(
    (w, p) => (!w || p.right / p.n < w.right / w.n ? p : w),
    undefined,
  );
  const keys = [...new Set(scored.map((r) => shortKey(r.key)))].sort();
  const perKey = keys.map((k) => {
    const bold = scored.filter((r) => shortKey(r.key) === k && r.score >= at(r.fold));
    return { k, n: bold.length, right: bold.filter((r) => r.y === 1).length };
  });
  const fresh = sum(per.filter((p) => FRESH.has(p.f)));
  const rest = sum(per.filter((p) => !FRESH.has(p.f)));
  const all = sum(per);
  // bold-26: how far the folds' wrong rates spread beyond the binomial (0: no more than chance).
  const spread = betweenFoldSpread(per.map((p) => ({ n: p.n, wrong: p.n - p.right })));
  return [
    `    per key: ${perKey.map((p) => `${p.k} ${p.right}/${p.n}`).join('  ')}`,
    `    ${per.map((p) => `${p.f} ${p.right}/${p.n}${p.empty ? ` (${p.empty}u)` : ''}`).join('  ')}`,
    `    pooled ${all.right}/${all.n} (${pct(all)}%, Wilson 90% low ${all.n ? (100 * wilsonLower(all.right, all.n, WILSON_Z90)).toFixed(1) : '-'}%, unanswerable ${all.empty}; folds' spread beyond the binomial, sd ${(100 * Math.sqrt(spread.variance)).toFixed(1)} points); K+L+M ${fresh.right}/${fresh.n} (${pct(fresh)}%); rest ${rest.right}/${rest.n} (${pct(rest)}%); worst fold (n>=20) ${worst ? `${worst.f} ${pct(worst)}%` : '-'}; folds under 90% ${
      per
        .filter((p) => p.n && p.right / p.n < 0.9)
        .map((p) => `${p.f} ${pct(p)}%`)
        .join(', ') || 'none'
    }`,
  ].join('\n');
}

/** A key's name in the tables: the own keys as `own`. */
function shortKey(key: string): string {
  return key.startsWith('questions.own') ? 'own' : key;
}

console.log(`${rows.length} shown short answers of TRAIN, folds ${folds.join(', ')}`);
const shippedScored = testRows.map((r) => ({
  ...r,
  score: sigmoid(weighted(shipped.bold, boldFeatures(r.x as never, r.first))),
}));
console.log(`shipped bold model as it is (in sample), from ${shipped.sure}:`);
console.log(table(shippedScored, () => shipped.sure));

/** --only A|B: only the candidates whose names start so; --wrong C/R: lists C's wrong bold answers under rule R, out of fold. */
const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '').split('|') : undefined;
const wrongChoice = args.includes('--wrong') ? args[args.indexOf('--wrong') + 1] : undefined;
for (const c of candidates.filter((c) => !only || only.some((o) => c.name.startsWith(o)))) {
  const scored: Array<(typeof rows)[number] & { score: number }> = [];
  for (const f of folds) {
    const trainRows = rows.filter((r) => r.fold !== f);
    const beta = fitLogistic(
      trainRows.map((r) => vecOf(r, c.features)),
      trainRows.map((r) => r.y),
      c.lambda,
    );
    for (const r of testRows.filter((r) => r.fold === f))
      scored.push({
        ...r,
        score: sigmoid(vecOf(r, c.features).reduce((s, v, i) => s + v * (beta[i] ?? 0), 0)),
      });
  }
  const items = scored.map((r) => ({ score: r.score, right: r.y === 1, fold: r.fold }));
  // The pooled out-of-fold curve: at each count of bold answers (best scores first), how many are wrong.
  const ranked = [...items].sort((a, b) => b.score - a.score);
  console.log(
    `${c.name}: out-of-fold wrong at bold ${[200, 300, 400, 450, 500, 550, 600, 700]
      .map((k) => `${k}: ${ranked.slice(0, k).filter((i) => !i.right).length}`)
      .join(', ')}`,
  );
  for (const rule of rules) {
    const t = rule.threshold(items);
    console.log(`${c.name} / ${rule.name}: threshold ${t.toFixed(3)}`);
    console.log(table(scored, () => t));
    const nested = new Map(folds.map((f) => [f, rule.threshold(items.filter((i) => i.fold !== f))]));
    console.log(
      `  nested (threshold read on the other folds: ${folds.map((f) => `${f} ${nested.get(f)?.toFixed(3)}`).join(' ')}):`,
    );
    console.log(table(scored, (f) => nested.get(f) ?? 1));
    if (wrongChoice === `${c.name}/${rule.name}`)
      for (const r of scored.filter((r) => r.score >= t && r.y !== 1))
        console.log(
          `  wrong ${r.key} ${r.empty ? 'unanswerable ' : ''}${r.form} ${r.score.toFixed(3)} ${JSON.stringify(r.query)} -> ${JSON.stringify(r.short)}${r.claim ? ` claim m${r.claim.measure} s${r.claim.subject} ${r.claim.from}` : ''}`,
        );
    if (writeChoice === `${c.name}/${rule.name}`) {
      const beta = fitLogistic(
        rows.map((r) => vecOf(r, c.features)),
        rows.map((r) => r.y),
        c.lambda,
      );
      if (c.features.includes(LOGIT))
        throw new Error('the logit candidate is not a bold model over BOLD_FEATURES: choose another');
      // Over BOLD_FEATURES (a feature the candidate does not read weighs 0).
      const bold = Object.fromEntries(
        BOLD_FEATURES.map((k) => [
          k,
          c.features.includes(k) ? Math.round((beta[c.features.indexOf(k)] ?? 0) * 1000) / 1000 : 0,
        ]),
      );
      const file = 'src/answer/weights.json';
      const old = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      writeFileSync(
        file,
        `${JSON.stringify({ ...old, bold, boldShow: Math.round(t * 1000) / 1000 }, null, 2)}\n`,
      );
      console.log(`  written to ${file}: boldShow ${Math.round(t * 1000) / 1000}`);
    }
  }
}
