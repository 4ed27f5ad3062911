/**
 * npx tsx bench/rank-forms.ts --traces A.json,B.json [--models shipped,refit,groups] [--lambda 0.01]
 *   [--group-lambda 1] [--fixed localNear,noSpanStrict,local] [--per-key] [--write FILE]
 *
 * The answer's ranking refitted, and per question-type corrections (issue 21, rank-28), scored leaving
 * one key out (D, F and S together) on traces of bench/rank-dump.ts `--form-folds DIR` (each key read
 * with the question-form model fitted without it, what a fresh key sees; questions of no type ranked
 * as questions traced too, `wants` '-'). Models:
 * - shipped: weights.json's `rank` as it ships;
 * - refit: the rank block refitted listwise from the shipped weights (held to them by --lambda), the
 *   `--fixed` features kept at their shipped weights (hand-set: localNear is the public gate's limit);
 * - groups: the shipped weights plus, for each group of question types (`RANK_GROUPS`,
 *   bench/rank-groups.ts), a correction fitted on that group's questions alone, held to 0 by --group-lambda
 *   (hierarchical: each group's weights shrink toward the shared ones);
 * - refit+groups: the corrections on top of the refitted block;
 * - trees, refit+trees: boosted regression trees (`--trees`, `--depth`, `--rate`, `--leaf-l2`,
 *   `--min-leaf`) over the features and the group on top of the shipped or refitted block.
 * --alpha A: the refit rescaled to the shipped margins (`marginScale`), A of the way from the shipped
 * weights. --write-rank FILE: that refit on every TRAIN key written as FILE's `rank` (a weights.json).
 * Prints first and top 3 of the traced answerable questions per fold (--per-key) and in all, and for
 * the transfer keys (all but --reading, default W,V). --write FILE writes the corrections fitted on
 * every TRAIN key (the `groups` model), for study (the engine loads none). Totals only: no item is
 * printed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { defaultWeights } from '../src/answer/weights.js';
import { fitListwiseFast as fitListwise, marginScale, type RankList } from './rank-fit.js';
import { groupOf, RANK_GROUPS } from './rank-groups.js';
import { foldOf, placesCounted } from './rank-trace.js';

interface TRow {
  key: string;
  index: number;
  form: string;
  wants?: string;
  candidates: Array<{ x: number[]; y: boolean; article: string }>;
}
interface TDump {
  features: string[];
  rows: TRow[];
}

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) =>
  args.includes(`--${name}`) ? (args[args.indexOf(`--${name}`) + 1] ?? fallback) : fallback;
const dumps = opt('traces', '.cache/rank-traces.json')
  .split(',')
  .map((f) => JSON.parse(readFileSync(f, 'utf8')) as TDump);
const features = dumps[0]?.features ?? [];
for (const d of dumps)
  if (d.features.join() !== features.join()) throw new Error('the traces were dumped over other features');
const rows = dumps.flatMap((d) => d.rows).filter((r) => r.candidates.length > 0);
const lambda = Number(opt('lambda', '0.01'));
const groupLambda = Number(opt('group-lambda', '1'));
const fixed = new Set(opt('fixed', 'localNear,noSpanStrict,local,bridge').split(','));
const reading = new Set(opt('reading', 'W,V').split(','));
const models = opt('models', 'shipped,refit,groups,refit+groups').split(',');
const shipped = features.map((f) => (defaultWeights().rank as Record<string, number>)[f] ?? 0);

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * (b[i] ?? 0), 0);
/** A weight held at its start: its column scaled down, so the L2 pull on it is 1/FIX² as strong. */
const FIX = 1e-3;

/** The block refitted from `start` on some rows, the fixed features held where they start. */
function refit(train: readonly TRow[], start: readonly number[], l: number): number[] {
  const scale = features.map((f) => (fixed.has(f) ? FIX : 1));
  const lists: RankList[] = train.map((r) => ({
    xs: r.candidates.map((c) => c.x.map((v, i) => v * (scale[i] ?? 1))),
    ys: r.candidates.map((c) => c.y),
  }));
  const theta = fitListwise(
    lists,
    start.map((v, i) => v / (scale[i] ?? 1)),
    { lambda: l, converged: 1e-5, steps: 25 },
  );
  return theta.map((v, i) => v * (scale[i] ?? 1));
}

