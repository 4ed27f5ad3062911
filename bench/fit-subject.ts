/**
 * npx tsx bench/fit-subject.ts [--write] [--l2 0.01] [--corpus ../shared/corpora/bbc] [--keys D,F,...]
 *
 * Fits the subject chooser (src/claims/subject-fit.ts): for each labelled figure of the TRAIN
 * claims keys (claims.json's train part, claims-D, -F, -G, -H, -I, -J, -K by default; claims-T, held out
 * twice, is TRAIN since session 24: add it with --keys) the
 * claim is found as bench/score-claims.ts finds it, each of its candidate subjects is labelled right
 * or wrong as the scorer scores a subject (bench/subject-right.ts), and a conditional logit model
 * (softmax over a figure's candidates, L2) is fitted on the figures with at least one right
 * candidate. Prints, per key, the subject right out of fold (fitted on the other keys, the key left
 * out) against the rules' reading alone and the best any candidate could do; --write fits on all
 * the keys and writes src/claims/subject-weights.json.
 */
import { writeFileSync } from 'node:fs';
import { candidatesOf, keepCandidates } from '../src/claims/read.js';
import {
  chooseSubject,
  confidenceOf,
  FEATURES,
  SILENT,
  type SubjectCandidate,
  type SubjectFrom,
} from '../src/claims/subject-fit.js';
import { buildIndex } from '../src/index/build.js';
import { type KeyLabel, labelClaim, spaced, trainLabels } from './claim-labels.js';
import { args, option } from './options.js';
import { subjectRight } from './subject-right.js';

const corpus = option('corpus', '../shared/corpora/bbc');
const l2 = Number(option('l2', '0.01'));
const KEYS = option('keys', 'A,D,F,G,H,I,J,K').split(',');
/** --silent: staying silent is a candidate (as the engine weighs it). */
const withSilent = !args.includes('--no-silent');
/** --dump K,I: print the reading keys' figures whose subject the fit changes or misses. */
const dump = option('dump', '').split(',');
// claims-T was held out twice and is TRAIN since session 24: it may be fitted on (--keys ...,T).

/** A claims key's label, with the field this script reads. */
interface Label extends KeyLabel {
  subject: string;
}

keepCandidates(true);
const index = await buildIndex(corpus, { warn: () => {} });

/** One labelled figure: its candidates, each right or not (none when the claim was not read). */
interface Row {
  key: string;
  candidates: Array<{ features: number[]; right: boolean; candidate: SubjectCandidate }>;
  /** The rules' reading right. */
  ruleRight: boolean;
  label: Label;
}
const rows: Row[] = [];
for (const k of KEYS) {
  const labels = trainLabels<Label>(k);
  const seen = new Map<string, number>();
  for (const l of labels) {
    const { claim } = labelClaim(index, corpus, l, seen);
    const candidates = (claim ? (candidatesOf(claim) ?? []) : []).map((c) => ({
      features: c.features,
      right: subjectRight(l, c),
      candidate: c,
    }));
    const rule = candidates.find((c) => c.features[0] === 1);
    // With --silent, staying silent is a candidate of its own, right when no other is.
    if (withSilent && claim && !rule && candidates.length > 0)
      candidates.push({
        features: SILENT.features,
        right: !candidates.some((c) => c.right),
        candidate: SILENT,
      });
    rows.push({ key: k, candidates, ruleRight: rule?.right ?? false, label: l });
  }
}

/**
 * The rows the chooser decides: with --override every figure (the rules' reading one candidate
 * among others), else only those the rules leave silent (as the engine uses it).
 */
const override = args.includes('--override');
/** --decide resolved,phrase: the rules' readings (besides none) the chooser decides too. */
const decides = option('decide', '').split(',').filter(Boolean) as SubjectFrom[];
const ruleOf = (r: Row) => r.candidates.find((c) => c.features[0] === 1);
const decidedByRule = (r: Row) => {
  const rule = ruleOf(r);
  return rule !== undefined && !decides.includes(rule.candidate.from);
};
const decided = (r: Row) => override || !decidedByRule(r);

