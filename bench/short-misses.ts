/**
 * npx tsx bench/short-misses.ts [--keys G,J]
 *
 * The short answer inside the right fact (issue 21): for TRAIN answerable questions of reading keys
 * whose first fact holds the answer but whose short answer is wrong or not shown, one block each:
 * the question's form and type, what the key expects, the short answer (shown or not, its
 * confidence), the first fact's spans and the fact. Then counts by form. Never run it on HELD OUT
 * or on transfer keys (it prints items). With --wrong-fact it lists instead the short answers shown
 * over a first fact that does not hold the answer (right or silent: these should not be shown).
 */
import { type AnswerTrace, answerQuery } from '../src/answer/answer.js';
import { readQuestion } from '../src/answer/question.js';
import { buildIndex } from '../src/index/build.js';
import { outcome } from './eval-answers.js';
import { allKeys } from './keys.js';

const args = process.argv.slice(2);
const i = args.indexOf('--keys');
const keys = (i >= 0 ? (args[i + 1] ?? 'G,J') : 'G,J').split(',');
const wrongFact = args.includes('--wrong-fact');

const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const byForm = new Map<string, { first: number; wrong: number; unshown: number }>();
for (const q of allKeys()) {
  if (q.split !== 'train' || q.empty || !keys.includes(q.key)) continue;
  let trace: AnswerTrace | undefined;
  const a = answerQuery(index, q.query, { trace: (t) => (trace = t) });
  const o = outcome(q, a);
  if (wrongFact ? o.rank === 0 || !o.shown : o.rank !== 0) continue;
  const form = q.form ?? '-';
  const f = byForm.get(form) ?? { first: 0, wrong: 0, unshown: 0 };
  byForm.set(form, f);
  f.first++;
  if (o.shortRight) continue;
  if (o.shown) f.wrong++;
  else f.unshown++;
  const short = trace?.short;
  const spans = (short?.spans ?? [])
    .slice(0, 5)
    .map((s) => `«${s.text}» ${s.weight.toFixed(2)}${s.kind ? ` ${s.kind}` : ''}${s.far ? ' far' : ''}`)
    .join(' | ');
  console.log(
    [
      `${wrongFact ? `RANK${o.rank < 0 ? '-' : o.rank + 1}${o.shortRight ? '+' : ' '}` : o.shown ? 'WRONG ' : 'UNSHOWN'}${o.sure ? 'B' : ' '} [${q.key} ${form} ${readQuestion(q.query).wants ?? '-'}] ${q.query}`,
      `  expect /${q.expect.map((e) => e.match).join('/ or /')}/  conf ${a.confidence?.toFixed(2) ?? '-'}${short?.withheld ? ' withheld' : ''}${a.note ? ` note: ${a.note}` : ''}`,
      `  spans: ${spans || '(none)'}`,
      `  fact: ${a.facts[0]?.text ?? ''}`,
    ].join('\n'),
  );
}
for (const [form, f] of [...byForm].sort())
  console.log(`${form.padEnd(14)} first ${f.first}  wrong ${f.wrong}  unshown ${f.unshown}`);