/** Each group's correction on top of `base`: the group's rows fitted from `base`, held to it by `l`. */
function groupCorrections(train: readonly TRow[], base: readonly number[], l: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const g of RANK_GROUPS) {
    const mine = train.filter((r) => groupOf(r.wants) === g.name);
    if (mine.length === 0) continue;
    const theta = refit(mine, base, l);
    out.set(
      g.name,
      theta.map((v, i) => v - (base[i] ?? 0)),
    );
  }
  return out;
}

/** The place (0 first) of the first candidate holding the answer under θ (and trees), -1 when none does. */
function place(r: TRow, theta: readonly number[], trees: readonly Tree[] = []): number {
  const g = groupIndex(r);
  const scores = r.candidates.map(
    (c) => dot(c.x, theta) + trees.reduce((s, t) => s + treeValue(t, c.x, g), 0),
  );
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  return order.findIndex((i) => r.candidates[i]?.y);
}

/** A regression tree over the features (and the group, as index `features.length`): a leaf, or a split. */
export type Tree = { leaf: number } | { f: number; t: number; lo: Tree; hi: Tree };
const treeDepth = Number(opt('depth', '2'));
const treeCount = Number(opt('trees', '60'));
const treeRate = Number(opt('rate', '0.1'));
const leafL2 = Number(opt('leaf-l2', '20'));
const minLeaf = Number(opt('min-leaf', '30'));
const groupIndex = (r: TRow) => RANK_GROUPS.findIndex((g) => g.name === groupOf(r.wants));
const featureOf = (x: readonly number[], group: number, f: number) =>
  f < features.length ? (x[f] ?? 0) : f - features.length === group ? 1 : 0;
export function treeValue(tree: Tree, x: readonly number[], group: number): number {
  let t = tree;
  while (!('leaf' in t)) t = featureOf(x, group, t.f) <= t.t ? t.lo : t.hi;
  return t.leaf;
}
/**
 * Boosted trees on top of a linear base (Newton steps on the listwise softmax loss, each question
 * weighing 1): the trees' sum, `rate` a tree, corrects the base's score.
 */
