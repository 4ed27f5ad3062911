/**
 * npx tsx bench/spoke-causes.ts [--keys W,X] [--verbose]
 *
 * Why an unanswerable question is answered anyway (TRAIN keys only; issue 21 §1): per key and by
 * the key's kind (never mentioned, near miss), what the answer shows (a short answer shown, three
 * facts with the short answer hidden, facts of a question of no type) and which near-miss signals
 * (answerable.ts NEAR_FEATURES, the trace's `short.near`) its first candidate fires. --verbose
 * prints one line per question spoken (TRAIN only; never run it on HELD OUT).
 */
import { type AnswerTrace, answerQuery } from '../src/answer/answer.js';
import { NEAR_FEATURES } from '../src/answer/answerable.js';
import { buildIndex } from '../src/index/build.js';
import { outcome } from './eval-answers.js';
import { allKeys } from './keys.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const keys = opt('keys', 'W,X').split(',');
const verbose = args.includes('--verbose');

const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const counts = new Map<string, number>();
const count = (cause: string) => counts.set(cause, (counts.get(cause) ?? 0) + 1);
for (const q of allKeys()) {
  if (q.split !== 'train' || !q.empty || !keys.includes(q.key)) continue;
  let trace: AnswerTrace | undefined;
  const a = answerQuery(index, q.query, { trace: (t) => (trace = t) });
  const o = outcome(q, a);
  if (o.silent) continue;
  const shows = a.answer
    ? 'short answer shown'
    : trace?.short
      ? 'facts, short answer hidden'
      : 'facts, no short answer';
  count(`${q.key} ${q.kind} ${shows}`);
  const near = trace?.short?.near;
  const fired = near ? NEAR_FEATURES.filter((f) => near[f]) : [];
  for (const f of fired) count(`${q.key} ${q.kind} fires ${f}`);
  if (verbose)
    console.log(
      `[${q.key} ${q.kind} ${q.form ?? ''}] ${q.query}\n    ${shows}${a.answer ? ` «${a.answer.text}»` : ''} conf ${a.confidence?.toFixed(2) ?? '-'} facts ${a.facts.length}${a.note ? ` note: ${a.note}` : ''} near {${fired.join(', ')}} claim ${JSON.stringify(trace?.short?.claim ?? null)}\n    ${trace?.short?.articleId ?? a.facts[0]?.citations[0]?.id ?? ''}: ${(trace?.short?.factText ?? a.facts[0]?.text ?? '').slice(0, 200)}`,
    );
}
for (const [cause, n] of [...counts].sort()) console.log(`${String(n).padStart(4)}  ${cause}`);
