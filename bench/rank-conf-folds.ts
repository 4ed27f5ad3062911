/**
 * npx tsx bench/rank-conf-folds.ts --traces A.json,B.json --rows ROWS.json --out DIR [--lambda 0.003]
 *   [--alpha 0.5] [--fixed local] [--conf-lambda 0.001] [--show 0.4] [--keep-rank] [--keep-confidence]
 *
 * The whole answer model refitted fold by fold (rank-29, issue 21 §4): for each fold (a TRAIN key;
 * the own keys one fold, D, F and S one), the rank block, the confidence and the bold model with its
 * threshold fitted on the other folds only, written as DIR/weights-without-<fold>.json (a whole
 * weights file), for `bench/eval-answers.ts --weights-folds DIR --form-folds FORMS` to answer each key
 * with the models that never saw it. DIR/weights-all.json: the same fitted on every TRAIN key (the
 * candidate to ship; its boldShow read on the folds' out-of-fold bold scores).
 * - rank: as `bench/rank-forms.ts --models refit --alpha A --write-rank` (rank-28): listwise from the
 *   shipped weights (held by --lambda), the --fixed features at their shipped weights, rescaled to the
 *   shipped ranking's margins (`marginScale`) and A of the way from the shipped weights; on the
 *   fold-form traces of `bench/rank-dump.ts --form-folds`. --keep-rank keeps weights.json's rank.
 * - confidence: the logistic model of fit-answers (`fitConfidence`: unanswerable questions' short
 *   answers counting wrong, L2 --conf-lambda toward 0, the bias free) on ROWS (`bench/fit-answers.ts
 *   --shipped-ranking --form-folds FORMS --rows ROWS --rows-only`, traced with the candidate ranking
 *   in weights.json); `show` stays --show (default weights.json's).
 * - bold: bench/bold-folds.ts's shipped recipe ('all features + first, L2 0.001' on the short answers
 *   the fold's confidence shows; boldShow by 'every fold 90% (n>=10)' read on the other folds'
 *   out-of-fold bold scores, each scored by the model fitted without it: bold-folds.ts's nested figure).
 * The confidence's rows are traced once with the candidate ranking fitted on every key (the rows of
 * the other folds saw the fold's key through the ranking; the fold's own answers never do).
 * --keep-confidence (rank-30): only the rank block is refitted per fold; the confidence, show, bold and
 *   boldShow stay weights.json's (no --rows read): the family member whose calibration never moves.
 * Prints, per fold and in all, the rows' out-of-fold confidence: AUC, short answers shown from `show`
 * and right, and the bold answers (right, unanswerable). Totals only: no item is printed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { LEAD_RANK_FEATURES } from '../src/answer/answerable.js';
import { CONFIDENCE_FEATURES, defaultWeights, sigmoid } from '../src/answer/weights.js';
import { confidenceRows, fitLogistic } from './confidence-fit.js';
import { fitListwiseFast, marginScale, type RankList, thresholdEveryFold } from './rank-fit.js';
import { foldOf } from './rank-trace.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) =>
  args.includes(`--${name}`) ? (args[args.indexOf(`--${name}`) + 1] ?? fallback) : fallback;

interface TRow {
  key: string;
  candidates: Array<{ x: number[]; y: boolean }>;
}
interface Row {
  key: string;
  empty: boolean;
  y: number;
  withheld?: boolean;
  x: Record<string, number>;
  first?: Record<string, number>;
}

const file = JSON.parse(readFileSync('src/answer/weights.json', 'utf8')) as Record<string, unknown> & {
  rank: Record<string, number>;
  show: number;
};
const shipped = defaultWeights();
const lambda = Number(opt('lambda', '0.003'));
const alpha = Number(opt('alpha', '0.5'));
const fixed = new Set(opt('fixed', 'local').split(','));
const confLambda = Number(opt('conf-lambda', '0.001'));
const show = Number(opt('show', String(file.show)));
const keepRank = args.includes('--keep-rank');
const keepConfidence = args.includes('--keep-confidence');
const out = opt('out', '');
if (!out) throw new Error('give --out DIR');
mkdirSync(out, { recursive: true });

const dumps = keepRank
  ? []
  : opt('traces', '')
      .split(',')
      .map((f) => JSON.parse(readFileSync(f, 'utf8')) as { features: string[]; rows: TRow[] });
const features = dumps[0]?.features ?? [];
const traces = dumps.flatMap((d) => d.rows).filter((r) => r.candidates.length > 0);
const shippedRank = features.map((f) => (shipped.rank as Record<string, number>)[f] ?? 0);
const fold = (key: string) => (key === 'own' || key.startsWith('questions.own') ? 'own' : foldOf(key));

/** The rank block refitted on some traces, as rank-forms.ts's `refit` then `blended`. */
function rankOn(train: readonly TRow[]): Record<string, number> {
  if (keepRank) return { ...file.rank };
  const FIX = 1e-3;
  const scale = features.map((f) => (fixed.has(f) ? FIX : 1));
  const lists: RankList[] = train.map((r) => ({
    xs: r.candidates.map((c) => c.x.map((v, i) => v * (scale[i] ?? 1))),
    ys: r.candidates.map((c) => c.y),
  }));
  const theta = fitListwiseFast(
    lists,
    shippedRank.map((v, i) => v / (scale[i] ?? 1)),
    { lambda, converged: 1e-5, steps: 25 },
  ).map((v, i) => v * (scale[i] ?? 1));
  const c = marginScale(
    train.map((r) => ({ xs: r.candidates.map((x) => x.x) })),
    shippedRank,
    theta,
  );
  const blended = shippedRank.map((v, i) => v + alpha * ((theta[i] ?? 0) * c - v));
  return {
    ...file.rank,
    ...Object.fromEntries(features.map((f, i) => [f, Number((blended[i] ?? 0).toFixed(3))])),
  };
}

