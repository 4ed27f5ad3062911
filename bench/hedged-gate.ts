/**
 * npx tsx bench/hedged-gate.ts --rows FILE [--new AA,AB,AC,AD,AE] [--causes] [--wrong KEY]
 *
 * Bold-35 (issue 21 §1): the hedged tier ("Likely: ...", shown from `show` up and not bold) out of
 * fold. Reads the rows `bench/fit-answers.ts --shipped-ranking --rows FILE --rows-only` writes (as
 * bench/bold-carry.ts does) and prints per key and pooled: shown, right, bold (right), hedged (right),
 * unanswerable questions given a short answer, for the shipped gate and for each candidate gate, every
 * candidate's model fitted leaving one key out (D, F, S one fold) and its threshold read on the other
 * folds only (nested). A candidate either vetoes a hedged answer (shown by the shipped confidence)
 * whose score is under its threshold, or replaces the confidence gate; the threshold maximizes right
 * shown less `cost` times wrong shown on the other folds (an unanswerable question's answer is wrong).
 * - `--causes`: the wrong hedged answers by where they come from (unanswerable; the first fact wrong;
 *   the first fact right and the span wrong, by the kind asked and the question's form), per group of keys.
 * - `--wrong KEY`: each wrong hedged answer of that key, with its scores.
 */
import { readFileSync } from 'node:fs';
import { LEAD_RANK_FEATURES } from '../src/answer/answerable.js';
import { CONFIDENCE_FEATURES, defaultWeights, sigmoid, weighted } from '../src/answer/weights.js';
import { auc, foldKeyOf, rowsFileArg, SHARED_FOLDS, type TraceRow } from './bold-rules.js';
import { fitLogistic } from './confidence-fit.js';
import { bestNetThreshold, floorAt, type GateItem } from './hedged-rules.js';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const rowsFile = rowsFileArg(args);

const shipped = defaultWeights();
const keyOf = foldKeyOf;
const FIRST = LEAD_RANK_FEATURES.map((f) => `first.${f}`);
const boldInput = (r: TraceRow) => ({
  ...r.x,
  ...Object.fromEntries(LEAD_RANK_FEATURES.map((f) => [`first.${f}`, r.first?.[f] ?? 0])),
});
const all = (JSON.parse(readFileSync(rowsFile, 'utf8')) as TraceRow[])
  .filter((r) => !r.withheld)
  .map((r) => {
    const key = keyOf(r.key);
    const conf = sigmoid(weighted(shipped.confidence, r.x));
    const bold = sigmoid(weighted(shipped.bold, boldInput(r)));
    return {
      ...r,
      key,
      fold: SHARED_FOLDS[key] ?? key,
      right: !r.empty && r.y === 1,
      conf,
      bold,
      shown: conf >= shipped.show,
      sure: conf >= shipped.show && bold >= shipped.sure,
    };
  });
type R = (typeof all)[number];
const keys = [...new Set(all.map((r) => r.key))];
const folds = [...new Set(all.map((r) => r.fold))];
const NEW = new Set((opt('--new') ?? 'AA,AB,AC,AD,AE').split(','));
const pct = (r: number, n: number) => (n ? `${((100 * r) / n).toFixed(1)}%` : '-');

/** Tallies a decision (shown or not) over rows: shown, right, bold (right), unanswerable shown. */
function tally(rs: readonly R[], show: (r: R) => boolean) {
  const s = rs.filter(show);
  const b = s.filter((r) => r.sure);
  return {
    shown: s.length,
    right: s.filter((r) => r.right).length,
    bold: b.length,
    boldRight: b.filter((r) => r.right).length,
    hedged: s.length - b.length,
    hedgedRight: s.filter((r) => !r.sure && r.right).length,
    unanswerable: s.filter((r) => r.empty).length,
  };
}
const fmt = (t: ReturnType<typeof tally>) =>
  `shown ${t.shown} right ${t.right} (${pct(t.right, t.shown)}), bold ${t.bold} (${t.boldRight}), hedged ${t.hedgedRight}/${t.hedged} (${pct(t.hedgedRight, t.hedged)}), u ${t.unanswerable}`;
const answerable = (k?: string) => {
  // Questions a key holds (answerable) are not in rows when no short answer was traced; count what rows give.
  const rs = all.filter((r) => !k || r.key === k);
  return rs.filter((r) => !r.empty).length;
};

function report(label: string, show: (r: R) => boolean): void {
  console.log(`\n${label}`);
  console.log(`  pooled: ${fmt(tally(all, show))}`);
  const fresh = all.filter((r) => NEW.has(r.key));
  console.log(`  --new (${[...NEW].join(',')}): ${fmt(tally(fresh, show))}`);
  const older = all.filter((r) => !NEW.has(r.key));
  console.log(`  older: ${fmt(tally(older, show))}`);
  console.log(
    `  ${keys
      .map((k) => {
        const t = tally(
          all.filter((r) => r.key === k),
          show,
        );
        return `${k} ${t.right}/${t.shown} h${t.hedgedRight}/${t.hedged} u${t.unanswerable}`;
      })
      .join('  ')}`,
  );
}

