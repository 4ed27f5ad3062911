/**
 * npx tsx bench/bridge-fit.ts [--in FILE] [--min-stories N] [--prior K] [--floor F] [--specific]
 *   [--betas 0,0.1,...] [--write FILE] [--fold-tables DIR]
 *
 * The lexical bridge (issue 21, bridge-26), fitted and scored leaving one key out, from the traces of
 * bench/bridge-dump.ts (TRAIN questions only). For each question, its common words (bridgeWords) against
 * those of each sentence of its expected article: a pair (question word w missing from the sentence,
 * sentence word v missing from the question) counts for the sentence that answers and against the
 * article's other sentences (each side weighing 1 a question). The association of (w, v) is the log of
 * v's smoothed rate in the answering sentences over its rate in the others (floored at 0), kept when
 * seen with that many stories (--min-stories) and above --floor. The candidates are re-ranked by their
 * shipped rank score plus beta x bridge; beta is chosen, per fold, by the first places of the other keys
 * each scored with a table fitted without them and the fold (nested), so the fold's key is scored by a
 * table and a beta fitted without it. Keys D, F and S share stories: left out together. The own keys
 * and the TRAIN parts of A and B only ever train.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { type BridgeTable, bridgeScore, bridgeWords } from '../src/answer/bridge.js';
import { defaultWeights, type RankFeature, weighted } from '../src/answer/weights.js';
import { TRAIN_KEYS } from './keys.js';

interface Row {
  key: string;
  group: string;
  query: string;
  candidates: Array<{ articleId: string; text: string; features: Record<string, number>; right: boolean }>;
  articles: Array<{ id: string; sentences: Array<{ text: string; right: boolean }> }>;
}

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) =>
  args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback;
const rows = JSON.parse(readFileSync(opt('--in', '/tmp/bridge/traces.json'), 'utf8')) as Row[];
const minStories = Number(opt('--min-stories', '3'));
const prior = Number(opt('--prior', '3'));
const floor = Number(opt('--floor', '0.5'));
const specific = args.includes('--specific');
/** --z Z: the answering count read conservatively, max(0, n - Z sqrt(n)): little evidence, no association. */
const z = Number(opt('--z', '0'));
/** --cap C: no association above C. */
const cap = Number(opt('--cap', '1000'));
/**
 * --min-articles N: a word (of the question or the sentence) is bridged only where it is written lower
 * case in that many of the traced articles: a common word, not a name typed in lower case.
 */
const minArticles = Number(opt('--min-articles', '10'));
/** --gap: the feature read within the article, less the most of its article's candidates (0 for that one). */
const gap = args.includes('--gap');
const betas = opt('--betas', '0,0.05,0.1,0.15,0.2,0.3,0.4,0.6').split(',').map(Number);

/** The fold of a key: D, F and S together. */
const foldOf = (key: string) => (['D', 'F', 'S'].includes(key) ? 'DFS' : key);
const scored = new Set<string>(TRAIN_KEYS.map(foldOf));

/** Counts of one fold: question word -> sentence word -> [answering weight, other weight, stories]. */
interface Counts {
  pos: Map<string, Map<string, number>>;
  stories: Map<string, Map<string, number>>;
  posTot: Map<string, number>;
  neg: Map<string, Map<string, number>>;
  negTot: Map<string, number>;
  /** Sentence word -> weight among the other sentences, and their total weight. */
  vNeg: Map<string, number>;
  vNegTot: number;
  /** Sentence word -> weight among the answering sentences, and their total weight. */
  vPos: Map<string, number>;
  vPosTot: number;
}
const add2 = (m: Map<string, Map<string, number>>, a: string, b: string, x: number) => {
  let inner = m.get(a);
  if (!inner) {
    inner = new Map();
    m.set(a, inner);
  }
  inner.set(b, (inner.get(b) ?? 0) + x);
};
const add1 = (m: Map<string, number>, a: string, x: number) => m.set(a, (m.get(a) ?? 0) + x);