if (keepConfidence) {
  // Only the rank block per fold; everything else as weights.json ships it.
  const ks = [...new Set(traces.map((r) => fold(r.key)))];
  for (const f of ks)
    writeFileSync(
      `${out}/weights-without-${f}.json`,
      `${JSON.stringify({ ...file, rank: rankOn(traces.filter((r) => fold(r.key) !== f)) }, null, 2)}\n`,
    );
  writeFileSync(`${out}/weights-all.json`, `${JSON.stringify({ ...file, rank: rankOn(traces) }, null, 2)}\n`);
  console.log(
    `wrote ${out}/weights-without-<fold>.json (${ks.length} folds) and weights-all.json (rank only)`,
  );
  process.exit(0);
}

const rows = (JSON.parse(readFileSync(opt('rows', ''), 'utf8')) as Row[]).map((r) => ({
  ...r,
  fold: fold(r.key),
  cx: CONFIDENCE_FEATURES.map((k) => r.x[k] ?? 0),
  bx: [...CONFIDENCE_FEATURES.map((k) => r.x[k] ?? 0), ...LEAD_RANK_FEATURES.map((k) => r.first?.[k] ?? 0)],
}));
type R = (typeof rows)[number];
const BOLD_NAMES = [...CONFIDENCE_FEATURES, ...LEAD_RANK_FEATURES.map((k) => `first.${k}`)];

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * (b[i] ?? 0), 0);
const confidenceOn = (train: readonly R[]) =>
  fitLogistic(
    confidenceRows(
      train.map((r) => ({ x: r.cx, empty: r.empty, right: r.y === 1 })),
      1,
    ),
    CONFIDENCE_FEATURES.length,
    { lambda: confLambda },
  );
/** bold-folds.ts's recipe: L2 0.001 on all but the bias, on the short answers shown. */
const boldOn = (train: readonly R[]) =>
  fitLogistic(
    train.map((r) => ({ x: r.bx, y: r.y })),
    BOLD_NAMES.length,
    { lambda: 0.001 },
  );