console.log(
  `${all.length} traced short answers not withheld (${answerable()} of answerable questions), the shipped confidence shows ${all.filter((r) => r.shown).length}`,
);
report('shipped: confidence >= show (hedged), bold model >= boldShow (bold)', (r) => r.shown);

if (args.includes('--causes')) {
  const GROUPS: Readonly<Record<string, readonly string[]>> = {
    'own-N': ['own', 'A', 'B', 'C', 'D', 'F', 'G', 'H', 'S', 'I', 'J', 'K', 'L', 'M', 'N'],
    'P-Z': ['P', 'Q', 'R', 'U', 'V', 'W', 'X', 'Y', 'Z'],
    'AA-AE': ['AA', 'AB', 'AC', 'AD', 'AE'],
  };
  const KINDS = ['figure', 'name', 'time', 'place', 'reason', 'clause', 'count', 'percent', 'duration'];
  const kindOf = (r: R) => KINDS.filter((k) => (r.x[k] ?? 0) > 0).join('+') || 'none';
  for (const [g, ks] of Object.entries(GROUPS)) {
    const h = all.filter((r) => ks.includes(r.key) && r.shown && !r.sure);
    const wrong = h.filter((r) => !r.right);
    const un = wrong.filter((r) => r.empty);
    const firstWrong = wrong.filter((r) => !r.empty && (r.rank ?? -1) !== 0);
    const spanWrong = wrong.filter((r) => !r.empty && r.rank === 0);
    const by = (rs: readonly R[], f: (r: R) => string) => {
      const m = new Map<string, number>();
      for (const r of rs) m.set(f(r), (m.get(f(r)) ?? 0) + 1);
      return [...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
    };
    console.log(
      `\n${g}: hedged ${h.length}, wrong ${wrong.length}: unanswerable ${un.length}; first fact wrong ${firstWrong.length} (not in the candidates ${firstWrong.filter((r) => (r.rank ?? -1) === -1).length}, lower ${firstWrong.filter((r) => (r.rank ?? -1) > 0).length}); first fact right, span wrong ${spanWrong.length}`,
    );
    console.log(`  span wrong by kind read: ${by(spanWrong, kindOf)}`);
    console.log(`  span wrong by form: ${by(spanWrong, (r) => r.form ?? '-')}`);
    console.log(`  first fact wrong by form: ${by(firstWrong, (r) => r.form ?? '-')}`);
    console.log(
      `  right hedged by form: ${by(
        h.filter((r) => r.right),
        (r) => r.form ?? '-',
      )}`,
    );
  }
}

const CONF = CONFIDENCE_FEATURES.filter((f) => f !== 'bias') as string[];
const value = (r: R, k: string): number =>
  k === 'boldLogit'
    ? weighted(shipped.bold, boldInput(r))
    : k === 'logit'
      ? weighted(shipped.confidence, r.x)
      : k.startsWith('first.')
        ? (r.first?.[k.slice(6)] ?? 0)
        : (r.x[k] ?? 0);

/** A standardized logistic model of "right" fitted on `train`, scoring `test`. */
function fitScore(
  features: readonly string[],
  lambda: number,
  train: readonly R[],
  test: readonly R[],
): number[] {
  const mean = features.map((k) => train.reduce((s, r) => s + value(r, k), 0) / train.length);
  const sd = features.map(
    (k, i) =>
      Math.sqrt(train.reduce((s, r) => s + (value(r, k) - (mean[i] ?? 0)) ** 2, 0) / train.length) || 1,
  );
  const vec = (r: R) => [1, ...features.map((k, i) => (value(r, k) - (mean[i] ?? 0)) / (sd[i] ?? 1))];
  const beta = fitLogistic(
    train.map((r) => ({ x: vec(r), y: r.right ? 1 : 0 })),
    features.length + 1,
    { lambda },
  );
  return test.map((r) => sigmoid(vec(r).reduce((s, v, i) => s + v * (beta[i] ?? 0), 0)));
}

interface Gate {
  name: string;
  /** Out-of-fold score of each row (the shipped model's, or one fitted without the row's fold). */
  score: (rows: readonly R[]) => Map<R, number>;
  /** veto: a hedged answer the confidence shows is hidden under the threshold; replace: shown from the threshold up, whatever the confidence. */
  mode: 'veto' | 'replace';
}
const shippedScore = (read: (r: R) => number) => (rows: readonly R[]) =>
  new Map(rows.map((r) => [r, read(r)]));
const refitScore =
  (features: readonly string[], lambda: number, on: (r: R) => boolean) => (rows: readonly R[]) => {
    const out = new Map<R, number>();
    for (const f of folds) {
      const test = rows.filter((r) => r.fold === f);
      const s = fitScore(
        features,
        lambda,
        rows.filter((r) => r.fold !== f && on(r)),
        test,
      );
      test.forEach((r, i) => {
        out.set(r, s[i] ?? 0);
      });
    }
    return out;
  };
const GATES: Gate[] = [
  { name: 'shipped bold model (fitted through V), veto', score: shippedScore((r) => r.bold), mode: 'veto' },
  { name: 'shipped bold model, replace', score: shippedScore((r) => r.bold), mode: 'replace' },
  {
    name: 'bold recipe (conf + first) refitted on shown, veto',
    score: refitScore([...CONF, ...FIRST], 0.01, (r) => r.shown),
    mode: 'veto',
  },
  {
    name: 'bold recipe refitted on all short answers, replace',
    score: refitScore([...CONF, ...FIRST], 0.01, () => true),
    mode: 'replace',
  },
  {
    name: 'confidence refitted on all short answers, replace',
    score: refitScore(CONF, 0.01, () => true),
    mode: 'replace',
  },
  {
    name: 'confidence refitted on all short answers, veto',
    score: refitScore(CONF, 0.01, (r) => r.shown),
    mode: 'veto',
  },
];
const only = opt('--only');
// --floors R1,R2: each veto gate's floor, the highest score under which the other folds' hedged
// answers are right at most R of the time (10 hidden or more), read nested.
const floors = (opt('--floors') ?? '0.1').split(',').map(Number);
for (const g of GATES.filter((g) => g.mode === 'veto' && (!only || g.name.startsWith(only)))) {
  const scores = g.score(all);
  const s = (r: R) => scores.get(r) ?? 0;
  for (const maxRight of floors) {
    const at = new Map<string, number>();
    for (const f of folds)
      at.set(
        f,
        floorAt(
          all.filter((r) => r.fold !== f && r.shown && !r.sure).map((r) => ({ score: s(r), right: r.right })),
          maxRight,
        ),
      );
    const show = (r: R) => r.shown && (r.sure || s(r) >= (at.get(r.fold) ?? 0));
    report(
      `floor: ${g.name}, hidden right at most ${maxRight} (nested floors ${Math.min(...at.values()).toFixed(3)}-${Math.max(...at.values()).toFixed(3)}; on all folds ${floorAt(
        all.filter((r) => r.shown && !r.sure).map((r) => ({ score: s(r), right: r.right })),
        maxRight,
      ).toFixed(3)})`,
      show,
    );
    const wk = opt('--wrong');
    if (wk)
      for (const r of all.filter((r) => (wk === 'all' || r.key === wk) && r.shown && !show(r)))
        console.log(
          `    hidden ${r.key} ${r.right ? 'right' : r.empty ? 'unans' : 'wrong'} conf ${r.conf.toFixed(3)} score ${s(r).toFixed(3)} ${r.form} ${JSON.stringify(r.query)} -> ${JSON.stringify(r.short)}`,
        );
  }
}
const costs = (opt('--costs') ?? '').split(',').filter(Boolean).map(Number);
for (const g of GATES.filter((g) => !only || g.name.startsWith(only))) {
  const scores = g.score(all);
  const pool = g.mode === 'veto' ? all.filter((r) => r.shown) : all;
  const s = (r: R) => scores.get(r) ?? 0;
  console.log(
    `\n== ${g.name}: AUC over the shipped shown ${auc(all.filter((r) => r.shown).map((r) => ({ s: s(r), y: r.right ? 1 : 0 }))).toFixed(3)}, --new ${auc(all.filter((r) => r.shown && NEW.has(r.key)).map((r) => ({ s: s(r), y: r.right ? 1 : 0 }))).toFixed(3)}`,
  );
  for (const cost of costs) {
    const at = new Map<string, number>();
    for (const f of folds) {
      // The bold answers stay bold whatever the gate: only the hedged ones are read by it.
      const items: GateItem[] = pool
        .filter((r) => r.fold !== f && !r.sure)
        .map((r) => ({ score: s(r), right: r.right }));
      at.set(f, bestNetThreshold(items, cost));
    }
    const show = (r: R) => r.sure || ((g.mode === 'replace' || r.shown) && s(r) >= (at.get(r.fold) ?? 1));
    report(
      `${g.name}, cost ${cost} (nested thresholds ${Math.min(...at.values()).toFixed(3)}-${Math.max(...at.values()).toFixed(3)}; on all folds ${bestNetThreshold(
        pool.filter((r) => !r.sure).map((r) => ({ score: s(r), right: r.right })),
        cost,
      ).toFixed(3)})`,
      show,
    );
    const wk = opt('--wrong');
    if (wk && wk !== 'all' && cost === costs[0])
      for (const r of all.filter((r) => r.key === wk && r.shown && !r.sure))
        console.log(
          `    ${show(r) ? 'kept  ' : 'hidden'} ${r.right ? 'right' : r.empty ? 'unans' : 'wrong'} conf ${r.conf.toFixed(3)} score ${s(r).toFixed(3)} ${r.form} ${JSON.stringify(r.query)} -> ${JSON.stringify(r.short)}`,
        );
  }
}
