/**
 * npx tsx bench/verdict-fit.ts [--in /tmp/verdicts.jsonl] [--l2 0.01] [--margin 0] [--out FILE]
 *
 * Fits a multinomial logistic regression that picks a figure's verdict (supported, contradicted,
 * not found) from the features `bench/verdict-dump.ts` dumps, leaving one key out: each key's
 * figures are decided by a model fitted on the other keys. The model chooses only among the
 * verdicts the check could show (`feasibleVerdicts`): supported where the rules said so,
 * contradicted where they did or a value rules the figure out or is in another unit (those shown),
 * not found always. `--margin`:
 * a verdict other than not found must beat not found's probability by this much ("right or
 * silent": unsure, it shows the related figures as not found). Prints, per key, per verdict and
 * kind, the hand-set check's figures right and the model's out of fold (totals only); `--out`
 * writes the model fitted on all keys (then `npx biome check --write` it). Shipped:
 * `--interact --l2 0.01 --margin 0.1 --out src/check/verdict-weights.json`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  decideVerdict,
  feasibleVerdicts,
  VERDICTS,
  verdictProbabilities,
  verdictVector,
} from '../src/check/verdicts.js';
import { args, option } from './options.js';
import type { VerdictRow } from './verdict-dump.js';

const feasible = (r: VerdictRow) => feasibleVerdicts(r.features);

const rows = readFileSync(option('in', '/tmp/verdicts.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as VerdictRow);
const l2 = Number(option('l2', '0.01'));
const margin = Number(option('margin', '0'));
const CLASSES = VERDICTS;
type Class = (typeof CLASSES)[number];
const base = Object.keys(rows.find((r) => r.read)?.features ?? {});
/** `--interact`: each feature also taken apart by the check's own verdict (a weight for each). */
const interact = args.includes('--interact');
const HAND = ['S', 'C', 'N'] as const;
const names = interact ? [...base, ...HAND.flatMap((h) => base.map((n) => `${n}*${h}`))] : base;

interface Model {
  names: string[];
  mean: number[];
  scale: number[];
  /** One row a class: bias, then a weight a feature. */
  weights: number[][];
}
const vector = (r: VerdictRow) => verdictVector(names, r.features);

function fitModel(train: VerdictRow[]): Model {
  const xs = train.map(vector);
  const d = names.length;
  const mean = names.map((_, j) => xs.reduce((s, x) => s + (x[j] ?? 0), 0) / xs.length);
  const scale = names.map((_, j) => {
    const v = xs.reduce((s, x) => s + ((x[j] ?? 0) - (mean[j] ?? 0)) ** 2, 0) / xs.length;
    return v > 0 ? Math.sqrt(v) : 1;
  });
  const zs = xs.map((x) => x.map((v, j) => (v - (mean[j] ?? 0)) / (scale[j] ?? 1)));
  const ys = train.map((r) => CLASSES.indexOf(r.label));
  const masks = train.map((r) => CLASSES.map((c) => feasible(r).includes(c)));
  const w = CLASSES.map(() => new Array<number>(d + 1).fill(0));
  const rate = 0.5;
  for (let epoch = 0; epoch < 400; epoch++) {
    const grad = CLASSES.map(() => new Array<number>(d + 1).fill(0));
    zs.forEach((z, i) => {
      const p = verdictProbabilities(w, z, masks[i] as boolean[]);
      const y = ys[i] as number;
      for (let k = 0; k < CLASSES.length; k++) {
        const g = (p[k] ?? 0) - (k === y ? 1 : 0);
        const row = grad[k] as number[];
        row[0] = (row[0] ?? 0) + g;
        for (let j = 0; j < d; j++) row[j + 1] = (row[j + 1] ?? 0) + g * (z[j] ?? 0);
      }
    });
    for (let k = 0; k < CLASSES.length; k++)
      for (let j = 0; j <= d; j++) {
        const wk = w[k] as number[];
        const reg = j === 0 ? 0 : l2 * (wk[j] ?? 0);
        wk[j] = (wk[j] ?? 0) - rate * (((grad[k] as number[])[j] ?? 0) / zs.length + reg);
      }
  }
  return { names, mean, scale, weights: w };
}

function decide(model: Model, r: VerdictRow): Class {
  return decideVerdict(r.features, { model: { ...model, margin } });
}

/** Whether a verdict the model picks is right as score-drafts scores it. */
function rightAs(r: VerdictRow, verdict: Class): boolean {
  if (!r.read) return false;
  if (verdict === r.verdict) return r.right;
  if (verdict === 'contradicted') return r.contraShown;
  return verdict === r.label;
}

/** Rows a model can learn from: the key's verdict is one the check could show, and right if shown. */
const learnable = (r: VerdictRow) =>
  r.read && feasible(r).includes(r.label) && (r.label !== 'contradicted' || r.contraShown);
const keys = [...new Set(rows.map((r) => r.key))];
const decided = new Map<VerdictRow, Class>();
for (const k of keys) {
  const model = fitModel(rows.filter((r) => r.key !== k && learnable(r)));
  for (const r of rows.filter((x) => x.key === k)) decided.set(r, r.read ? decide(model, r) : 'not found');
}
const line = (label: string, rs: VerdictRow[]) => {
  const hand = rs.filter((r) => r.right).length;
  const fitted = rs.filter((r) => rightAs(r, decided.get(r) as Class)).length;
  console.log(
    `  ${label.padEnd(24)} ${String(hand).padStart(5)} -> ${String(fitted).padStart(5)} of ${rs.length}${fitted < hand ? `  (${fitted - hand})` : ''}`,
  );
};
console.log(`l2 ${l2}, margin ${margin}: hand-set -> fitted (out of fold)`);
for (const k of keys)
  line(
    k,
    rows.filter((r) => r.key === k),
  );
line('all', rows);
for (const [label, test] of [
  ['Supported', (r: VerdictRow) => r.label === 'supported'],
  ['Contradicted (changed)', (r: VerdictRow) => r.label === 'contradicted' && r.kind !== 'confused'],
  ['Contradicted (confused)', (r: VerdictRow) => r.label === 'contradicted' && r.kind === 'confused'],
  ['NotFound', (r: VerdictRow) => r.label === 'not found'],
] as const)
  line(label, rows.filter(test));
const flips = new Map<string, number>();
for (const r of rows) {
  const d = decided.get(r) as Class;
  if (r.read && d !== r.verdict) {
    const key = `${r.verdict} -> ${d} (${rightAs(r, d) ? 'now right' : r.right ? 'was right' : 'both wrong'})`;
    flips.set(key, (flips.get(key) ?? 0) + 1);
  }
}
for (const [k, n] of [...flips].sort()) console.log(`  ${k}: ${n}`);
const out = option('out', '');
if (out) {
  const model = fitModel(rows.filter(learnable));
  writeFileSync(out, `${JSON.stringify({ margin, ...model }, null, 1)}\n`);
  console.log(`model fitted on all ${rows.length} figures -> ${out}`);
}
