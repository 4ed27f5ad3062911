/**
 * npx tsx bench/rank-trace.ts [--traces FILE] [--model FILE] [--fold L] [--lambda 0.01] [--verbose]
 *
 * Why a fitted ranking ranks a fresh key's answers first less often than the hand-set one (issue 21,
 * rank-15). Reads the candidates bench/rank-dump.ts traced with the hand-set ranking (default
 * .cache/rank-traces.json), takes the ranking of `--model` (a weights file, e.g.
 * bench/weights-rank-14.json) or else the listwise ranking fitted on every TRAIN key but `--fold`'s,
 * re-ranks the fold's candidates by it, and for each question whose first candidate changes from
 * right to wrong (lost) or wrong to right (gained) names the cause: the fitted weights θ split into
 * the hand-set ranking on their scale (c·h, c = θ·h / h·h, which changes no order) and the rest r;
 * the flip is r's doing, and the feature k with the largest r_k·(x_new − x_old)_k is its cause.
 * Prints the causes counted for lost and gained questions, per form, and (--verbose) each flip's
 * two feature vectors and contributions.
 */
import { readFileSync } from 'node:fs';
import { fitListwise, HAND_SET_RANK } from './rank-fit.js';

export interface Row {
  key: string;
  index: number;
  form: string;
  candidates: Array<{ x: number[]; y: boolean; article: string }>;
}
export interface Dump {
  features: string[];
  rows: Row[];
}

/** The hand-set ranking (bench/fit-answers.ts HAND_SET), over the dump's features. */
export const handSet = (features: readonly string[]): number[] => {
  const h = HAND_SET_RANK;
  return features.map((f) => h[f] ?? 0);
};
/** The fold of a key when leaving one key out: D, F and S together (S rewrites D and F's questions). */
export const foldOf = (key: string): string => (['D', 'F', 'S'].includes(key) ? 'DFS' : key);
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * (b[i] ?? 0), 0);
/** The index of the candidate ranked first by θ (ties: the earlier, the hand-set order). */
export const firstOf = (row: Row, theta: readonly number[]): number => {
  let best = -1;
  let top = Number.NEGATIVE_INFINITY;
  row.candidates.forEach((c, i) => {
    const s = dot(c.x, theta);
    if (s > top + 1e-12) {
      top = s;
      best = i;
    }
  });
  return best;
};
/** The place (0 first) of the first candidate holding the answer under θ; -1 when none does. */
/** How many answers stand first and how many within the first three, of their places (0-based; -1: missing). */
export function placesCounted(places: Iterable<number>): { first: number; top3: number } {
  let first = 0;
  let top3 = 0;
  for (const a of places) {
    if (a === 0) first++;
    if (a >= 0 && a < 3) top3++;
  }
  return { first, top3 };
}

export const rankOfAnswer = (row: Row, theta: readonly number[]): number => {
  const scores = row.candidates.map((c) => dot(c.x, theta));
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  return order.findIndex((i) => row.candidates[i]?.y);
};
/** The listwise ranking fitted on some rows (features outside `keep` held at their start). */
export function fitRows(
  rows: readonly Row[],
  start: readonly number[],
  lambda: number,
  keep?: readonly boolean[],
): number[] {
  const lists = rows.map((r) => ({
    xs: r.candidates.map((c) => c.x.map((v, i) => (keep && !keep[i] ? 0 : v))),
    ys: r.candidates.map((c) => c.y),
  }));
  return fitListwise(lists, start, { lambda, converged: 1e-5 });
}