const shownBy = (beta: readonly number[]) => (r: R) => !r.withheld && sigmoid(dot(r.cx, beta)) >= show;
const folds = [...new Set([...rows.map((r) => r.fold), ...traces.map((r) => fold(r.key))])];

const auc = (xs: ReadonlyArray<{ p: number; y: number }>) => {
  const sorted = [...xs].sort((a, b) => a.p - b.p);
  let rankSum = 0;
  let pos = 0;
  sorted.forEach((x, i) => {
    if (x.y === 1) {
      rankSum += i + 1;
      pos++;
    }
  });
  const neg = sorted.length - pos;
  return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : 0;
};

const write = (
  name: string,
  rank: Record<string, number>,
  conf: number[],
  bold: number[],
  boldShow: number,
) => {
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const w = {
    ...file,
    rank,
    confidence: Object.fromEntries(CONFIDENCE_FEATURES.map((k, i) => [k, round(conf[i] ?? 0)])),
    show,
    bold: Object.fromEntries(BOLD_NAMES.map((k, i) => [k, round(bold[i] ?? 0)])),
    boldShow: round(boldShow),
  };
  writeFileSync(`${out}/${name}.json`, `${JSON.stringify(w, null, 2)}\n`);
};

// The confidence out of fold first (cheap): short answers shown and right from each threshold up, the
// refit against the shipped confidence on the same rows, to read `show` by (--show-curve, then stop).
{
  const oofP = new Map<R, number>();
  for (const f of folds) {
    const conf = confidenceOn(rows.filter((r) => r.fold !== f));
    for (const r of rows.filter((r) => r.fold === f)) oofP.set(r, sigmoid(dot(r.cx, conf)));
  }
  const shippedP = (r: R) =>
    sigmoid(
      dot(
        r.cx,
        CONFIDENCE_FEATURES.map((k) => shipped.confidence[k]),
      ),
    );
  const at = (p: (r: R) => number, t: number) => {
    const on = rows.filter((r) => !r.withheld && p(r) >= t);
    const right = on.filter((r) => r.y === 1).length;
    const shownN = on.filter((r) => !r.empty).length;
    const empty = on.filter((r) => r.empty).length;
    return `${t.toFixed(3)}: right ${right} / shown ${shownN} (${((100 * right) / Math.max(1, shownN)).toFixed(1)}%), unanswerable shown ${empty}`;
  };
  console.log(`shipped confidence ${at(shippedP, shipped.show)}`);
  for (const t of [0.25, 0.275, 0.3, 0.325, 0.35, 0.375, 0.4, 0.45])
    console.log(`refit out of fold ${at((r) => oofP.get(r) ?? 0, t)}`);
  if (args.includes('--show-curve')) process.exit(0);
}