const counts = new Map<string, Counts>();
const fresh = (): Counts => ({
  pos: new Map(),
  stories: new Map(),
  posTot: new Map(),
  neg: new Map(),
  negTot: new Map(),
  vNeg: new Map(),
  vNegTot: 0,
  vPos: new Map(),
  vPosTot: 0,
});
// The articles each word is written in lower case in (over the traced articles, every fold's alike).
const articlesOf = new Map<string, number>();
const articlesSeen = new Set<string>();
for (const r of rows)
  for (const a of r.articles) {
    if (articlesSeen.has(a.id)) continue;
    articlesSeen.add(a.id);
    const words = new Set(a.sentences.flatMap((s) => [...bridgeWords(s.text)]));
    for (const w of words) add1(articlesOf, w, 1);
  }
const common = (w: string) => (articlesOf.get(w) ?? 0) >= minArticles;
/**
 * Counts one side's sentences (each weighing 1 / their number): the sentence words the question lacks,
 * each question word the sentence lacks, and their pairs that `pair` keeps (it may note them too).
 */
function tally(
  c: Counts,
  side: 'pos' | 'neg',
  sentences: readonly { text: string }[],
  q: ReadonlySet<string>,
  pair: (w: string, v: string) => boolean,
): void {
  const weight = 1 / sentences.length;
  const [pairs, totals, vWords] = side === 'pos' ? [c.pos, c.posTot, c.vPos] : [c.neg, c.negTot, c.vNeg];
  for (const s of sentences) {
    const words = bridgeWords(s.text);
    if (side === 'pos') c.vPosTot += weight;
    else c.vNegTot += weight;
    for (const v of words) if (!q.has(v)) add1(vWords, v, weight);
    for (const w of q) {
      if (words.has(w)) continue;
      add1(totals, w, weight);
      for (const v of words) if (!q.has(v) && pair(w, v)) add2(pairs, w, v, weight);
    }
  }
}
// First pass: the answering sentences' pairs (and the stories they come from).
const seenPair = new Set<string>();
const questionWords = rows.map((r) => bridgeWords(r.query));
rows.forEach((r, i) => {
  const c = counts.get(foldOf(r.key)) ?? fresh();
  counts.set(foldOf(r.key), c);
  const q = questionWords[i] ?? new Set<string>();
  const right = r.articles.flatMap((a) => a.sentences.filter((s) => s.right));
  if (right.length === 0 || q.size === 0) return;
  const storyPairs = new Set<string>();
  tally(c, 'pos', right, q, (w, v) => {
    storyPairs.add(`${w} ${v}`);
    seenPair.add(`${w} ${v}`);
    return true;
  });
  for (const p of storyPairs) {
    const [w, v] = p.split(' ') as [string, string];
    add2(c.stories, w, v, 1);
  }
});
// Second pass: the other sentences of the expected articles, for the pairs seen answering.
rows.forEach((r, i) => {
  const c = counts.get(foldOf(r.key)) as Counts;
  const q = questionWords[i] ?? new Set<string>();
  const others = r.articles.flatMap((a) =>
    a.sentences.some((s) => s.right) ? a.sentences.filter((s) => !s.right) : [],
  );
  if (others.length === 0 || q.size === 0 || !r.articles.some((a) => a.sentences.some((s) => s.right)))
    return;
  tally(c, 'neg', others, q, (w, v) => seenPair.has(`${w} ${v}`));
});