if (process.argv[1]?.endsWith('rank-trace.ts')) {
  const args = process.argv.slice(2);
  const opt = (name: string, fallback: string) =>
    args.includes(`--${name}`) ? (args[args.indexOf(`--${name}`) + 1] ?? fallback) : fallback;
  const dump = JSON.parse(readFileSync(opt('traces', '.cache/rank-traces.json'), 'utf8')) as Dump;
  const fold = opt('fold', 'L');
  const h = handSet(dump.features);
  const model = opt('model', '');
  const theta = model
    ? dump.features.map(
        (f) => (JSON.parse(readFileSync(model, 'utf8')) as { rank: Record<string, number> }).rank[f] ?? 0,
      )
    : fitRows(
        dump.rows.filter((r) => foldOf(r.key) !== fold),
        h,
        Number(opt('lambda', '0.01')),
      );
  const c = dot(theta, h) / dot(h, h);
  const r = theta.map((v, i) => v - c * (h[i] ?? 0));
  console.log(`fold ${fold}; ranking ${model || 'fitted without the fold'}; scale c ${c.toFixed(3)}`);
  console.log(
    `  shape r (θ − c·h): ${dump.features.map((f, i) => `${f} ${(r[i] ?? 0).toFixed(3)}`).join(', ')}`,
  );
  const rows = dump.rows.filter((x) => foldOf(x.key) === fold && x.candidates.length > 0);
  const causes = { lost: new Map<string, number>(), gained: new Map<string, number>() };
  const perForm = new Map<
    string,
    { hand: number; fitted: number; lost: number; gained: number; n: number }
  >();
  let hand = 0;
  let fitted = 0;
  for (const row of rows) {
    const a = firstOf(row, h);
    const b = firstOf(row, theta);
    const ya = row.candidates[a]?.y === true;
    const yb = row.candidates[b]?.y === true;
    hand += ya ? 1 : 0;
    fitted += yb ? 1 : 0;
    const pf = perForm.get(row.form) ?? { hand: 0, fitted: 0, lost: 0, gained: 0, n: 0 };
    pf.n++;
    pf.hand += ya ? 1 : 0;
    pf.fitted += yb ? 1 : 0;
    if (ya === yb) {
      perForm.set(row.form, pf);
      continue;
    }
    const kind = ya ? 'lost' : 'gained';
    pf[kind]++;
    perForm.set(row.form, pf);
    const xa = row.candidates[a]?.x ?? [];
    const xb = row.candidates[b]?.x ?? [];
    const contrib = dump.features.map((f, i) => ({ f, v: (r[i] ?? 0) * ((xb[i] ?? 0) - (xa[i] ?? 0)) }));
    contrib.sort((p, q) => q.v - p.v);
    const cause = contrib[0]?.f ?? '-';
    causes[kind].set(cause, (causes[kind].get(cause) ?? 0) + 1);
    if (args.includes('--verbose')) {
      const sameArticle = row.candidates[a]?.article === row.candidates[b]?.article;
      console.log(
        `${kind} ${row.key}#${row.index} ${row.form}: hand margin ${(dot(xa, h) - dot(xb, h)).toFixed(3)}, fitted margin ${(dot(xb, theta) - dot(xa, theta)).toFixed(3)}, ${sameArticle ? 'same article' : 'other article'}`,
      );
      console.log(`   old ${dump.features.map((f, i) => `${f} ${(xa[i] ?? 0).toFixed(2)}`).join(' ')}`);
      console.log(`   new ${dump.features.map((f, i) => `${f} ${(xb[i] ?? 0).toFixed(2)}`).join(' ')}`);
      console.log(
        `   r·Δx: ${contrib
          .filter((x) => Math.abs(x.v) > 0.01)
          .map((x) => `${x.f} ${x.v.toFixed(3)}`)
          .join(', ')}`,
      );
    }
  }
  const show = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((p, q) => q[1] - p[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  console.log(`first: hand-set ${hand}, fitted ${fitted} of ${rows.length} traced`);
  console.log(`lost ${[...causes.lost.values()].reduce((a, b) => a + b, 0)}: ${show(causes.lost)}`);
  console.log(`gained ${[...causes.gained.values()].reduce((a, b) => a + b, 0)}: ${show(causes.gained)}`);
  for (const [form, s] of [...perForm.entries()].sort())
    console.log(`  ${form}: ${s.hand} -> ${s.fitted} of ${s.n} (lost ${s.lost}, gained ${s.gained})`);
}
