/**
 * npx tsx bench/rank-pairs.ts [--traces FILE] [--sets a+b,c] [--lambda 0.1] [--per-key] [--fit-all] [--gap] [--margin M]
 *
 * The sentence within the article, learned pairwise (issue 21, within-25). Reads the candidates
 * bench/rank-dump.ts traced with the shipped ranking (weights.json's rank weights, the base), and for
 * each set of features fits a correction `w` on top of the base from pairs of candidates of ONE article:
 * a sentence holding the answer against another of the same article that does not (each question's
 * pairs weigh 1 in all), logistic loss on the score difference (base + w·x), L2 `--lambda` toward 0,
 * Newton steps. Features of one article (its coverage, `article`, headline) cancel out in such pairs,
 * so the fit learns only which sentence of the article answers. The correction is then applied to
 * every candidate (the whole ranking) and scored leaving one key out (D, F and S together), against
 * the base: first and top 3 of the traced answerable questions, per key with --per-key; U (never
 * tuned on before session 25) is one of the folds. --gap uses each feature less its best among the
 * article's traced candidates (0 for the best, so an article's lead sentence keeps its score) instead
 * of the raw feature. --fit-all prints the weights fitted on every TRAIN key and the in-sample figures.
 * Features: any rank feature by its name, and the text features below (from `--texts` traces).
 * Totals only: no item is printed.
 */
import { readFileSync } from 'node:fs';
import { defaultWeights } from '../src/answer/weights.js';
import { stemsOf } from '../src/facts/terms.js';
import { fitPairwise, withinArticlePairs } from './rank-fit.js';
import { type Dump, foldOf, placesCounted, type Row, rankOfAnswer } from './rank-trace.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) =>
  args.includes(`--${name}`) ? (args[args.indexOf(`--${name}`) + 1] ?? fallback) : fallback;

export interface TextRow extends Row {
  query?: string;
  candidates: Array<Row['candidates'][number] & { text?: string; span?: string }>;
}
const dump = JSON.parse(readFileSync(opt('traces', '.cache/rank-traces.json'), 'utf8')) as Dump & {
  rows: TextRow[];
};
const shipped = defaultWeights().rank as Record<string, number>;
const base = dump.features.map((f) => shipped[f] ?? 0);
const at = (f: string) => dump.features.indexOf(f);
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * (b[i] ?? 0), 0);
const lambda = Number(opt('lambda', '0.1'));
const gap = args.includes('--gap');
/** --margin M: pair the right sentence only with its article's wrong ones scored above its base score less M. */
const margin = Number(opt('margin', 'Infinity'));

/** A feature of candidate i of a row. */
type Feature = (row: TextRow, i: number) => number;
const FEATURES: Record<string, Feature> = Object.fromEntries(
  dump.features.map((f) => [f, (row: TextRow, i: number) => row.candidates[i]?.x[at(f)] ?? 0]),
);
const STOP = new Set(
  'a an the of to in on at by for with from as and or but is are was were be been it its this that these those he she they his her their we i has have had will would not which who what when where why how did do does said says say'
    .split(' ')
    .map((w) => stemsOf(w)[0] ?? w),
);
const contentStems = (text: string) => new Set(stemsOf(text).filter((w) => !STOP.has(w)));
const queryStems = new WeakMap<TextRow, Set<string>>();
const stemsOfQuery = (row: TextRow) => {
  let s = queryStems.get(row);
  if (!s) {
    s = contentStems(row.query ?? '');
    queryStems.set(row, s);
  }
  return s;
};
/** Text features (within-25), from `--texts` traces. */
const TEXT: Record<string, Feature> = {
  // The share of the sentence's own content words that are the question's: a sentence that only
  // restates the question's premise gives nothing new.
  echo: (row, i) => {
    const words = contentStems(row.candidates[i]?.text ?? '');
    if (words.size === 0) return 0;
    const q = stemsOfQuery(row);
    return [...words].filter((w) => q.has(w)).length / words.size;
  },
  // 1 for the sentence right after the one of its article (among the traced) holding most of the question itself.
  afterBest: (row, i) => {
    const c = row.candidates[i];
    if (!c) return 0;
    const pos = (x: number[]) => Math.round(Math.exp(x[at('position')] ?? 0) - 1);
    let best = -1;
    let top = -1;
    for (const d of row.candidates)
      if (d.article === c.article && (d.x[at('own')] ?? 0) > top) {
        top = d.x[at('own')] ?? 0;
        best = pos(d.x);
      }
    return pos(c.x) === best + 1 ? 1 : 0;
  },
};
Object.assign(FEATURES, TEXT);
// Each candidate's features, read once (the folds read them again and again).
const memo = new Map<string, WeakMap<object, number>>();
for (const [name, f] of Object.entries(FEATURES)) {
  const seen = new WeakMap<object, number>();
  memo.set(name, seen);
  FEATURES[name] = (row, i) => {
    const c = row.candidates[i];
    if (!c) return 0;
    let v = seen.get(c);
    if (v === undefined) {
      v = f(row, i);
      seen.set(c, v);
    }
    return v;
  };
}
/** The set's features of each candidate of a row (raw, or less the article's best with --gap). */
function featuresOf(row: TextRow, set: readonly string[]): number[][] {
  const raw = row.candidates.map((_, i) => set.map((f) => (FEATURES[f] as Feature)(row, i)));
  if (!gap) return raw;
  const best = new Map<string, number[]>();
  row.candidates.forEach((c, i) => {
    const b = best.get(c.article) ?? set.map(() => Number.NEGATIVE_INFINITY);
    best.set(
      c.article,
      b.map((v, k) => Math.max(v, raw[i]?.[k] ?? 0)),
    );
  });
  return raw.map((x, i) => x.map((v, k) => v - (best.get(row.candidates[i]?.article ?? '')?.[k] ?? 0)));
}

