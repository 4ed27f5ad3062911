/**
 * npx tsx bench/fit-modality.ts [--write] [--l2 0.01] [--corpus ../shared/corpora/bbc] [--keys A,D,...]
 *
 * Fits the modality reader (src/claims/modality.ts `fittedModality`): for each labelled figure of
 * the TRAIN claims keys (claims.json's train part as A, claims-D ... claims-X; never claims-Y, held
 * out) the claim is found as bench/score-claims.ts finds it, its features are read
 * (`modalityFeatures`: the rules' reading and the cue words of its clause) and a multinomial logistic
 * model (L2) is fitted over the classes the keys label (reported, expected, proposed). Prints, per
 * key, the modality right of the rules and of the model out of fold (fitted on the other keys, the
 * key left out); --write fits on all the keys and writes src/claims/modality-weights.json.
 * --dump X,W prints the reading keys' figures the model changes out of fold.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  keepsRule,
  type Modality,
  type ModalityWeights,
  modalityFeatures,
  modalityOf,
} from '../src/claims/modality.js';
import { buildIndex } from '../src/index/build.js';
import { type KeyLabel, labelClaim, refuseHeld, spaced, trainLabels } from './claim-labels.js';
import { args, option } from './options.js';

const corpus = option('corpus', '../shared/corpora/bbc');
const l2s = option('l2', '0.01').split(',').map(Number);
let l2 = l2s[0] ?? 0.01;
const KEYS = option('keys', 'A,D,F,G,H,I,J,K,T,V,W,X').split(',');
const dump = option('dump', '').split(',');
refuseHeld(KEYS);
const CLASSES: Modality[] = ['reported', 'expected', 'proposed'];

/** A claims key's label, with the field this script reads. */
interface Label extends KeyLabel {
  modality: string;
}
interface Row {
  key: string;
  label: Label;
  text: string;
  start: number;
  end: number;
  rule: Modality;
  features: string[];
  gold: number;
}

/** --cache FILE: the figures found (sentence, place, label) kept in FILE, read from it when it exists. */
const cache = option('cache', '');
const rows: Row[] = [];
/** Per key: labelled figures (read or not). */
const figures = new Map<string, number>();
if (cache && existsSync(cache)) {
  const kept = JSON.parse(readFileSync(cache, 'utf8')) as {
    figures: Array<[string, number]>;
    rows: Array<Pick<Row, 'key' | 'label' | 'text' | 'start' | 'end'>>;
  };
  for (const [k, n] of kept.figures) if (KEYS.includes(k)) figures.set(k, n);
  for (const r of kept.rows)
    if (KEYS.includes(r.key)) rows.push(rowOf(r.key, r.label, r.text, r.start, r.end));
} else {
  const index = await buildIndex(corpus, { warn: () => {} });
  for (const k of KEYS) {
    const labels = trainLabels<Label>(k);
    figures.set(k, labels.length);
    const seen = new Map<string, number>();
    for (const l of labels) {
      const { where, claim } = labelClaim(index, corpus, l, seen);
      if (!where || !claim) continue;
      const { start, end: qEnd } = claim.quantity;
      const text = where.fact.text;
      rows.push(rowOf(k, l, text, start, qEnd));
    }
  }
  if (cache)
    writeFileSync(
      cache,
      JSON.stringify({
        figures: [...figures],
        rows: rows.map(({ key, label, text, start, end }) => ({ key, label, text, start, end })),
      }),
    );
}

function rowOf(key: string, label: Label, text: string, start: number, end: number): Row {
  const rule = modalityOf(text, start, end);
  return {
    key,
    label,
    text,
    start,
    end,
    rule,
    features: modalityFeatures(text, start, end),
    gold: CLASSES.indexOf(label.modality as Modality),
  };
}