// Every fold's counts summed: a table without some folds subtracts theirs.
const all = fresh();
for (const c of counts.values()) {
  for (const [a, to] of c.pos) for (const [b, x] of to) add2(all.pos, a, b, x);
  for (const [a, to] of c.stories) for (const [b, x] of to) add2(all.stories, a, b, x);
  for (const [a, to] of c.neg) for (const [b, x] of to) add2(all.neg, a, b, x);
  for (const [a, x] of c.posTot) add1(all.posTot, a, x);
  for (const [a, x] of c.negTot) add1(all.negTot, a, x);
  for (const [a, x] of c.vNeg) add1(all.vNeg, a, x);
  all.vNegTot += c.vNegTot;
  for (const [a, x] of c.vPos) add1(all.vPos, a, x);
  all.vPosTot += c.vPosTot;
}

/** The table fitted on every fold but `without`. */
function fitTable(without: ReadonlySet<string>): Map<string, Map<string, number>> {
  const out = [...counts].filter(([f]) => without.has(f)).map(([, c]) => c);
  const sum1 = (pick: (c: Counts) => Map<string, number>, a: string) =>
    out.reduce((s, c) => s - (pick(c).get(a) ?? 0), pick(all).get(a) ?? 0);
  const sum2 = (pick: (c: Counts) => Map<string, Map<string, number>>, a: string, b: string) =>
    out.reduce((s, c) => s - (pick(c).get(a)?.get(b) ?? 0), pick(all).get(a)?.get(b) ?? 0);
  const vNegTot = out.reduce((s, c) => s - c.vNegTot, all.vNegTot);
  const ws = [...all.pos.keys()];
  const table = new Map<string, Map<string, number>>();
  const vPosTot = out.reduce((s, c) => s - c.vPosTot, all.vPosTot);
  for (const w of ws) {
    const posTot = sum1((c) => c.posTot, w);
    const negTot = sum1((c) => c.negTot, w);
    if (posTot < minStories || negTot <= 1e-9 || !common(w)) continue;
    const vs = [...(all.pos.get(w)?.keys() ?? [])];
    for (const v of vs) {
      const stories = sum2((c) => c.stories, w, v);
      if (stories < minStories - 1e-9 || !common(v)) continue;
      const base = (sum1((c) => c.vNeg, v) + 0.5) / (vNegTot + 1);
      const negRate = (sum2((c) => c.neg, w, v) + base) / (negTot + 1);
      const n = sum2((c) => c.pos, w, v);
      const posRate = (Math.max(0, n - z * Math.sqrt(n)) + prior * negRate) / (posTot + prior);
      let a = Math.log(posRate / negRate);
      if (specific) {
        // v's own lift (answering against the others, whatever is asked).
        const lift = Math.log((sum1((c) => c.vPos, v) + prior * base) / (vPosTot + prior) / base);
        a -= Math.max(0, lift);
      }
      a = Math.min(cap, a);
      if (a > floor) add2(table, w, v, Math.round(a * 1000) / 1000);
    }
  }
  return table;
}

const rank = defaultWeights().rank;
/** Per question: its candidates' shipped scores and their words (read once). */
const prepared = rows.map((r, i) => ({
  key: r.key,
  fold: foldOf(r.key),
  q: questionWords[i] ?? new Set<string>(),
  cands: r.candidates.map((c) => ({
    articleId: c.articleId,
    base: weighted(rank, c.features as Record<RankFeature, number>),
    words: bridgeWords(c.text),
    right: c.right,
  })),
}));

/** First places and top 3 of the questions of `fold` re-ranked with `table` at each beta. */
function score(fold: string, table: BridgeTable): Array<{ first: number; top3: number }> {
  const out = betas.map(() => ({ first: 0, top3: 0 }));
  for (const p of prepared) {
    if (p.fold !== fold) continue;
    const raw = p.cands.map((c) => bridgeScore(table, p.q, c.words));
    const most = new Map<string, number>();
    p.cands.forEach((c, k) => {
      most.set(c.articleId, Math.max(most.get(c.articleId) ?? 0, raw[k] ?? 0));
    });
    const bridges = gap ? raw.map((b, k) => b - (most.get(p.cands[k]?.articleId ?? '') ?? 0)) : raw;
    betas.forEach((beta, b) => {
      const order = p.cands
        .map((c, k) => ({ s: c.base + beta * (bridges[k] ?? 0), right: c.right, k }))
        .sort((x, y) => y.s - x.s || x.k - y.k);
      const at = order.findIndex((o) => o.right);
      const o = out[b] as { first: number; top3: number };
      if (at === 0) o.first++;
      if (at >= 0 && at < 3) o.top3++;
    });
  }
  return out;
}

