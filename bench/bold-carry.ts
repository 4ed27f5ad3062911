/**
 * npx tsx bench/bold-carry.ts --rows FILE [--new K1,K2] [--only 'A|B'] [--cand NAME:F1,F2:L2]
 *   [--auc] [--out-of-sample K1,K2] [--hedged] [--wrong NAME]
 *
 * Bold-34 (issue 21 §1): which bold models carry to keys they never saw. Reads the rows that
 * `bench/fit-answers.ts --shipped-ranking --rows FILE --rows-only` writes (what bench/bold-folds.ts
 * reads) and, leaving one key out (D, F, S one fold), fits each candidate on the other folds' shown
 * short answers (the shipped confidence from `show` up, not withheld; an unanswerable question's
 * short answer counts wrong), reads its threshold on the other folds only (nested: the rule never
 * sees the key it is scored on) and prints per key bold shown / right, pooled (with Wilson's 90%
 * lower bound, the unanswerable in bold) and the newest keys (`--new`, default AA-AD) apart.
 * Features are standardized on the fold's training rows, so one L2 hold weighs each alike.
 * Rules: `every fold 90% (n>=10)` (the shipped rule since bold-25), `(n>=20)`, `pooled Wilson 90% >= 90%`,
 * Wilson and n>=10 both.
 * - `--auc`: each feature's AUC (right against wrong shown short answers) on the older keys and on
 *   the `--new` ones apart: a feature that parts them on the old keys only does not carry.
 * - `--out-of-sample K1,K2`: the shipped bold model on keys it was not fitted on (bold-26 fitted it
 *   through V): bold shown / right per key at fixed thresholds, and its threshold read by each rule on
 *   the other keys of the list (nested): what a fresh key meets, with no refit.
 * - `--hedged`: the hedged tier (shown from `show` up, not bold): right / shown and unanswerable shown
 *   per group of keys at `show` 0.35-0.6, and per band of confidence; `--refit` adds the confidence
 *   refitted leaving one key out (as fit-answers fits it: every short answer, an unanswerable one
 *   wrong, L2 0.001).
 * The text features (`text.*`) read the row's question and first fact, for study only (bold-34:
 * `text.qWords` raised the AUC 0.767 -> 0.775 but showed fewer bold under the nested rule).
 */
import { readFileSync } from 'node:fs';
import { LEAD_RANK_FEATURES } from '../src/answer/answerable.js';
import { CONFIDENCE_FEATURES, defaultWeights, sigmoid, weighted } from '../src/answer/weights.js';
import {
  auc,
  boldPerFold,
  type FoldItem,
  foldKeyOf,
  nestedThresholds,
  rowsFileArg,
  SHARED_FOLDS,
  type TraceRow,
} from './bold-rules.js';
import { fitLogistic } from './confidence-fit.js';
import { thresholdEveryFold, thresholdWilson, WILSON_Z90, wilsonLower } from './rank-fit.js';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const rowsFile = rowsFileArg(args);

const shipped = defaultWeights();
const keyOf = foldKeyOf;
const boldLogit = (r: TraceRow) =>
  weighted(shipped.bold, {
    ...r.x,
    ...Object.fromEntries(LEAD_RANK_FEATURES.map((f) => [`first.${f}`, r.first?.[f] ?? 0])),
  });
const all = (JSON.parse(readFileSync(rowsFile, 'utf8')) as TraceRow[]).map((r) => {
  const key = keyOf(r.key);
  const conf = sigmoid(weighted(shipped.confidence, r.x));
  return {
    ...r,
    key,
    fold: SHARED_FOLDS[key] ?? key,
    conf,
    bold: sigmoid(boldLogit(r)),
    shown: !r.withheld && conf >= shipped.show,
  };
});
type R = (typeof all)[number];
const rows = all.filter((r) => r.shown);
const keys = [...new Set(rows.map((r) => r.key))];
/** --new K1,K2: the fresh-like keys printed apart (default the newest TRAIN keys, AA-AD). */
const NEW = new Set((opt('--new') ?? 'AA,AB,AC,AD').split(','));
const pct = (r: number, n: number) => (n ? `${((100 * r) / n).toFixed(1)}%` : '-');
const tally = (xs: readonly R[]) =>
  `${xs.filter((r) => r.y === 1).length}/${xs.length}${xs.some((r) => r.empty) ? ` u${xs.filter((r) => r.empty).length}` : ''}`;

