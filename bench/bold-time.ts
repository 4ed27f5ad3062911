/**
 * npx tsx bench/bold-time.ts --rows FILE [--test-rows FILE] [--newest V,W,X] [--lambda 0.001]
 *   [--fixed T1,T2,...] [--recent N] [--floor 0.9]
 *
 * The bold tier by key age (bold-28, issue 21 §1): do bold answers fall in precision on newer keys,
 * and which threshold holds the newest keys when they are scored as a fresh key would be?
 * Reads the rows of `bench/bold-folds.ts` (`fit-answers --shipped-ranking --rows FILE --rows-only`;
 * `--test-rows` the same traced with the form model fitted without each key, `--form-folds DIR`):
 * only the short answers shown (shipped confidence from `show` up, not withheld) count.
 * Keys in the order written: the own keys, A, B, then bench/keys.ts TRAIN_KEYS (C, D, F, ..., X).
 *
 * 1. Drift: per key, in that order, bold and hedged shown / right, fully nested (bold model fitted
 *    without the key, D, F and S together; threshold by the shipped rule `every fold 90% (n>=10)`
 *    read on the other folds' out-of-fold scores), and at the shipped `boldShow`.
 * 2. Time split: each key scored by the bold model fitted on the keys written before it only (D, F
 *    and S apart from each other's: S rewrites D and F), which is what a fresh key meets. Per key and
 *    for the newest keys (`--newest`) bold shown / right at fixed thresholds; then the threshold chosen
 *    on the newest keys with one left out (the lowest from which the others' pooled time-split bold
 *    answers are right `--floor` of the time), scored on the one left out.
 * `--recent N`: the time-split fit weighs the N keys just before the scored one double (study).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { LEAD_RANK_FEATURES } from '../src/answer/answerable.js';
import {
  boldFeatures,
  CONFIDENCE_FEATURES,
  defaultWeights,
  sigmoid,
  weighted,
} from '../src/answer/weights.js';
import { fitLogistic, type LogisticRow } from './confidence-fit.js';
import { TRAIN_KEYS } from './keys.js';
import { thresholdAt, thresholdEveryFold } from './rank-fit.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) =>
  args.includes(`--${name}`) ? (args[args.indexOf(`--${name}`) + 1] ?? fallback) : fallback;
const rowsFile = opt('rows', '');
if (!rowsFile)
  throw new Error('give --rows FILE (bench/fit-answers.ts --shipped-ranking --rows FILE --rows-only)');
const testFile = opt('test-rows', rowsFile);
const newest = opt('newest', 'V,W,X').split(',').filter(Boolean);
const lambda = Number(opt('lambda', '0.001'));
const floor = Number(opt('floor', '0.9'));
const recent = Number(opt('recent', '0'));
const fixed = opt('fixed', '0.9,0.91,0.92,0.929,0.935,0.94,0.945,0.95,0.955,0.96,0.97')
  .split(',')
  .map(Number);

interface Row {
  key: string;
  query?: string;
  short?: string;
  fact?: string;
  form?: string;
  empty: boolean;
  y: number;
  withheld?: boolean;
  x: Record<string, number>;
  first?: Record<string, number>;
}
const shipped = defaultWeights();
/** A key's name: the own keys as one, `own`. */
const keyOf = (key: string) => (key.startsWith('questions.own') ? 'own' : key);
/** Keys that share their stories (S rewrites D and F): never fitted on to score one another. */
const SHARED: Readonly<Record<string, string>> = { D: 'DFS', F: 'DFS', S: 'DFS' };
const foldOf = (key: string) => SHARED[key] ?? key;
/** The order the keys were written in. */
const ORDER = ['own', 'A', 'B', ...TRAIN_KEYS];
const age = (key: string) => ORDER.indexOf(key);
const FEATURES = [...CONFIDENCE_FEATURES, ...LEAD_RANK_FEATURES.map((f) => `first.${f}`)];
const vec = (r: Row) =>
  FEATURES.map((k) => (k.startsWith('first.') ? (r.first?.[k.slice(6)] ?? 0) : (r.x[k] ?? 0)));
const read = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as Row[])
    .map((r) => ({ ...r, key: keyOf(r.key) }))
    .filter((r) => ORDER.includes(r.key))
    .filter((r) => !r.withheld && sigmoid(weighted(shipped.confidence, r.x)) >= shipped.show);