function boost(train: readonly TRow[], base: readonly number[]): Tree[] {
  const used = train.filter((r) => r.candidates.some((c) => c.y) && !r.candidates.every((c) => c.y));
  const dims = features.length + RANK_GROUPS.length;
  // Candidates flattened: their features (and group one-hot), their row, their label.
  const xs: number[][] = [];
  const rowOf: number[] = [];
  const ys: boolean[] = [];
  const score: number[] = [];
  used.forEach((r, k) => {
    const g = groupIndex(r);
    for (const c of r.candidates) {
      xs.push(Array.from({ length: dims }, (_, f) => featureOf(c.x, g, f)));
      rowOf.push(k);
      ys.push(c.y);
      score.push(dot(c.x, base));
    }
  });
  // Thresholds: each feature's quantiles (at most 15 cuts).
  const cuts = Array.from({ length: dims }, (_, f) => {
    const vals = xs.map((x) => x[f] ?? 0).sort((a, b) => a - b);
    const out = new Set<number>();
    for (let q = 1; q < 16; q++) out.add(vals[Math.floor((q * vals.length) / 16)] ?? 0);
    return [...out].filter((v) => v < (vals[vals.length - 1] ?? 0));
  });
  const trees: Tree[] = [];
  const n = xs.length;
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  for (let t = 0; t < treeCount; t++) {
    // Gradients of each row's −log(answer share), over the row's count.
    let start = 0;
    while (start < n) {
      let end = start;
      while (end < n && rowOf[end] === rowOf[start]) end++;
      let top = Number.NEGATIVE_INFINITY;
      for (let i = start; i < end; i++) top = Math.max(top, score[i] ?? 0);
      let total = 0;
      let onAnswer = 0;
      for (let i = start; i < end; i++) {
        const e = Math.exp((score[i] ?? 0) - top);
        total += e;
        if (ys[i]) onAnswer += e;
      }
      for (let i = start; i < end; i++) {
        const p = Math.exp((score[i] ?? 0) - top) / total;
        const q = ys[i] ? Math.exp((score[i] ?? 0) - top) / onAnswer : 0;
        grad[i] = (p - q) / used.length;
        hess[i] = Math.max(p * (1 - p), 1e-6) / used.length;
      }
      start = end;
    }
    const scaleL2 = leafL2 / used.length;
    const grow = (members: number[], depth: number): Tree => {
      let G = 0;
      let H = 0;
      for (const i of members) {
        G += grad[i] ?? 0;
        H += hess[i] ?? 0;
      }
      const leaf = { leaf: (-G / (H + scaleL2)) * treeRate };
      if (depth >= treeDepth || members.length < 2 * minLeaf) return leaf;
      const here = (G * G) / (H + scaleL2);
      let best = { gain: 0, f: -1, t: 0 };
      for (let f = 0; f < dims; f++) {
        const cs = cuts[f] ?? [];
        if (cs.length === 0) continue;
        const gs = new Float64Array(cs.length + 1);
        const hs = new Float64Array(cs.length + 1);
        const ns = new Int32Array(cs.length + 1);
        for (const i of members) {
          const v = xs[i]?.[f] ?? 0;
          let b = 0;
          while (b < cs.length && v > (cs[b] ?? 0)) b++;
          gs[b] = (gs[b] ?? 0) + (grad[i] ?? 0);
          hs[b] = (hs[b] ?? 0) + (hess[i] ?? 0);
          ns[b] = (ns[b] ?? 0) + 1;
        }
        let gl = 0;
        let hl = 0;
        let nl = 0;
        for (let b = 0; b < cs.length; b++) {
          gl += gs[b] ?? 0;
          hl += hs[b] ?? 0;
          nl += ns[b] ?? 0;
          if (nl < minLeaf || members.length - nl < minLeaf) continue;
          const gain = (gl * gl) / (hl + scaleL2) + ((G - gl) * (G - gl)) / (H - hl + scaleL2) - here;
          if (gain > best.gain) best = { gain, f, t: cs[b] ?? 0 };
        }
      }
      if (best.f < 0) return leaf;
      const lo = members.filter((i) => (xs[i]?.[best.f] ?? 0) <= best.t);
      const hi = members.filter((i) => (xs[i]?.[best.f] ?? 0) > best.t);
      return { f: best.f, t: best.t, lo: grow(lo, depth + 1), hi: grow(hi, depth + 1) };
    };
    const tree = grow(
      Array.from({ length: n }, (_, i) => i),
      0,
    );
    trees.push(tree);
    for (let i = 0; i < n; i++) {
      let node = tree;
      while (!('leaf' in node)) node = (xs[i]?.[node.f] ?? 0) <= node.t ? node.lo : node.hi;
      score[i] = (score[i] ?? 0) + node.leaf;
    }
  }
  return trees;
}

const alpha = Number(opt('alpha', '1'));
/**
 * A refit on the shipped ranking's margins (`marginScale` over `train`), `alpha` of the way from the
 * shipped weights (1: the refit itself, same order).
 */
function blended(train: readonly TRow[], t: readonly number[]): number[] {
  const c = marginScale(
    train.map((r) => ({ xs: r.candidates.map((x) => x.x) })),
    shipped,
    t,
  );
  return shipped.map((v, i) => v + alpha * ((t[i] ?? 0) * c - v));
}

type Model = (
  train: readonly TRow[],
) => (r: TRow) => readonly number[] | { theta: readonly number[]; trees: Tree[] };
const MODELS: Record<string, Model> = {
  trees: (train) => {
    const trees = boost(train, shipped);
    return () => ({ theta: shipped, trees });
  },
  'refit+trees': (train) => {
    const t = refit(train, shipped, lambda);
    const trees = boost(train, t);
    return () => ({ theta: t, trees });
  },
  shipped: () => () => shipped,
  refit: (train) => {
    const t = blended(train, refit(train, shipped, lambda));
    return () => t;
  },
  groups: (train) => {
    const d = groupCorrections(train, shipped, groupLambda);
    return (r) => {
      const delta = d.get(groupOf(r.wants));
      return delta ? shipped.map((v, i) => v + (delta[i] ?? 0)) : shipped;
    };
  },
  'refit+groups': (train) => {
    const t = refit(train, shipped, lambda);
    const d = groupCorrections(train, t, groupLambda);
    return (r) => {
      const delta = d.get(groupOf(r.wants));
      return delta ? t.map((v, i) => v + (delta[i] ?? 0)) : t;
    };
  },
};

