/**
 * npx tsx bench/form-folds.ts --folds DIR [--keys U,R] [--verbose]
 *
 * The learned question forms end to end, out of fold (type-25): each TRAIN key's questions are
 * answered with the form model fitted without that key (DIR/forms-without-K.json, written by
 * `bench/fit-forms.ts --cv --folds DIR`) and with no model (the rules alone). Only the questions whose
 * reading the model changes are answered (the rest answer the same); prints per key the first fact
 * right, top 3, short answer right, bold and unanswerable silent, before -> after, and the bench's 200
 * headline topic queries the model types (the fitted model in src/answer/forms.json). `--folds fitted`
 * answers with the fitted model for every key (in sample: what eval-answers would count, by difference).
 * --min P: the learned form types an untyped question from p >= P (default LEARNED_FORM_MIN).
 * --override P: the learned form replaces a type the rules read where they disagree, from p >= P.
 */
import { readFileSync } from 'node:fs';
import { answerQuery } from '../src/answer/answer.js';
import { type FormModel, formModel, useFormModel } from '../src/answer/form-model.js';
import {
  readQuestion,
  readQuestionByRules,
  useLearnedMin,
  useLearnedOverride,
} from '../src/answer/question.js';
import { buildIndex } from '../src/index/build.js';
import { outcome } from './eval-answers.js';
import { readKey, TRAIN_KEYS } from './keys.js';
import { benchQueries } from './queries.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const dir = opt('folds', '/tmp/forms-folds');
const keys = opt('keys', TRAIN_KEYS.join(',')).split(',');
const verbose = args.includes('--verbose');
useLearnedOverride(Number(opt('override', '2')));
if (args.includes('--min')) useLearnedMin(Number(opt('min', '0.85')));
const none: FormModel = { classes: ['topic'], words: [], bias: [0], weights: {} };

const headlines = await benchQueries('../shared/corpora/bbc');
useFormModel();
const typedHeadlines = headlines.filter((h) => readQuestion(h).wants !== undefined).length;
const typedByRules = headlines.filter((h) => readQuestionByRules(h).wants !== undefined).length;
console.log(
  `bench headlines typed: rules ${typedByRules}, with the fitted model ${typedHeadlines} of ${headlines.length}`,
);

const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
/** Counts of one key (or all), each pair [rules alone, with the model]. */
const zero = () => ({
  n: 0,
  changed: 0,
  first: [0, 0],
  top3: [0, 0],
  short: [0, 0],
  shown: [0, 0],
  silent: [0, 0],
  bold: [0, 0],
  boldRight: [0, 0],
  emptyShown: [0, 0],
  empty: 0,
});
const total = zero();
for (const k of keys) {
  // --folds fitted: the fitted model (src/answer/forms.json) for every key, in sample.
  useFormModel();
  const model =
    dir === 'fitted'
      ? formModel()
      : (JSON.parse(readFileSync(`${dir}/forms-without-${k}.json`, 'utf8')) as FormModel);
  const t = zero();
  for (const q of readKey(`bench/keys/questions-${k}.json`, k, 'train')) {
    useFormModel(model);
    const after = readQuestion(q.query);
    const before = readQuestionByRules(q.query);
    if (q.empty) t.empty++;
    else t.n++;
    if (JSON.stringify(after) === JSON.stringify(before)) continue;
    t.changed++;
    const o = [none, model].map((m) => {
      useFormModel(m);
      return outcome(q, answerQuery(index, q.query));
    });
    for (const [i, x] of o.entries()) {
      if (q.empty) {
        t.silent[i] = (t.silent[i] ?? 0) + (x.silent ? 1 : 0);
        t.emptyShown[i] = (t.emptyShown[i] ?? 0) + (x.shown ? 1 : 0);
      } else {
        t.bold[i] = (t.bold[i] ?? 0) + (x.sure ? 1 : 0);
        t.boldRight[i] = (t.boldRight[i] ?? 0) + (x.sure && x.shortRight ? 1 : 0);
        t.first[i] = (t.first[i] ?? 0) + (x.rank === 0 ? 1 : 0);
        t.top3[i] = (t.top3[i] ?? 0) + (x.rank >= 0 && x.rank < 3 ? 1 : 0);
        t.short[i] = (t.short[i] ?? 0) + (x.shortRight ? 1 : 0);
        t.shown[i] = (t.shown[i] ?? 0) + (x.shown ? 1 : 0);
      }
    }
    if (verbose)
      console.log(
        `  ${k} [${q.form}] ${JSON.stringify(after)} rank ${o[0]?.rank} -> ${o[1]?.rank} short ${o[0]?.shortRight} -> ${o[1]?.shortRight}${q.empty ? ` silent ${o[0]?.silent} -> ${o[1]?.silent}` : ''}  ${q.query}`,
      );
  }
  const d = (xs: number[]) => `${xs[0]} -> ${xs[1]}`;
  console.log(
    `${k}: ${t.changed} of ${t.n + t.empty} read otherwise; among them first ${d(t.first)}, top 3 ${d(t.top3)}, short right ${d(t.short)} (shown ${d(t.shown)}), bold ${d(t.bold)} (right ${d(t.boldRight)}), unanswerable silent ${d(t.silent)} (shown ${d(t.emptyShown)})`,
  );
  total.n += t.n;
  total.changed += t.changed;
  for (const f of ['first', 'top3', 'short', 'shown', 'silent', 'bold', 'boldRight', 'emptyShown'] as const)
    for (const i of [0, 1]) total[f][i] = (total[f][i] ?? 0) + (t[f][i] ?? 0);
}
const d = (xs: number[]) => `${xs[0]} -> ${xs[1]}`;
console.log(
  `all: ${total.changed} read otherwise; first ${d(total.first)}, top 3 ${d(total.top3)}, short right ${d(total.short)} (shown ${d(total.shown)}), bold ${d(total.bold)} (right ${d(total.boldRight)}), unanswerable silent ${d(total.silent)} (shown ${d(total.emptyShown)})`,
);
useFormModel();
