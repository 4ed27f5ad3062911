/**
 * npx tsx bench/short-table.ts [--keys M,K]
 *
 * One line per shown short answer of TRAIN answerable questions of reading keys (never transfer or
 * HELD OUT keys: it prints items): right or wrong, the first fact's rank holding the answer, the
 * form, the answer type, the confidence, the bold flag, the best span's weight and whether it is
 * far from the question's words, and the short answer. For finding what tells a span that cannot
 * be right (issue 21, span-16).
 */
import { type AnswerTrace, answerQuery } from '../src/answer/answer.js';
import { readQuestion } from '../src/answer/question.js';
import { buildIndex } from '../src/index/build.js';
import { outcome } from './eval-answers.js';
import { allKeys } from './keys.js';

const args = process.argv.slice(2);
const i = args.indexOf('--keys');
const keys = (i >= 0 ? (args[i + 1] ?? 'M,K') : 'M,K').split(',');

const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
for (const q of allKeys()) {
  if (q.split !== 'train' || q.empty || !keys.includes(q.key)) continue;
  let trace: AnswerTrace | undefined;
  const a = answerQuery(index, q.query, { trace: (t) => (trace = t) });
  const o = outcome(q, a);
  if (!o.shown) continue;
  const s = trace?.short?.spans[0];
  console.log(
    [
      o.shortRight ? 'RIGHT' : 'WRONG',
      o.rank < 0 ? '-' : String(o.rank + 1),
      q.form ?? '-',
      readQuestion(q.query).wants ?? '-',
      a.confidence?.toFixed(2) ?? '-',
      o.sure ? 'B' : '.',
      s ? s.weight.toFixed(2) : '-',
      s?.far ? 'far' : 'near',
      `«${a.answer?.text ?? ''}»`,
      q.query,
    ].join('\t'),
  );
}