/** The rows as lists for `withinArticlePairs`. */
const pairsOf = (rows: readonly TextRow[], set: readonly string[]) =>
  withinArticlePairs(
    rows.map((row) => ({
      base: row.candidates.map((c) => dot(c.x, base)),
      xs: featuresOf(row, set),
      ys: row.candidates.map((c) => c.y),
      articles: row.candidates.map((c) => c.article),
    })),
    margin,
  );
const fitPairs = (pairs: ReturnType<typeof pairsOf>, dims: number) => fitPairwise(pairs, dims, lambda);
/** Re-ranks a row by base + w over the set: the answer's place (0 first, -1 none). */
function placeOf(row: TextRow, set: readonly string[], w: readonly number[]): number {
  const xs = featuresOf(row, set);
  const rr: Row = {
    ...row,
    candidates: row.candidates.map((c, i) => ({ ...c, x: [dot(c.x, base), ...(xs[i] ?? [])] })),
  };
  return rankOfAnswer(rr, [1, ...w]);
}

const rows = dump.rows.filter((r) => r.candidates.length > 0);
const folds = [...new Set(rows.map((r) => foldOf(r.key)))];
const sets = opt('sets', 'lead+position+own+local+relation').split(',');
for (const s of ['base', ...sets]) {
  const set = s === 'base' ? [] : s.split('+');
  for (const f of set) if (!FEATURES[f]) throw new Error(`no feature ${f}`);
  let first = 0;
  let top3 = 0;
  let n = 0;
  const perKey: string[] = [];
  const weights: string[] = [];
  for (const g of folds) {
    const w =
      set.length === 0
        ? []
        : fitPairs(
            pairsOf(
              rows.filter((r) => foldOf(r.key) !== g),
              set,
            ),
            set.length,
          );
    weights.push(w.map((v) => v.toFixed(2)).join('/'));
    const test = rows.filter((x) => foldOf(x.key) === g);
    const { first: gf, top3: g3 } = placesCounted(test.map((r) => placeOf(r, set, w)));
    n += test.length;
    first += gf;
    top3 += g3;
    perKey.push(`${g} ${gf}/${g3}`);
  }
  console.log(`${s.padEnd(40)} first ${first}  top3 ${top3}  of ${n}`);
  if (args.includes('--per-key')) console.log(`    ${perKey.join(', ')}\n    weights ${weights.join('  ')}`);
  if (args.includes('--fit-all') && set.length > 0) {
    const w = fitPairs(pairsOf(rows, set), set.length);
    const { first: f1, top3: f3 } = placesCounted(rows.map((r) => placeOf(r, set, w)));
    console.log(
      `    fitted on every TRAIN key: ${set.map((f, i) => `${f} ${(w[i] ?? 0).toFixed(3)}`).join(', ')}; in sample first ${f1} top3 ${f3}`,
    );
  }
}