const wordsOf = (s: string) => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];
/** Read from the row's question and first fact, for study (not features the engine computes). */
const TEXT: Readonly<Record<string, (r: R) => number>> = {
  /** The share of the question's words of four letters or more that the first fact holds as written. */
  'text.qWords': (r) => {
    const fact = new Set(wordsOf(r.fact ?? ''));
    const asked = wordsOf(r.query ?? '').filter((w) => w.length > 3);
    return asked.length ? asked.filter((w) => fact.has(w)).length / asked.length : 0;
  },
  /** The share of the question's capitalized words (past its first) the first fact lacks. */
  'text.qNames': (r) => {
    const names = (r.query?.match(/(?<=\S\s+)[A-Z][\w&'-]+/g) ?? []).filter((w) => w.length > 1);
    return names.length ? names.filter((w) => !(r.fact ?? '').includes(w)).length / names.length : 0;
  },
};
/** The shipped models' logits as one feature each. */
const DERIVED: Readonly<Record<string, (r: R) => number>> = {
  logit: (r) => weighted(shipped.confidence, r.x),
  boldLogit,
  ...TEXT,
};
const value = (r: R, k: string): number =>
  DERIVED[k] ? (DERIVED[k]?.(r) ?? 0) : k.startsWith('first.') ? (r.first?.[k.slice(6)] ?? 0) : (r.x[k] ?? 0);
const FIRST = LEAD_RANK_FEATURES.map((f) => `first.${f}`);
const CONF = CONFIDENCE_FEATURES.filter((f) => f !== 'bias') as string[];

console.log(
  `${rows.length} shown short answers (${tally(rows)}); --new keys ${[...NEW].join(',')}: ${tally(rows.filter((r) => NEW.has(r.key)))}`,
);
{
  const b = rows.filter((r) => r.bold >= shipped.sure);
  console.log(
    `shipped bold model from ${shipped.sure} (in sample through V): ${tally(b)}; --new keys ${tally(b.filter((r) => NEW.has(r.key)))}\n    ${keys.map((k) => `${k} ${tally(b.filter((r) => r.key === k))}`).join('  ')}`,
  );
}

if (args.includes('--auc')) {
  const old = rows.filter((r) => !NEW.has(r.key));
  const fresh = rows.filter((r) => NEW.has(r.key));
  const mean = (xs: readonly R[], k: string) => xs.reduce((s, r) => s + value(r, k), 0) / (xs.length || 1);
  const lines = ['logit', 'boldLogit', ...CONF, ...FIRST, ...Object.keys(TEXT)].map((k) => {
    const b = auc(fresh.map((r) => ({ s: value(r, k), y: r.y })));
    return {
      b,
      line: `${k.padEnd(18)} AUC old ${auc(old.map((r) => ({ s: value(r, k), y: r.y }))).toFixed(3)} new ${b.toFixed(3)}  mean old ${mean(old, k).toFixed(3)} new ${mean(fresh, k).toFixed(3)}`,
    };
  });
  for (const l of lines.sort((p, q) => Math.abs(q.b - 0.5) - Math.abs(p.b - 0.5))) console.log(l.line);
}

type Rule = { name: string; t: (it: readonly FoldItem[]) => number };
const RULES: readonly Rule[] = [
  { name: 'every fold 90% (n>=10)', t: (it) => thresholdEveryFold(it, 0.9, 10) },
  { name: 'every fold 90% (n>=20)', t: (it) => thresholdEveryFold(it, 0.9, 20) },
  { name: 'pooled Wilson 90% >= 90%', t: (it) => thresholdWilson(it, 0.9, WILSON_Z90) },
  {
    name: 'Wilson + every fold 90% (n>=10)',
    t: (it) => Math.max(thresholdWilson(it, 0.9, WILSON_Z90), thresholdEveryFold(it, 0.9, 10)),
  },
];

if (opt('--out-of-sample')) {
  const fresh = (opt('--out-of-sample') ?? '').split(',');
  const held = rows.filter((r) => fresh.includes(r.key));
  console.log(`\nthe shipped bold model on ${fresh.join(',')} (outside its fit): ${held.length} shown`);
  for (const t of [0.8, 0.85, 0.88, 0.9, 0.91, 0.92, shipped.sure, 0.94]) {
    const b = held.filter((r) => r.bold >= t);
    const right = b.filter((r) => r.y === 1).length;
    console.log(
      `  from ${t}: ${tally(b)} (${pct(right, b.length)}, Wilson 90% low ${pct(wilsonLower(right, b.length) * b.length, b.length)})  ${fresh.map((k) => `${k} ${tally(b.filter((r) => r.key === k))}`).join(' ')}`,
    );
  }
  const items = held.map((r) => ({ score: r.bold, right: r.y === 1, fold: r.key }));
  for (const rule of RULES) {
    const at = nestedThresholds(items, rule.t);
    const per = boldPerFold(items, at);
    const n = [...per.values()].reduce((s, p) => s + p.n, 0);
    const right = [...per.values()].reduce((s, p) => s + p.right, 0);
    console.log(
      `  ${rule.name}, read on the other keys of the list: ${right}/${n} (${pct(right, n)}); ${fresh.map((k) => `${k} ${per.get(k)?.right ?? 0}/${per.get(k)?.n ?? 0}@${at.get(k)?.toFixed(3)}`).join(' ')}; read on all of them ${rule.t(items).toFixed(3)}`,
    );
  }
}

interface Candidate {
  name: string;
  features: readonly string[];
  lambda: number;
  /** Each key's rows weigh 1 in all (no key outweighs another by its size). */
  balanced?: boolean;
}
/** Confidence and first-candidate features whose AUC on the newest keys is as on the older ones (bold-34 --auc). */
const STEADY = [
  'margin',
  'gap',
  'softmax',
  'share',
  'topicLead',
  'first.topic',
  'distance',
  'spans',
  'first.articleRank',
  'weight',
  'relation',
  'own',
  'subject',
  'another',
  'far',
  'rival',
  'long',
  'first.local',
];
const KINDS = ['figure', 'name', 'time', 'place', 'reason', 'clause', 'count', 'percent', 'duration'];
const cands: Candidate[] = [
  { name: 'shipped recipe (conf + first, L2 0.001)', features: [...CONF, ...FIRST], lambda: 0.001 },
  { name: 'conf + first, std L2 0.01', features: [...CONF, ...FIRST], lambda: 0.01 },
  { name: 'conf + first, std L2 0.1', features: [...CONF, ...FIRST], lambda: 0.1 },
  {
    name: 'conf + first, std L2 0.01, keys balanced',
    features: [...CONF, ...FIRST],
    lambda: 0.01,
    balanced: true,
  },
  { name: 'steady, std L2 0.01', features: STEADY, lambda: 0.01 },
  { name: 'steady, std L2 0.1', features: STEADY, lambda: 0.1 },
  { name: 'steady + kinds, std L2 0.01', features: [...STEADY, ...KINDS], lambda: 0.01 },
  { name: 'confidence logit', features: ['logit'], lambda: 0 },
  { name: 'shipped bold logit', features: ['boldLogit'], lambda: 0 },
  { name: 'shipped recipe + qWords', features: [...CONF, ...FIRST, 'text.qWords'], lambda: 0.001 },
  {
    name: 'shipped recipe + qWords + qNames',
    features: [...CONF, ...FIRST, 'text.qWords', 'text.qNames'],
    lambda: 0.001,
  },
];
// --cand NAME:F1,F2:L2 adds a candidate.
for (const spec of args.flatMap((a, i) => (a === '--cand' ? [args[i + 1] ?? ''] : []))) {
  const [name, feats, lambda] = spec.split(':');
  cands.push({
    name: name ?? spec,
    features: (feats ?? '').split(',').filter(Boolean),
    lambda: Number(lambda ?? 0.01),
  });
}

/** Fits a standardized logistic model on `train` and scores `test`. */
function fitScore(c: Candidate, train: readonly R[], test: readonly R[]): number[] {
  const mean = c.features.map((k) => train.reduce((s, r) => s + value(r, k), 0) / train.length);
  const sd = c.features.map(
    (k, i) =>
      Math.sqrt(train.reduce((s, r) => s + (value(r, k) - (mean[i] ?? 0)) ** 2, 0) / train.length) || 1,
  );
  const vec = (r: R) => [1, ...c.features.map((k, i) => (value(r, k) - (mean[i] ?? 0)) / (sd[i] ?? 1))];
  const perKey = new Map<string, number>();
  for (const r of train) perKey.set(r.key, (perKey.get(r.key) ?? 0) + 1);
  const beta = fitLogistic(
    train.map((r) => ({
      x: vec(r),
      y: r.y,
      w: c.balanced ? train.length / perKey.size / (perKey.get(r.key) ?? 1) : 1,
    })),
    c.features.length + 1,
    { lambda: c.lambda },
  );
  return test.map((r) => sigmoid(vec(r).reduce((s, v, i) => s + v * (beta[i] ?? 0), 0)));
}

const only = opt('--only')?.split('|');
for (const c of cands.filter((c) => !only || only.some((o) => c.name.startsWith(o)))) {
  const scored: Array<R & { score: number }> = [];
  for (const f of [...new Set(rows.map((r) => r.fold))]) {
    const test = rows.filter((r) => r.fold === f);
    const scores = fitScore(
      c,
      rows.filter((r) => r.fold !== f),
      test,
    );
    test.forEach((r, i) => {
      scored.push({ ...r, score: scores[i] ?? 0 });
    });
  }
  const items = scored.map((r) => ({ score: r.score, right: r.y === 1, fold: r.fold }));
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  const fresh = ranked.filter((r) => NEW.has(r.key));
  console.log(
    `\n${c.name}: AUC all ${auc(scored.map((r) => ({ s: r.score, y: r.y }))).toFixed(3)}, --new ${auc(fresh.map((r) => ({ s: r.score, y: r.y }))).toFixed(3)}; wrong among the best 200/400/600: ${[200, 400, 600].map((k) => ranked.slice(0, k).filter((r) => !r.y).length).join('/')}; --new among its best 20/40/60: ${[20, 40, 60].map((k) => fresh.slice(0, k).filter((r) => !r.y).length).join('/')}`,
  );
  for (const rule of RULES) {
    const at = nestedThresholds(items, rule.t);
    const bold = scored.filter((r) => r.score >= (at.get(r.fold) ?? 1));
    const right = bold.filter((r) => r.y === 1).length;
    const freshBold = bold.filter((r) => NEW.has(r.key));
    const under = keys
      .map((k) => bold.filter((r) => r.key === k))
      .filter((b) => b.length && b.filter((r) => r.y === 1).length / b.length < 0.9)
      .map((b) => `${b[0]?.key} ${tally(b)}`);
    console.log(
      `  ${rule.name} (nested thresholds ${Math.min(...at.values()).toFixed(3)}-${Math.max(...at.values()).toFixed(3)}): bold ${tally(bold)} (${pct(right, bold.length)}, Wilson 90% low ${pct(wilsonLower(right, bold.length) * bold.length, bold.length)}); --new ${tally(freshBold)} (${pct(freshBold.filter((r) => r.y === 1).length, freshBold.length)}); keys under 90%: ${under.join(', ') || 'none'}`,
    );
    console.log(`    ${keys.map((k) => `${k} ${tally(bold.filter((r) => r.key === k))}`).join('  ')}`);
    if (opt('--wrong') && c.name.startsWith(opt('--wrong') ?? '~') && rule === RULES[0])
      for (const r of bold.filter((r) => r.y !== 1))
        console.log(
          `    wrong ${r.key} ${r.empty ? 'unanswerable ' : ''}${r.form} ${r.score.toFixed(3)} ${JSON.stringify(r.query)} -> ${JSON.stringify(r.short)}`,
        );
  }
}

if (args.includes('--hedged')) {
  const conf = CONFIDENCE_FEATURES as readonly string[];
  // --refit: the confidence refitted leaving one key out on every traced short answer (as fit-answers fits it).
  const refit = new Map<R, number>();
  if (args.includes('--refit'))
    for (const f of [...new Set(all.map((r) => r.fold))]) {
      const beta = fitLogistic(
        all
          .filter((r) => r.fold !== f)
          .map((r) => ({ x: conf.map((k) => r.x[k] ?? 0), y: r.empty ? 0 : r.y })),
        conf.length,
        { lambda: 0.001 },
      );
      for (const r of all.filter((r) => r.fold === f))
        refit.set(r, sigmoid(conf.reduce((s, k, i) => s + (r.x[k] ?? 0) * (beta[i] ?? 0), 0)));
    }
  const GROUPS: Readonly<Record<string, readonly string[]>> = {
    'own-N': ['own', 'A', 'B', 'C', 'D', 'F', 'G', 'H', 'S', 'I', 'J', 'K', 'L', 'M', 'N'],
    'P-V': ['P', 'Q', 'R', 'U', 'V'],
    'W-Z': ['W', 'X', 'Y', 'Z'],
    'AA-AD': ['AA', 'AB', 'AC', 'AD'],
  };
  const open = all.filter((r) => !r.withheld);
  const views: Array<[string, (r: R) => number]> = [['shipped confidence', (r) => r.conf]];
  if (refit.size) views.push(['confidence refitted out of fold', (r) => refit.get(r) ?? 0]);
  for (const [label, read] of views) {
    console.log(`\nhedged (shown, not bold), ${label}: right/shown u unanswerable shown`);
    for (const show of [0.35, 0.4, 0.45, 0.5, 0.55, 0.6]) {
      const h = open.filter((r) => read(r) >= show && r.bold < shipped.sure);
      console.log(
        `  show ${show}: ${tally(h)} | ${Object.entries(GROUPS)
          .map(([g, ks]) => {
            const s = h.filter((r) => ks.includes(r.key));
            return `${g} ${tally(s)} (${pct(s.filter((r) => r.y === 1).length, s.length)})`;
          })
          .join('  ')}`,
      );
    }
    for (const lo of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]) {
      const band = open.filter((r) => read(r) >= lo && read(r) < lo + 0.05 && r.bold < shipped.sure);
      const newest = band.filter((r) => GROUPS['W-Z']?.includes(r.key) || GROUPS['AA-AD']?.includes(r.key));
      console.log(`  band ${lo.toFixed(2)}-${(lo + 0.05).toFixed(2)}: ${tally(band)}; W-AD ${tally(newest)}`);
    }
  }
}
