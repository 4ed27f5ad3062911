/**
 * npx tsx bench/precision-fit.ts --rows FILE[,FILE] [--public FILE] [--lambda L] [--target P]
 *   [--features all|small] [--write THRESHOLD|auto]
 *
 * Precision-37 (issue 21 §1): the short answer's calibrated decision (`src/answer/precision-gate.ts`).
 * Reads the lines `bench/hedged-dump.ts` writes (every TRAIN question answered end to end with the
 * hedged gate off). The hedged short answers (shown, not bold) are the items: a logistic model of
 * "right" (an unanswerable question's short answer is wrong) over `precisionFeatures`, standardized,
 * L2 `--lambda` (default 0.01) on all but the bias, fitted LEAVING ONE KEY OUT (D, F, S one fold):
 * each key's items are scored by a model fitted on the other keys only. Prints, out of fold, for a
 * ladder of thresholds: shown short answers (bold ones always shown) of answerable questions, right,
 * precision (of answerable; and of all shown, the unanswerable counted wrong), the share of
 * answerable questions shown one; per key and per question form (the key's label) at the chosen
 * threshold against no gate and against the shipped hedged floors (`hedged.json`, in sample for
 * the keys they were read on). The chosen threshold is the lowest whose pooled out-of-fold precision
 * of all shown reaches `--target` (default 0.85). `--public FILE` (the public key's lines,
 * `hedged-dump --public`; never fitted on): how many of its right short answers the model fitted on
 * all rows keeps at each threshold (CI's floor is 26 of 32), and the highest threshold keeping them
 * all. `--write T` writes the model fitted on all rows with threshold T (`auto`: the chosen one held
 * under the public key's limit) to src/answer/precision.json.
 *
 * Precision-37b (issue 21: "a wrong answer in bold is worse than none"): the same out-of-fold scores
 * PROMOTE a hedged short answer to bold from a second threshold. The bold tier is the already-bold
 * answers plus the promoted ones (the unanswerable counted wrong); the promotion threshold is the
 * lowest of the ladder from which that tier, pooled out of fold, is right at least `--bold-target`
 * (default 0.90) at every higher step too. Printed per key and per form, bold before -> after;
 * `--write` stores it as `promote` (`--promote T` sets it by hand).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { type PrecisionRow, precisionFeatures } from '../src/answer/precision-gate.js';
import { sigmoid } from '../src/answer/weights.js';
import { allKeys, optionOf } from './keys.js';

const args = process.argv.slice(2);
const files = optionOf(args, 'rows', '/tmp/p37/rows.jsonl').split(',');
const lambda = Number(optionOf(args, 'lambda', '0.01'));
const target = Number(optionOf(args, 'target', '0.85'));
const which = optionOf(args, 'features', 'all');

interface Row extends PrecisionRow {
  key: string;
  form: string;
  empty: boolean;
  shown: boolean;
  right: boolean;
  sure: boolean;
}
const read = (f: string): Row[] =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row);
const rows = files.flatMap(read);
const fold = (k: string) => (['D', 'F', 'S'].includes(k) ? 'DFS' : k);
const folds = [...new Set(rows.map((r) => fold(r.key)))];
const answerableOf = new Map<string, number>();
for (const q of allKeys())
  if (q.split === 'train' && !q.empty) {
    const k = q.key.startsWith('questions.own') ? 'own' : q.key;
    answerableOf.set(k, (answerableOf.get(k) ?? 0) + 1);
  }
const hedged = (r: Row) => r.shown && !r.sure;
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');

/** The feature names: every name any hedged row has (sorted), or the small set. */
const SMALL = ['bias', 'conf', 'bold'];
const names = [
  ...new Set(
    rows
      .filter(hedged)
      .flatMap((r) => Object.keys(precisionFeatures(r)))
      .filter((n) => which === 'all' || SMALL.includes(n) || n.startsWith('group.')),
  ),
].sort((a, b) => (a === 'bias' ? -1 : b === 'bias' ? 1 : a.localeCompare(b)));

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[p]?.[c] ?? 0)) p = r;
    [m[c], m[p]] = [m[p] ?? [], m[c] ?? []];
    const pivot = m[c]?.[c] ?? 1;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = (m[r]?.[c] ?? 0) / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) (m[r] as number[])[k] = (m[r]?.[k] ?? 0) - f * (m[c]?.[k] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] || 1));
}

