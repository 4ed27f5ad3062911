/**
 * npx tsx bench/untyped-rank.ts [--folds DIR] [--keys W,V] [--verbose] [--time]
 *
 * Questions of no type ranked by the typed ranking (rank-27, answer.ts `untypedRanked`) against a
 * fact's own BM25 alone. Each TRAIN key's questions are read with the question-form model fitted
 * without that key (DIR/forms-without-K.json, `bench/fit-forms.ts --cv --folds DIR`; `--folds
 * fitted`: the shipped model, in sample for the keys it was fitted on), since the shipped model
 * types nearly every question of the keys it was fitted on and far fewer of a fresh key's. Only the
 * questions read as no type are answered, both ways; prints per key the first fact right, top 3,
 * and unanswerable silent, off -> on. --time also answers the bench's 200 headline topic queries
 * both ways, alternating, and prints the time per query. TRAIN only; --verbose prints one line per
 * question whose first fact changes (never run it on HELD OUT).
 */
import { readFileSync } from 'node:fs';
import { answerQuery, defaultOptions, readsAsQuestion } from '../src/answer/answer.js';
import { type FormModel, formModel, useFormModel } from '../src/answer/form-model.js';
import { readQuestion } from '../src/answer/question.js';
import { buildIndex } from '../src/index/build.js';
import { outcome } from './eval-answers.js';
import { readKey, TRAIN_KEYS } from './keys.js';
import { benchQueries } from './queries.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const dir = opt('folds', 'fitted');
const keys = opt('keys', TRAIN_KEYS.join(',')).split(',');
const verbose = args.includes('--verbose');
const below = opt('topic-below', '');
const topicBelow = below ? Number(below) : defaultOptions.topicBelow;

const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const zero = () => ({ n: 0, untyped: 0, empty: 0, first: [0, 0], top3: [0, 0], silent: [0, 0] });
const total = zero();
const d = (xs: number[]) => `${xs[0]} -> ${xs[1]}`;
for (const k of keys) {
  const model =
    dir === 'fitted'
      ? formModel()
      : (JSON.parse(readFileSync(`${dir}/forms-without-${k}.json`, 'utf8')) as FormModel);
  useFormModel(model);
  const t = zero();
  for (const q of readKey(`bench/keys/questions-${k}.json`, k, 'train')) {
    if (!q.empty) t.n++;
    if (readQuestion(q.query).wants !== undefined) continue;
    if (q.empty) t.empty++;
    else t.untyped++;
    const o = [false, true].map((untypedRanked) =>
      outcome(q, answerQuery(index, q.query, { untypedRanked, topicBelow })),
    );
    for (const [i, x] of o.entries()) {
      if (q.empty) t.silent[i] = (t.silent[i] ?? 0) + (x.silent ? 1 : 0);
      else {
        t.first[i] = (t.first[i] ?? 0) + (x.rank === 0 ? 1 : 0);
        t.top3[i] = (t.top3[i] ?? 0) + (x.rank >= 0 && x.rank < 3 ? 1 : 0);
      }
    }
    if (verbose && (o[0]?.rank === 0) !== (o[1]?.rank === 0))
      console.log(`  ${k} [${q.form}] rank ${o[0]?.rank} -> ${o[1]?.rank}  ${q.query}`);
  }
  console.log(
    `${k}: ${t.untyped} of ${t.n} answerable untyped, ${t.empty} unanswerable; first ${d(t.first)}, top 3 ${d(t.top3)}, unanswerable silent ${d(t.silent)}`,
  );
  total.n += t.n;
  total.untyped += t.untyped;
  total.empty += t.empty;
  for (const f of ['first', 'top3', 'silent'] as const)
    for (const i of [0, 1]) total[f][i] = (total[f][i] ?? 0) + (t[f][i] ?? 0);
}
useFormModel();
console.log(
  `all: ${total.untyped} of ${total.n} answerable untyped, ${total.empty} unanswerable; first ${d(total.first)}, top 3 ${d(total.top3)}, unanswerable silent ${d(total.silent)}`,
);
if (args.includes('--time')) {
  const queries = await benchQueries('../shared/corpora/bbc');
  const asked = (q: string) => /\?\s*$|^(?:who|what|when|where|why|how|which)\b/i.test(q);
  console.log(
    `bench's topic queries read as questions: ${queries.filter((q) => readsAsQuestion(q, asked(q), topicBelow)).length}`,
  );
  const spent = [0, 0];
  for (let round = 0; round < 4; round++)
    for (const on of round % 2 === 0 ? [false, true] : [true, false]) {
      const start = performance.now();
      for (const q of queries) answerQuery(index, q, { untypedRanked: on });
      spent[on ? 1 : 0] = (spent[on ? 1 : 0] ?? 0) + performance.now() - start;
    }
  const per = spent.map((ms) => (ms / 2 / queries.length).toFixed(2));
  console.log(
    `bench's ${queries.length} topic queries, ms per query (2 rounds each, alternating): off ${per[0]}, on ${per[1]}`,
  );
}