const rows = read(rowsFile);
const tests = read(testFile);
const keys = ORDER.filter((k) => tests.some((r) => r.key === k));

function fitBold(train: readonly Row[], weigh: (r: Row) => number = () => 1): number[] {
  const data: LogisticRow[] = train.map((r) => ({ x: vec(r), y: r.y, w: weigh(r) }));
  return fitLogistic(data, FEATURES.length, { lambda });
}
const score = (beta: readonly number[], r: Row) =>
  sigmoid(vec(r).reduce((s, v, i) => s + v * (beta[i] ?? 0), 0));

type Scored = Row & { score: number };
const count = (xs: readonly Scored[], t: number) => {
  const bold = xs.filter((r) => r.score >= t);
  const hedged = xs.filter((r) => r.score < t);
  return {
    n: xs.length,
    bold: bold.length,
    boldRight: bold.filter((r) => r.y === 1).length,
    boldEmpty: bold.filter((r) => r.empty).length,
    hedged: hedged.length,
    hedgedRight: hedged.filter((r) => r.y === 1).length,
  };
};
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '-');
const line = (name: string, c: ReturnType<typeof count>) =>
  `  ${name.padEnd(5)} shown ${String(c.n).padStart(4)}  bold ${c.boldRight}/${c.bold} (${pct(c.boldRight, c.bold)}${c.boldEmpty ? `, ${c.boldEmpty}u` : ''}; ${pct(c.bold, c.n)} of shown)  hedged ${c.hedgedRight}/${c.hedged} (${pct(c.hedgedRight, c.hedged)})`;

// 1. Leave one key out (D, F, S together), scored on the test rows.
const folds = [...new Set(keys.map(foldOf))];
const loko: Scored[] = [];
for (const f of folds) {
  const beta = fitBold(rows.filter((r) => foldOf(r.key) !== f));
  for (const r of tests.filter((r) => foldOf(r.key) === f)) loko.push({ ...r, score: score(beta, r) });
}
const items = (xs: readonly Scored[]) =>
  xs.map((r) => ({ score: r.score, right: r.y === 1, fold: foldOf(r.key) }));
const nestedAt = new Map(
  folds.map((f) => [f, thresholdEveryFold(items(loko.filter((r) => foldOf(r.key) !== f)), 0.9, 10)]),
);
console.log(`${tests.length} shown short answers; keys in the order written: ${keys.join(' ')}`);
console.log('1. leave one key out, threshold nested (every fold 90% n>=10 on the other folds):');
const total = { n: 0, bold: 0, boldRight: 0, boldEmpty: 0, hedged: 0, hedgedRight: 0 };
for (const k of keys) {
  const t = nestedAt.get(foldOf(k)) ?? 1;
  const c = count(
    loko.filter((r) => r.key === k),
    t,
  );
  for (const f of Object.keys(total) as Array<keyof typeof total>) total[f] += c[f];
  console.log(`${line(k, c)}  at ${t.toFixed(3)}`);
}
console.log(line('all', total));
console.log(`1b. the same at the shipped boldShow ${shipped.sure}:`);
for (const k of keys)
  console.log(
    line(
      k,
      count(
        loko.filter((r) => r.key === k),
        shipped.sure,
      ),
    ),
  );