/** Fits the conditional logit on rows (those with a right candidate and a wrong one), by gradient descent. */
function fitWeights(train: readonly Row[]): number[] {
  const n = FEATURES.length;
  const w = new Array<number>(n).fill(0);
  const m = new Array<number>(n).fill(0);
  const v = new Array<number>(n).fill(0);
  const usable = train.filter(
    (r) => decided(r) && r.candidates.some((c) => c.right) && r.candidates.some((c) => !c.right),
  );
  const rate = 0.05;
  for (let step = 1; step <= 1500; step++) {
    const grad = w.map((x) => l2 * x);
    for (const r of usable) {
      const scores = r.candidates.map((c) => c.features.reduce((s, f, i) => s + f * (w[i] ?? 0), 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const total = exp.reduce((a, b) => a + b, 0);
      const rightMass = r.candidates.reduce((s, c, i) => s + (c.right ? (exp[i] ?? 0) : 0), 0);
      // Gradient of -log(sum over right candidates of p): E_p[f] - E_{p|right}[f].
      r.candidates.forEach((c, i) => {
        const p = (exp[i] ?? 0) / total;
        const q = c.right ? (exp[i] ?? 0) / rightMass : 0;
        for (let j = 0; j < n; j++)
          grad[j] = (grad[j] ?? 0) + ((p - q) * (c.features[j] ?? 0)) / usable.length;
      });
    }
    for (let j = 0; j < n; j++) {
      const g = grad[j] ?? 0;
      m[j] = 0.9 * (m[j] ?? 0) + 0.1 * g;
      v[j] = 0.999 * (v[j] ?? 0) + 0.001 * g * g;
      const mh = (m[j] ?? 0) / (1 - 0.9 ** step);
      const vh = (v[j] ?? 0) / (1 - 0.999 ** step);
      w[j] = (w[j] ?? 0) - (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return w;
}

const right = (r: Row, w: readonly number[]) => {
  if (!decided(r)) return r.ruleRight;
  const best = chooseSubject(
    r.candidates.map((c) => c.candidate),
    w,
  );
  // Staying silent is never a right subject (the scorer counts an empty one wrong).
  return (best?.subject.length ?? 0) > 0 && (r.candidates.find((c) => c.candidate === best)?.right ?? false);
};

console.log('key  figures  rules  out-of-fold  any-candidate');
const totals = { figures: 0, rules: 0, ours: 0, any: 0 };
/** Out of fold, the figures whose rules' reading (not empty) the fit overrides: right after, right before. */
const overrides = { total: 0, gained: 0, lost: 0 };
/** Out of fold, the figures the rules leave silent that the chooser gives a subject: how many, how many right. */
const fills = { total: 0, right: 0 };
for (const k of KEYS) {
  const test = rows.filter((r) => r.key === k);
  const w = fitWeights(rows.filter((r) => r.key !== k));
  const rules = test.filter((r) => r.ruleRight).length;
  const ours = test.filter((r) => right(r, w)).length;
  const any = test.filter((r) => r.candidates.some((c) => c.right && c.candidate.subject.length > 0)).length;
  const changed = test.filter((r) => {
    const rule = r.candidates.find((c) => c.features[0] === 1);
    return (
      rule &&
      chooseSubject(
        r.candidates.map((c) => c.candidate),
        w,
      ) !== rule.candidate
    );
  });
  overrides.gained += changed.filter((r) => right(r, w)).length;
  overrides.lost += changed.filter((r) => r.ruleRight).length;
  overrides.total += changed.length;
  const filled = test.filter(
    (r) => !r.candidates.some((c) => c.features[0] === 1) && r.candidates.length > 0,
  );
  const named = (r: Row) =>
    (chooseSubject(
      r.candidates.map((c) => c.candidate),
      w,
    )?.subject.length ?? 0) > 0;
  fills.total += filled.filter(named).length;
  fills.right += filled.filter((r) => named(r) && right(r, w)).length;
  totals.figures += test.length;
  totals.rules += rules;
  totals.ours += ours;
  totals.any += any;
  if (dump.includes(k))
    for (const r of test) {
      const best = chooseSubject(
        r.candidates.map((c) => c.candidate),
        w,
      );
      const ok = right(r, w);
      if (ok === r.ruleRight && ok) continue;
      console.log(
        `${ok ? '+' : r.ruleRight ? '-' : 'x'} [${r.label.article}] ${r.label.figure}: key "${r.label.subject}"; ${r.candidates.map((c) => `${c.candidate === best ? '*' : ''}${c.right ? '✓' : ''}${c.candidate.subject.join('+')}(${c.candidate.from[0]})`).join(' | ')}\n    ${spaced(r.label.sentence).slice(0, 220)}`,
      );
    }
  console.log(
    `${k.padEnd(4)} ${String(test.length).padStart(7)}  ${String(rules).padStart(5)}  ${String(ours).padStart(11)}  ${String(any).padStart(13)}`,
  );
}
console.log(
  `all  ${String(totals.figures).padStart(7)}  ${String(totals.rules).padStart(5)}  ${String(totals.ours).padStart(11)}  ${String(totals.any).padStart(13)}`,
);
if (override)
  console.log(
    `rules' reading overridden (out of fold): ${overrides.total} figures, right after ${overrides.gained}, right before ${overrides.lost}`,
  );
console.log(`rules silent, chooser's subject (out of fold): ${fills.right} right of ${fills.total}`);
// The rules' own readings, right of given, by where they come from (to weigh the chooser's against).
for (const from of ['named', 'resolved', 'phrase']) {
  const given = rows.filter((r) =>
    r.candidates.some((c) => c.features[0] === 1 && c.candidate.from === from),
  );
  console.log(`rules' ${from} readings: ${given.filter((r) => r.ruleRight).length} right of ${given.length}`);
}
// The chooser's confidence (softmax of its best candidate) against right, out of fold, for the
// figures the rules leave silent: how many it would fill, and how many right, from each minimum.
const confident: Array<{ p: number; right: boolean; key: string }> = [];
for (const k of KEYS) {
  const w = fitWeights(rows.filter((r) => r.key !== k));
  for (const r of rows.filter((r) => r.key === k && !decidedByRule(r) && r.candidates.length > 0))
    confident.push({
      p: confidenceOf(
        r.candidates.map((c) => c.candidate),
        w,
      ),
      right: right(r, w),
      key: k,
    });
}
for (const t of [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
  const kept = confident.filter((c) => c.p >= t);
  const perKey = KEYS.map((k) => {
    const mine = kept.filter((c) => c.key === k);
    return `${k} ${mine.filter((c) => c.right).length}/${mine.length}`;
  }).join(' ');
  console.log(`minimum ${t}: filled ${kept.length}, right ${kept.filter((c) => c.right).length} (${perKey})`);
}
const w = fitWeights(rows);
console.log(FEATURES.map((f, i) => `${f} ${(w[i] ?? 0).toFixed(2)}`).join(', '));
if (args.includes('--write')) {
  writeFileSync(
    'src/claims/subject-weights.json',
    `${JSON.stringify(
      {
        about: `Weights of the subject chooser (src/claims/subject-fit.ts): a figure's candidate subjects score sum of weight x feature, the best is its subject. Fitted by bench/fit-subject.ts (conditional logit, L2 ${l2}) on the TRAIN claims keys ${KEYS.join(', ')} (A: claims.json's train part).`,
        features: FEATURES,
        weights: w.map((x) => Number(x.toFixed(4))),
        decides,
      },
      null,
      2,
    )}\n`,
  );
  console.log('wrote src/claims/subject-weights.json');
}
