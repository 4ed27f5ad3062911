/**
 * npx tsx bench/same-article.ts [--keys L,K] [--verbose]
 *
 * The misses of the first place inside the right article (issue 21, rank-17): counts, per key, the
 * answerable TRAIN questions whose first fact is wrong while its article holds the answer (another
 * sentence of the right article won), against the other misses of the first place; --verbose prints
 * each such question with the winning and the right sentence and the rank features that differ
 * (reading keys only; never run it on HELD OUT or on a transfer key's items).
 */
import { type AnswerTrace, answerQuery } from '../src/answer/answer.js';
import { RANK_FEATURES } from '../src/answer/weights.js';
import { buildIndex } from '../src/index/build.js';
import { outcome } from './eval-answers.js';
import { allKeys } from './keys.js';

const args = process.argv.slice(2);
const keys = (args.includes('--keys') ? (args[args.indexOf('--keys') + 1] ?? 'L,K') : 'L,K').split(',');
const verbose = args.includes('--verbose');
const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const counts = new Map<string, number>();
const count = (c: string) => counts.set(c, (counts.get(c) ?? 0) + 1);
for (const q of allKeys()) {
  if (q.split !== 'train' || q.empty || !keys.includes(q.key)) continue;
  let trace: AnswerTrace | undefined;
  const a = answerQuery(index, q.query, { trace: (t) => (trace = t) });
  const o = outcome(q, a);
  if (o.rank === 0) continue;
  const holds = (text: string, id: string) =>
    q.expect.some((e) => new RegExp(e.match, 'i').test(text) && [e.source].flat().includes(id));
  const cands = trace?.candidates ?? [];
  const first = cands[0];
  const at = cands.findIndex((c) => holds(c.text, c.articleId));
  const right = cands[at];
  let cause = 'untyped or silent';
  if (first && right && first.articleId === right.articleId) cause = 'same article, another sentence won';
  else if (first && right) cause = 'another article won';
  else if (first) cause = 'right sentence not a candidate';
  count(`${q.key} ${cause}`);
  if (!verbose || cause !== 'same article, another sentence won' || !first || !right) continue;
  const diff = RANK_FEATURES.filter(
    (k) => Math.abs((first.features[k] ?? 0) - (right.features[k] ?? 0)) > 1e-6,
  )
    .map((k) => `${k} ${(first.features[k] ?? 0).toFixed(2)}/${(right.features[k] ?? 0).toFixed(2)}`)
    .join(', ');
  console.log(
    `[${q.key} ${q.form ?? ''} at ${at + 1}] ${q.query}\n  WON   [${first.span ?? ''}] ${first.text.slice(0, 220)}\n  RIGHT [${right.span ?? ''}] ${right.text.slice(0, 220)}\n  won/right: ${diff}`,
  );
}
for (const [c, n] of [...counts].sort()) console.log(`${String(n).padStart(4)}  ${c}`);