// 2. Time split: each key scored by a model fitted on the keys written before it (not its story sharers).
const timed: Scored[] = [];
for (const k of keys) {
  const older = rows.filter((r) => age(r.key) < age(k) && foldOf(r.key) !== foldOf(k));
  if (older.length < 300) continue;
  const before = keys.filter((o) => age(o) < age(k));
  const near = new Set(before.slice(-recent));
  const beta = fitBold(older, (r) => (recent && near.has(r.key) ? 2 : 1));
  for (const r of tests.filter((r) => r.key === k)) timed.push({ ...r, score: score(beta, r) });
}
const timedKeys = keys.filter((k) => timed.some((r) => r.key === k));
console.log(`2. time split (each key scored by the model fitted on older keys only): ${timedKeys.join(' ')}`);
for (const t of fixed) {
  const per = timedKeys.map((k) => {
    const c = count(
      timed.filter((r) => r.key === k),
      t,
    );
    return `${k} ${c.boldRight}/${c.bold}`;
  });
  const nw = count(
    timed.filter((r) => newest.includes(r.key)),
    t,
  );
  const lk = count(
    loko.filter((r) => newest.includes(r.key)),
    t,
  );
  console.log(
    `  at ${t.toFixed(3)}: newest ${newest.join('+')} time split ${nw.boldRight}/${nw.bold} (${pct(nw.boldRight, nw.bold)}), leave-one-out ${lk.boldRight}/${lk.bold} (${pct(lk.boldRight, lk.bold)}); ${per.join('  ')}`,
  );
}
// 3. The shipped bold model as it is: in sample on the keys it was fitted on, out of sample on the later ones.
const asShipped: Scored[] = tests.map((r) => ({
  ...r,
  score: sigmoid(weighted(shipped.bold, boldFeatures(r.x as never, r.first))),
}));
console.log('3. the shipped bold model as it is (out of sample only on keys newer than its fit):');
for (const t of fixed) {
  const per = keys.map((k) => {
    const c = count(
      asShipped.filter((r) => r.key === k),
      t,
    );
    return `${k} ${c.boldRight}/${c.bold}`;
  });
  console.log(`  at ${t.toFixed(3)}: ${per.join('  ')}`);
}
console.log(
  `2b. threshold read on the newest keys but one (pooled time-split bold right >= ${floor}), scored on that one:`,
);
for (const k of newest) {
  const others = timed.filter((r) => newest.includes(r.key) && r.key !== k);
  const t = thresholdAt(items(others), floor, 5);
  const c = count(
    timed.filter((r) => r.key === k),
    t,
  );
  const c2 = count(
    loko.filter((r) => r.key === k),
    t,
  );
  console.log(`${line(k, c)}  at ${t.toFixed(3)}  (leave-one-out model: bold ${c2.boldRight}/${c2.bold})`);
}
const all = thresholdAt(items(timed.filter((r) => newest.includes(r.key))), floor, 5);
console.log(`  read on all the newest keys: ${all.toFixed(3)}`);

// 4. The `show` gate (the shipped confidence) on the newest keys: short answers shown / right, and
// unanswerable questions given one, at thresholds around the shipped one (the test rows).
const raw = (JSON.parse(readFileSync(testFile, 'utf8')) as Row[])
  .map((r) => ({ ...r, key: keyOf(r.key), c: sigmoid(weighted(shipped.confidence, r.x)) }))
  .filter((r) => ORDER.includes(r.key) && !r.withheld);
console.log(`4. show (shipped ${shipped.show}): short answers shown / right (unanswerable shown), per key`);
for (const t of [0.3, 0.35, 0.4, 0.45, 0.5]) {
  const per = [...newest, 'all'].map((k) => {
    const xs = raw.filter((r) => (k === 'all' || r.key === k) && r.c >= t);
    return `${k} ${xs.filter((r) => r.y === 1).length}/${xs.length} (${xs.filter((r) => r.empty).length}u)`;
  });
  console.log(`  at ${t.toFixed(2)}: ${per.join('  ')}`);
}

// --list T: the newest keys' bold answers from T up (time split), wrong ones marked, for reading.
if (args.includes('--list')) {
  const t = Number(opt('list', '0.92'));
  for (const r of timed
    .filter((r) => newest.includes(r.key) && r.score >= t)
    .sort((a, b) => b.score - a.score))
    console.log(
      `${r.y === 1 ? '  ok ' : 'WRONG'} ${r.key} ${r.score.toFixed(3)} ${r.form} ${r.empty ? 'unanswerable ' : ''}${JSON.stringify(r.query)} -> ${JSON.stringify(r.short)} | agree ${r.x.agree} articles ${r.x.articles?.toFixed(2)} rival ${r.x.rival} echo ${r.x.echo?.toFixed(2)} share ${r.x.share?.toFixed(2)} margin ${r.x.margin?.toFixed(2)} | ${JSON.stringify((r.fact ?? '').slice(0, 220))}`,
    );
}

// --dump FILE: the scored rows (leave one key out and time split), for study elsewhere.
if (args.includes('--dump')) {
  const strip = (r: Scored) => ({
    key: r.key,
    y: r.y,
    empty: r.empty,
    form: r.form,
    query: r.query,
    short: r.short,
    fact: r.fact,
    score: r.score,
    duration: r.x.duration,
  });
  writeFileSync(
    opt('dump', ''),
    JSON.stringify({ loko: loko.map(strip), timed: timed.map(strip), nested: Object.fromEntries(nestedAt) }),
  );
}
