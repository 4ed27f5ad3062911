/**
 * npx tsx bench/rank-dump.ts [--out FILE] [--forms why,what-said] [--texts]
 *
 * Traces every TRAIN question of the answer keys (bench/keys.ts `allKeys`, never HELD OUT) once with
 * the hand-set ranking (weights.json) and writes, per question, its key, form and each traced
 * candidate's rank features and whether it holds the expected answer, to FILE (default
 * .cache/rank-traces.json), for bench/rank-trace.ts to re-rank without answering again. --forms
 * traces only the questions of those forms (a form's own feature, 0 elsewhere, is screened on them).
 * --form-folds DIR: each key's questions are read with the question-form model fitted without that key
 * (DIR/forms-without-K.json, `bench/fit-forms.ts --cv --folds DIR`; a key without one, the own keys, A
 * and B, with the shipped model), what a fresh key sees; questions of no type ranked as questions
 * (`untypedRanked`) are traced too, each row with the type read (`wants`, '-' for none). --keys C,D
 * traces only those keys.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { type AnswerTrace, answerQuery } from '../src/answer/answer.js';
import { type FormModel, useFormModel } from '../src/answer/form-model.js';
import { defaultWeights, RANK_FEATURES } from '../src/answer/weights.js';
import { buildIndex } from '../src/index/build.js';
import { allKeys } from './keys.js';

const args = process.argv.slice(2);
const out = args.includes('--out') ? (args[args.indexOf('--out') + 1] ?? '') : '.cache/rank-traces.json';
const forms = args.includes('--forms') ? (args[args.indexOf('--forms') + 1] ?? '').split(',') : undefined;
/** --texts: each row keeps its question and each candidate its text and best span (new features screened on them). */
const texts = args.includes('--texts');
const formFolds = args.includes('--form-folds') ? args[args.indexOf('--form-folds') + 1] : undefined;
const keys = args.includes('--keys') ? (args[args.indexOf('--keys') + 1] ?? '').split(',') : undefined;
const models = new Map<string, FormModel | undefined>();
const formModelFor = (key: string): FormModel | undefined => {
  if (!models.has(key)) {
    const file = `${formFolds}/forms-without-${key}.json`;
    models.set(key, existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FormModel) : undefined);
  }
  return models.get(key);
};
const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const weights = defaultWeights();
const rows = allKeys()
  .filter(
    (q) =>
      q.split === 'train' &&
      !q.empty &&
      (!forms || forms.includes(q.form ?? '')) &&
      (!keys || keys.includes(q.key.startsWith('questions.own') ? 'own' : q.key)),
  )
  .map((q) => {
    let trace: AnswerTrace | undefined;
    if (formFolds) useFormModel(formModelFor(q.key));
    answerQuery(index, q.query, {
      weights: { ...weights, show: 0, none: 0 },
      trace: (t) => (trace = t),
      traceUntyped: Boolean(formFolds),
    });
    const holds = (text: string, id: string) =>
      q.expect.some((e) => new RegExp(e.match, 'i').test(text) && [e.source].flat().includes(id));
    return {
      key: q.key.startsWith('questions.own') ? 'own' : q.key,
      index: q.index,
      form: q.form ?? '-',
      wants: trace?.wants ?? '-',
      ...(texts ? { query: q.query } : {}),
      candidates: (trace?.candidates ?? []).map((c) => ({
        x: RANK_FEATURES.map((k) => c.features[k] ?? 0),
        y: holds(c.text, c.articleId),
        article: c.articleId,
        ...(texts ? { text: c.text, span: c.span ?? '' } : {}),
      })),
    };
  });
writeFileSync(out, JSON.stringify({ features: RANK_FEATURES, rows }));
console.log(`${rows.length} answerable TRAIN questions traced to ${out}`);