const tally = {
  p: [] as Array<{ p: number; y: number }>,
  shown: 0,
  right: 0,
  n: 0,
  bold: 0,
  boldRight: 0,
  boldEmpty: 0,
};
const oldTally = { shown: 0, right: 0, bold: 0, boldRight: 0, boldEmpty: 0 };
const oofBold: Array<{ score: number; right: boolean; fold: string }> = [];
// Each fold's models, fitted without it; its short answers' out-of-fold bold scores.
const fitted = new Map<string, { rank: Record<string, number>; conf: number[]; bold: number[] }>();
for (const f of folds) {
  const trainRows = rows.filter((r) => r.fold !== f);
  const conf = confidenceOn(trainRows);
  const bold = boldOn(trainRows.filter(shownBy(conf)));
  fitted.set(f, { rank: rankOn(traces.filter((r) => fold(r.key) !== f)), conf, bold });
  for (const r of rows.filter((r) => r.fold === f && shownBy(conf)(r)))
    oofBold.push({ score: sigmoid(dot(r.bx, bold)), right: r.y === 1, fold: f });
}
for (const f of folds) {
  const test = rows.filter((r) => r.fold === f);
  const { rank, conf, bold } = fitted.get(f) ?? { rank: {}, conf: [], bold: [] };
  const shown = shownBy(conf);
  // The threshold read on the other folds' out-of-fold scores only (bold-folds.ts's nested figure).
  const boldShow = thresholdEveryFold(
    oofBold.filter((it) => it.fold !== f),
    0.9,
    10,
  );
  write(`weights-without-${f}`, rank, conf, bold, boldShow);
  let line = { shown: 0, right: 0, bold: 0, boldRight: 0, boldEmpty: 0 };
  for (const r of test) {
    const p = sigmoid(dot(r.cx, conf));
    if (!r.empty) tally.p.push({ p, y: r.y });
    if (!shown(r)) continue;
    const b = sigmoid(dot(r.bx, bold));
    line = {
      shown: line.shown + (r.empty ? 0 : 1),
      right: line.right + r.y,
      bold: line.bold + (b >= boldShow && !r.empty ? 1 : 0),
      boldRight: line.boldRight + (b >= boldShow ? r.y : 0),
      boldEmpty: line.boldEmpty + (b >= boldShow && r.empty ? 1 : 0),
    };
  }
  // The shipped confidence and bold model on the same rows (in sample for the keys they saw).
  const old = { shown: 0, right: 0, bold: 0, boldRight: 0, boldEmpty: 0 };
  for (const r of test) {
    if (
      r.withheld ||
      sigmoid(
        dot(
          r.cx,
          CONFIDENCE_FEATURES.map((k) => shipped.confidence[k]),
        ),
      ) < shipped.show
    )
      continue;
    const b = sigmoid(
      dot(
        r.bx,
        BOLD_NAMES.map((k) => (shipped.bold as Record<string, number>)[k] ?? 0),
      ),
    );
    old.shown += r.empty ? 0 : 1;
    old.right += r.y;
    old.bold += b >= shipped.sure && !r.empty ? 1 : 0;
    old.boldRight += b >= shipped.sure ? r.y : 0;
    old.boldEmpty += b >= shipped.sure && r.empty ? 1 : 0;
  }
  for (const k of Object.keys(old) as Array<keyof typeof old>) oldTally[k] += old[k];
  tally.shown += line.shown;
  tally.right += line.right;
  tally.bold += line.bold;
  tally.boldRight += line.boldRight;
  tally.boldEmpty += line.boldEmpty;
  tally.n += test.filter((r) => !r.empty).length;
  console.log(
    `${f.padEnd(4)} rows ${test.length}: shipped short right ${old.right} / shown ${old.shown}, bold ${old.boldRight}/${old.bold} (+${old.boldEmpty} unanswerable) | refit short right ${line.right} / shown ${line.shown}, bold ${line.boldRight}/${line.bold} (+${line.boldEmpty} unanswerable) at ${boldShow.toFixed(3)}`,
  );
}
console.log(
  `all: shipped short right ${oldTally.right} / shown ${oldTally.shown}, bold ${oldTally.boldRight}/${oldTally.bold} (+${oldTally.boldEmpty}) | refit out of fold: AUC ${auc(tally.p).toFixed(3)}, short right ${tally.right} / shown ${tally.shown} of ${tally.n} answerable rows, bold ${tally.boldRight}/${tally.bold} (+${tally.boldEmpty} unanswerable)`,
);
// On every TRAIN key: the candidate to ship, boldShow read on the folds' out-of-fold bold scores.
const conf = confidenceOn(rows);
const shown = shownBy(conf);
const boldShow = thresholdEveryFold(oofBold, 0.9, 10);
write('weights-all', rankOn(traces), conf, boldOn(rows.filter(shown)), boldShow);
console.log(
  `wrote ${out}/weights-without-<fold>.json (${folds.length} folds) and weights-all.json (boldShow ${boldShow.toFixed(3)})`,
);