const folds = [...scored];
const sizeOf = (t: Map<string, Map<string, number>>) => [...t.values()].reduce((s, m) => s + m.size, 0);
// Nested: for each fold, the beta best over the other folds each scored by a table without both.
const inner = new Map<string, Array<{ first: number; top3: number }>>();
for (const k of folds)
  for (const j of folds) if (j !== k) inner.set(`${k} ${j}`, score(j, fitTable(new Set([k, j]))));
const chosenBeta: Record<string, number> = {};
let base = { first: 0, top3: 0 };
let after = { first: 0, top3: 0 };
const lines: string[] = [];
for (const k of folds) {
  const totals = betas.map((_, b) =>
    folds.filter((j) => j !== k).reduce((s, j) => s + (inner.get(`${k} ${j}`)?.[b]?.first ?? 0), 0),
  );
  const best = totals.indexOf(Math.max(...totals));
  chosenBeta[k] = betas[best] ?? 0;
  const table = fitTable(new Set([k]));
  const own = score(k, table);
  const b0 = own[0] as { first: number; top3: number };
  const b1 = own[best] as { first: number; top3: number };
  base = { first: base.first + b0.first, top3: base.top3 + b0.top3 };
  after = { first: after.first + b1.first, top3: after.top3 + b1.top3 };
  const n = prepared.filter((p) => p.fold === k).length;
  lines.push(
    `${k.padEnd(4)} n ${String(n).padStart(4)}  beta ${String(betas[best]).padEnd(5)} table ${String(sizeOf(table)).padStart(6)}  first ${b0.first} -> ${b1.first} (${b1.first - b0.first >= 0 ? '+' : ''}${b1.first - b0.first})  top3 ${b0.top3} -> ${b1.top3} (${b1.top3 - b0.top3 >= 0 ? '+' : ''}${b1.top3 - b0.top3})   per beta first ${own.map((o) => o.first).join(' ')}`,
  );
}
console.log(
  `min-stories ${minStories} min-articles ${minArticles} prior ${prior} floor ${floor} z ${z} cap ${cap}${specific ? ' specific' : ''}${gap ? ' gap' : ''}; betas ${betas.join(',')}`,
);
for (const l of lines) console.log(l);
console.log(
  `all  first ${base.first} -> ${after.first} (${after.first - base.first})  top3 ${base.top3} -> ${after.top3} (${after.top3 - base.top3})`,
);
const writeTo = args.includes('--write') ? args[args.indexOf('--write') + 1] : undefined;
if (writeTo) {
  const table = fitTable(new Set());
  const pairs = Object.fromEntries(
    [...table]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([w, to]) => [w, Object.fromEntries([...to].sort())]),
  );
  writeFileSync(writeTo, `${JSON.stringify({ pairs })}\n`);
  console.log(`table of ${sizeOf(table)} pairs over ${table.size} question words written to ${writeTo}`);
}
const foldDir = args.includes('--fold-tables') ? args[args.indexOf('--fold-tables') + 1] : undefined;
if (foldDir) {
  mkdirSync(foldDir, { recursive: true });
  for (const k of folds) {
    const table = fitTable(new Set([k]));
    const pairs = Object.fromEntries([...table].map(([w, to]) => [w, Object.fromEntries(to)]));
    writeFileSync(`${foldDir}/${k}.json`, JSON.stringify({ pairs }));
  }
  writeFileSync(`${foldDir}/betas.json`, JSON.stringify(chosenBeta));
}