const folds = [...new Set(rows.map((r) => foldOf(r.key)))];
for (const name of models) {
  const model = MODELS[name];
  if (!model) throw new Error(`no model ${name}`);
  const perKey: string[] = [];
  const all = { first: 0, top3: 0, n: 0 };
  const transfer = { first: 0, top3: 0, n: 0 };
  const perGroup = new Map<string, { first: number; top3: number; n: number }>();
  for (const f of folds) {
    const rank = model(rows.filter((r) => foldOf(r.key) !== f));
    const test = rows.filter((r) => foldOf(r.key) === f);
    const places = test.map((r) => {
      const m = rank(r);
      return 'theta' in m ? place(r, m.theta, m.trees) : place(r, m);
    });
    const { first, top3 } = placesCounted(places);
    perKey.push(`${f} ${first}/${top3}/${test.length}`);
    all.first += first;
    all.top3 += top3;
    all.n += test.length;
    if (!reading.has(f)) {
      transfer.first += first;
      transfer.top3 += top3;
      transfer.n += test.length;
    }
    test.forEach((r, i) => {
      const g = groupOf(r.wants);
      const s = perGroup.get(g) ?? { first: 0, top3: 0, n: 0 };
      const p = places[i] ?? -1;
      s.first += p === 0 ? 1 : 0;
      s.top3 += p >= 0 && p < 3 ? 1 : 0;
      s.n++;
      perGroup.set(g, s);
    });
  }
  console.log(
    `${name.padEnd(14)} first ${all.first} top3 ${all.top3} of ${all.n}; transfer (not ${[...reading]}) ${transfer.first} / ${transfer.top3} of ${transfer.n}`,
  );
  if (args.includes('--per-key')) {
    console.log(`    ${perKey.join(', ')}`);
    console.log(`    ${[...perGroup].map(([g, s]) => `${g} ${s.first}/${s.top3}/${s.n}`).join(', ')}`);
  }
}

if (args.includes('--write')) {
  const base =
    models.includes('refit+groups') && !models.includes('groups') ? refit(rows, shipped, lambda) : shipped;
  const d = groupCorrections(rows, base, groupLambda);
  const out = {
    about: `Per question-type corrections of the rank block (rank-28), fitted by bench/rank-forms.ts on every TRAIN key's traces (group-lambda ${groupLambda}).`,
    groups: Object.fromEntries(
      [...d].map(([g, delta]) => [
        g,
        Object.fromEntries(
          features.flatMap((f, i) =>
            Math.abs(delta[i] ?? 0) > 1e-4 ? [[f, Number((delta[i] ?? 0).toFixed(4))]] : [],
          ),
        ),
      ]),
    ),
  };
  writeFileSync(opt('write', ''), `${JSON.stringify(out, null, 1)}\n`);
  console.log(`wrote ${opt('write', '')}`);
}

if (args.includes('--show-fit')) {
  const t = refit(rows, shipped, lambda);
  console.log(
    features.map((f, i) => `${f} ${(shipped[i] ?? 0).toFixed(3)} -> ${(t[i] ?? 0).toFixed(3)}`).join('\n'),
  );
}

/**
 * --write-rank FILE: the refit on every TRAIN key, rescaled to the shipped ranking's margins
 * (`marginScale`: the same order, the first sentence's lead over the second on the scale the
 * confidence and bold models read), written as FILE's `rank` (a weights.json; nothing else changed).
 */
if (args.includes('--write-rank')) {
  const file = opt('write-rank', '');
  const t = blended(rows, refit(rows, shipped, lambda));
  const w = JSON.parse(readFileSync(file, 'utf8')) as { rank: Record<string, number> };
  for (const [i, f] of features.entries()) w.rank[f] = Number((t[i] ?? 0).toFixed(3));
  writeFileSync(file, `${JSON.stringify(w, null, 2)}\n`);
  console.log(`alpha ${alpha}; wrote ${file}'s rank: ${features.map((f) => `${f} ${w.rank[f]}`).join(', ')}`);
}