function fitModel(train: readonly Row[]): ModalityWeights {
  const names = [...new Set(train.flatMap((r) => r.features))].sort();
  const at = new Map(names.map((n, i) => [n, i]));
  const C = CLASSES.length;
  const w = names.map(() => new Array<number>(C).fill(0));
  const m = names.map(() => new Array<number>(C).fill(0));
  const v = names.map(() => new Array<number>(C).fill(0));
  const usable = train.filter((r) => r.gold >= 0);
  const encoded = usable.map((r) => r.features.map((f) => at.get(f) ?? -1).filter((i) => i >= 0));
  const rate = 0.05;
  for (let step = 1; step <= 600; step++) {
    const grad = w.map((row, j) => row.map((x) => (names[j] === 'bias' ? 0 : l2 * x)));
    usable.forEach((r, n) => {
      const fs = encoded[n] ?? [];
      const s = new Array<number>(C).fill(0);
      for (const j of fs) for (let c = 0; c < C; c++) s[c] = (s[c] ?? 0) + (w[j]?.[c] ?? 0);
      const top = Math.max(...s);
      const e = s.map((x) => Math.exp(x - top));
      const total = e.reduce((a, b) => a + b, 0);
      for (let c = 0; c < C; c++) {
        const g = ((e[c] ?? 0) / total - (c === r.gold ? 1 : 0)) / usable.length;
        for (const j of fs) (grad[j] as number[])[c] = (grad[j]?.[c] ?? 0) + g;
      }
    });
    for (let j = 0; j < names.length; j++)
      for (let c = 0; c < C; c++) {
        const g = grad[j]?.[c] ?? 0;
        const mj = m[j] as number[];
        const vj = v[j] as number[];
        mj[c] = 0.9 * (mj[c] ?? 0) + 0.1 * g;
        vj[c] = 0.999 * (vj[c] ?? 0) + 0.001 * g * g;
        const mh = (mj[c] ?? 0) / (1 - 0.9 ** step);
        const vh = (vj[c] ?? 0) / (1 - 0.999 ** step);
        (w[j] as number[])[c] = (w[j]?.[c] ?? 0) - (rate * mh) / (Math.sqrt(vh) + 1e-8);
      }
  }
  const weights: Record<string, number[]> = {};
  names.forEach((n, j) => {
    weights[n] = (w[j] ?? []).map((x) => Math.round(x * 1000) / 1000);
  });
  return { classes: CLASSES, weights };
}

/** --margin: how much more the model's class must score than the rules' reading to replace it. */
const margins = option('margin', '0').split(',').map(Number);
let margin = margins[0] ?? 0;
/** --keep proposed,...: the rules' readings the model never replaces. */
const keep = option('keep', '').split(',').filter(Boolean);
function predict(r: Row, model: ModalityWeights): Modality {
  const rule = model.classes.indexOf(r.rule);
  if (rule < 0 || keep.includes(r.rule) || keepsRule(r.rule, r.features)) return r.rule;
  const s = model.classes.map((_, c) => r.features.reduce((t, f) => t + (model.weights[f]?.[c] ?? 0), 0));
  let best = 0;
  for (let c = 1; c < s.length; c++) if ((s[c] ?? 0) > (s[best] ?? 0)) best = c;
  return (s[best] ?? 0) - (s[rule] ?? 0) > margin ? (model.classes[best] ?? r.rule) : r.rule;
}

for (const each of l2s)
  for (const m of margins) {
    l2 = each;
    margin = m;
    console.log(`L2 ${l2}, margin ${margin}`);
    console.log('key  figures  read  rules  out-of-fold  (changed: gained / lost)');
    const totals = { figures: 0, read: 0, rules: 0, ours: 0, gained: 0, lost: 0 };
    for (const k of KEYS) {
      const test = rows.filter((r) => r.key === k);
      const model = fitModel(rows.filter((r) => r.key !== k));
      let rules = 0;
      let ours = 0;
      let gained = 0;
      let lost = 0;
      for (const r of test) {
        const p = predict(r, model);
        const ruleOk = r.rule === r.label.modality;
        const ok = p === r.label.modality;
        if (ruleOk) rules++;
        if (ok) ours++;
        if (ok && !ruleOk) gained++;
        if (!ok && ruleOk) lost++;
        if (dump.includes(k) && p !== r.rule)
          console.log(
            `  ${ok ? '+' : ruleOk ? '-' : '~'} [${r.label.article}] ${r.label.figure}: key ${r.label.modality}, rules ${r.rule}, model ${p} | ${spaced(r.text)}`,
          );
      }
      const n = figures.get(k) ?? 0;
      console.log(
        `${k.padEnd(4)} ${String(n).padStart(7)} ${String(test.length).padStart(5)} ${String(rules).padStart(6)} ${String(ours).padStart(12)}  (+${gained} / -${lost})`,
      );
      totals.figures += n;
      totals.read += test.length;
      totals.rules += rules;
      totals.ours += ours;
      totals.gained += gained;
      totals.lost += lost;
    }
    console.log(
      `all  ${String(totals.figures).padStart(7)} ${String(totals.read).padStart(5)} ${String(totals.rules).padStart(6)} ${String(totals.ours).padStart(12)}  (+${totals.gained} / -${totals.lost})`,
    );
  }
l2 = l2s[0] ?? 0.01;
margin = margins[0] ?? 0;

if (args.includes('--write')) {
  const model = fitModel(rows);
  writeFileSync(
    'src/claims/modality-weights.json',
    `${JSON.stringify(
      {
        about: `Weights of the modality reader (src/claims/modality.ts fittedModality): per feature, a weight per class. Fitted by bench/fit-modality.ts (multinomial logistic, L2 ${l2}) on the TRAIN claims keys ${KEYS.join(', ')} (A: claims.json's train part).`,
        margin,
        ...model,
      },
      null,
      1,
    )}\n`,
  );
  console.log(`wrote src/claims/modality-weights.json (${Object.keys(model.weights).length} features)`);
}