/** Logistic regression by Newton steps on standardized features, L2 `lambda` on all but the bias. */
function fitModel(train: readonly Row[]): Record<string, number> {
  const raw = train.map((r) => {
    const f = precisionFeatures(r);
    return names.map((n) => f[n] ?? 0);
  });
  const ys = train.map((r) => (r.right && !r.empty ? 1 : 0));
  const mean = names.map((_, i) => (i === 0 ? 0 : raw.reduce((s, x) => s + (x[i] ?? 0), 0) / raw.length));
  const sd = names.map((_, i) =>
    i === 0
      ? 1
      : Math.sqrt(raw.reduce((s, x) => s + ((x[i] ?? 0) - (mean[i] ?? 0)) ** 2, 0) / raw.length) || 1,
  );
  const xs = raw.map((x) => x.map((v, i) => (i === 0 ? 1 : (v - (mean[i] ?? 0)) / (sd[i] ?? 1))));
  const dims = names.length;
  const beta = new Array<number>(dims).fill(0);
  for (let it = 0; it < 40; it++) {
    const grad = beta.map((b, i) => (i > 0 ? lambda * b : 0));
    const hess = beta.map((_, i) => beta.map((__, j) => (i === j ? (i > 0 ? lambda : 0) + 1e-9 : 0)));
    xs.forEach((x, n) => {
      const p = sigmoid(x.reduce((s, v, i) => s + v * (beta[i] ?? 0), 0));
      const w = p * (1 - p);
      for (let i = 0; i < dims; i++) {
        const xi = x[i] ?? 0;
        if (xi === 0) continue;
        grad[i] = (grad[i] ?? 0) + ((p - (ys[n] ?? 0)) * xi) / xs.length;
        const row = hess[i] as number[];
        for (let j = 0; j < dims; j++) row[j] = (row[j] ?? 0) + (w * xi * (x[j] ?? 0)) / xs.length;
      }
    });
    const step = solve(hess, grad);
    for (let i = 0; i < dims; i++) beta[i] = (beta[i] ?? 0) - (step[i] ?? 0);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  // Back to the raw features: w_i / sd_i, the bias less the means' share.
  const out: Record<string, number> = {};
  let bias = beta[0] ?? 0;
  names.forEach((n, i) => {
    if (i === 0) return;
    const w = (beta[i] ?? 0) / (sd[i] ?? 1);
    bias -= w * (mean[i] ?? 0);
    if (w !== 0) out[n] = Number(w.toPrecision(6));
  });
  return { bias: Number(bias.toPrecision(6)), ...out };
}
const scoreOf = (w: Record<string, number>, r: Row) => {
  const f = precisionFeatures(r);
  let s = 0;
  for (const [k, v] of Object.entries(w)) s += v * (f[k] ?? 0);
  return sigmoid(s);
};

// Out of fold: each fold's hedged rows scored by a model fitted on the other folds.
const oof = new Map<Row, number>();
for (const f of folds) {
  const w = fitModel(rows.filter((r) => hedged(r) && fold(r.key) !== f));
  for (const r of rows) if (hedged(r) && fold(r.key) === f) oof.set(r, scoreOf(w, r));
}
const all = fitModel(rows.filter(hedged));

function tally(rs: readonly Row[], keep: (r: Row) => boolean) {
  const s = rs.filter((r) => r.shown && (r.sure || keep(r)));
  const a = s.filter((r) => !r.empty);
  const right = a.filter((r) => r.right).length;
  const u = s.length - a.length;
  const answerable = [...new Set(rs.map((r) => r.key))].reduce((n, k) => n + (answerableOf.get(k) ?? 0), 0);
  return { shown: a.length, right, u, answerable };
}
type T = ReturnType<typeof tally>;
const fmt = (t: T) =>
  `shown ${t.shown} right ${t.right} (${pct(t.right, t.shown)}; of all shown ${pct(t.right, t.shown + t.u)}) u ${t.u}, shown for ${pct(t.shown, t.answerable)} of ${t.answerable}`;
const at = (t: number) => (r: Row) => (oof.get(r) ?? 1) >= t;
const hedgedRows = rows.filter(hedged);
console.log(
  `${rows.length} rows, ${hedgedRows.length} hedged (${hedgedRows.filter((r) => r.right && !r.empty).length} right), ${rows.filter((r) => r.shown && r.sure).length} bold; ${names.length} features, lambda ${lambda}; folds ${folds.join(',')}`,
);
console.log(`\nno gate: ${fmt(tally(rows, () => true))}`);
const ladder = [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.72, 0.75, 0.78, 0.8, 0.82, 0.85, 0.9];
console.log('out of fold, threshold: pooled');
for (const t of ladder) console.log(`  ${t.toFixed(2)}: ${fmt(tally(rows, at(t)))}`);
const steps = Array.from({ length: 100 }, (_, i) => i / 100);
const chosen =
  steps.find((t) => {
    const x = tally(rows, at(t));
    return x.right / Math.max(1, x.shown + x.u) >= target;
  }) ?? 1;
console.log(`\nchosen out of fold (all shown right >= ${target}): ${chosen.toFixed(2)}`);

let publicLimit = Number.POSITIVE_INFINITY;
if (args.includes('--public')) {
  const pub = read(optionOf(args, 'public', ''));
  const rightShown = pub.filter((r) => r.shown && r.right);
  const scores = rightShown.filter((r) => !r.sure).map((r) => scoreOf(all, r));
  publicLimit = Math.min(...scores);
  console.log(
    `public: ${rightShown.length} right short answers shown with no gate (${rightShown.filter((r) => r.sure).length} bold); the model on all rows scores the right hedged ones ${scores
      .sort((a, b) => a - b)
      .map((s) => s.toFixed(3))
      .join(', ')}`,
  );
  for (const t of ladder)
    console.log(
      `  ${t.toFixed(2)}: right kept ${rightShown.length - scores.filter((s) => s < t).length}, shown ${pub.filter((r) => r.shown && (r.sure || scoreOf(all, r) >= t)).length}`,
    );
}
const shipped = Math.min(chosen, Math.floor((publicLimit - 0.005) * 100) / 100);
const reported = args.includes('--at') ? Number(optionOf(args, 'at', '0')) : shipped;
console.log(
  `\nat ${reported.toFixed(2)} (chosen ${chosen.toFixed(2)}, public limit ${publicLimit.toFixed(3)})`,
);
console.log('per key: no gate -> out of fold');
for (const k of [...new Set(rows.map((r) => r.key))]) {
  const rs = rows.filter((r) => r.key === k);
  console.log(`  ${k.padEnd(4)} ${fmt(tally(rs, () => true))}\n       -> ${fmt(tally(rs, at(reported)))}`);
}
console.log("per form (the key's label): right/shown no gate -> out of fold");
for (const f of [...new Set(rows.map((r) => r.form))].sort()) {
  const rs = rows.filter((r) => r.form === f);
  const a = tally(rs, () => true);
  const b = tally(rs, at(reported));
  console.log(
    `  ${f.padEnd(14)} ${a.right}/${a.shown} (${pct(a.right, a.shown)}) u${a.u} -> ${b.right}/${b.shown} (${pct(b.right, b.shown)}) u${b.u}`,
  );
}
// Precision-37b: promotion to bold, out of fold.
const boldTarget = Number(optionOf(args, 'bold-target', '0.90'));
function boldTally(rs: readonly Row[], t: number) {
  const s = rs.filter((r) => r.shown && (r.sure || (hedged(r) && (oof.get(r) ?? 0) >= t)));
  const right = s.filter((r) => r.right && !r.empty).length;
  const u = s.filter((r) => r.empty).length;
  const promoted = s.filter((r) => !r.sure).length;
  return { shown: s.length, right, u, promoted };
}
const bfmt = (b: ReturnType<typeof boldTally>) =>
  `bold ${b.shown} right ${b.right} (${pct(b.right, b.shown)}) u ${b.u} promoted ${b.promoted}`;
console.log(`\nbold tier (already bold + promoted), out of fold; before: ${bfmt(boldTally(rows, 2))}`);
const promoteSteps = Array.from({ length: 41 }, (_, i) => 0.6 + i / 100);
for (const t of promoteSteps.filter((_, i) => i % 5 === 0))
  console.log(`  promote ${t.toFixed(2)}: ${bfmt(boldTally(rows, t))}`);
const precisionAt = (t: number) => {
  const b = boldTally(rows, t);
  return b.right / Math.max(1, b.shown);
};
const promoteChosen =
  promoteSteps.find((t) => promoteSteps.filter((u) => u >= t).every((u) => precisionAt(u) >= boldTarget)) ??
  2;
const promote = args.includes('--promote') ? Number(optionOf(args, 'promote', '2')) : promoteChosen;
console.log(
  `promote chosen (bold tier right >= ${boldTarget} from here up): ${promoteChosen.toFixed(2)}; reported ${promote.toFixed(2)}`,
);
// Nested: each fold's promotion threshold chosen on the other folds' out-of-fold rows only.
{
  let shown = 0;
  let right = 0;
  const picks: string[] = [];
  for (const f of folds) {
    const others = rows.filter((r) => fold(r.key) !== f);
    const at = (t: number) => {
      const b = boldTally(others, t);
      return b.right / Math.max(1, b.shown);
    };
    const t =
      promoteSteps.find((x) => promoteSteps.filter((u) => u >= x).every((u) => at(u) >= boldTarget)) ?? 2;
    const b = boldTally(
      rows.filter((r) => fold(r.key) === f),
      t,
    );
    shown += b.shown;
    right += b.right;
    picks.push(`${f} ${t.toFixed(2)}`);
  }
  console.log(
    `nested (threshold chosen without the key): bold ${shown} right ${right} (${pct(right, shown)}); ${picks.join(', ')}`,
  );
}
console.log('per key: bold before -> promoted out of fold');
for (const k of [...new Set(rows.map((r) => r.key))]) {
  const rs = rows.filter((r) => r.key === k);
  console.log(`  ${k.padEnd(4)} ${bfmt(boldTally(rs, 2))} -> ${bfmt(boldTally(rs, promote))}`);
}
console.log("per form (the key's label): bold right/shown before -> after");
for (const f of [...new Set(rows.map((r) => r.form))].sort()) {
  const rs = rows.filter((r) => r.form === f);
  const a = boldTally(rs, 2);
  const b = boldTally(rs, promote);
  console.log(
    `  ${f.padEnd(14)} ${a.right}/${a.shown} (${pct(a.right, a.shown)}) -> ${b.right}/${b.shown} (${pct(b.right, b.shown)}) promoted ${b.promoted}`,
  );
}
if (args.includes('--public')) {
  const pub = read(optionOf(args, 'public', ''));
  const pb = pub.filter((r) => r.shown && (r.sure || (hedged(r) && scoreOf(all, r) >= promote)));
  console.log(
    `public (model on all rows): bold ${pub.filter((r) => r.shown && r.sure).length} -> ${pb.length}, right ${pb.filter((r) => r.right && !r.empty).length}`,
  );
}

const top = Object.entries(all)
  .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
  .slice(0, 12);
console.log(`\nweights (all rows), largest: ${top.map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')}`);

if (args.includes('--write')) {
  const w = optionOf(args, 'write', 'auto');
  const threshold = w === 'auto' ? shipped : Number(w);
  const file = 'src/answer/precision.json';
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        about: `precision-37: logistic model of "the hedged short answer is right" over precisionFeatures (precision-gate.ts), fitted on the hedged answers of ${[...new Set(rows.map((r) => r.key))].join(',')} answered end to end (${hedgedRows.length} rows; L2 ${lambda} on standardized features, folded back); threshold ${threshold} (out of fold ${target} reached from ${chosen.toFixed(2)}; the public key's right hedged answers score from ${publicLimit.toFixed(3)}); promote ${promote.toFixed(2)} (precision-37b: a hedged short answer scored from it up is bold; out of fold the bold tier is right >= ${boldTarget} from there up). \`npx tsx bench/hedged-dump.ts --keys ... --out ROWS\`, \`hedged-dump --public --out PUBLIC\`, \`npx tsx bench/precision-fit.ts --rows ROWS --public PUBLIC --lambda ${lambda} --target ${target} --features ${which}${args.includes('--promote') ? ` --promote ${promote}` : ''} --write ${w}\``,
        threshold,
        promote: Number(promote.toFixed(2)),
        weights: all,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`written to ${file} (threshold ${threshold})`);
}
