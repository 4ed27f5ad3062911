/**
 * npx tsx bench/within-answers.ts --weights FILE [--counts]
 *
 * Answers every TRAIN question of the answer keys (never HELD OUT) twice, with the shipped weights
 * and with each fold's weights of FILE (written by `bench/rank-within.ts --out FILE`: per fold, the
 * features fitted on every other key, added to the shipped rank weights; D, F and S one fold), so
 * each key is answered by weights fitted without it: the left-out-key figures of a set of rank
 * features as the answer gives them (first, top 3, short answers right, shown, bold), per key,
 * before -> after. Totals only: no item is printed.
 */
import { readFileSync } from 'node:fs';
import { answerQuery } from '../src/answer/answer.js';
import type { Answer } from '../src/answer/types.js';
import { defaultWeights, type RankFeature, type Weights } from '../src/answer/weights.js';
import { buildIndex } from '../src/index/build.js';
import { line, type Outcome, outcome, summarize } from './eval-answers.js';
import { allKeys } from './keys.js';
import { foldOf } from './rank-trace.js';

const args = process.argv.slice(2);
const file = args.includes('--weights') ? (args[args.indexOf('--weights') + 1] ?? '') : '';
if (!file)
  throw new Error(
    'within-answers needs --weights FILE: write one with `npx tsx bench/rank-within.ts --out FILE`.',
  );
const { folds } = JSON.parse(readFileSync(file, 'utf8')) as { folds: Record<string, Record<string, number>> };
const shipped = defaultWeights();
const weightsOf = (fold: string): Weights => {
  const add = folds[fold];
  if (!add) throw new Error(`${file} has no weights for fold ${fold}: rerun bench/rank-within.ts --out.`);
  const rank = { ...shipped.rank };
  for (const [f, w] of Object.entries(add)) rank[f as RankFeature] = (rank[f as RankFeature] ?? 0) + w;
  return { ...shipped, rank };
};
const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const questions = allKeys().filter((q) => q.split === 'train');
const keyOf = (k: string) => (k.startsWith('questions.own') ? 'own' : k);
const before: Outcome[] = [];
const after: Outcome[] = [];
for (const q of questions) {
  before.push(outcome(q, answerQuery(index, q.query) as Answer));
  after.push(outcome(q, answerQuery(index, q.query, { weights: weightsOf(foldOf(keyOf(q.key))) }) as Answer));
}
for (const k of [...new Set(questions.map((q) => q.key))]) {
  console.log(line(`${k} before`, summarize(before.filter((o) => o.q.key === k))));
  console.log(line(`${k} after`, summarize(after.filter((o) => o.q.key === k))));
}
console.log(line('all before', summarize(before)));
console.log(line('all after', summarize(after)));
