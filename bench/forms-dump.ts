/**
 * npx tsx bench/forms-dump.ts --keys G,I --forms what-does,what-said,which,why
 * One block per TRAIN answerable question of the forms (reading keys only): how it is read, where the
 * right fact stands among the candidates, the first fact and its spans, the short answer.
 */
import { type AnswerTrace, answerQuery } from '../src/answer/answer.js';
import { readQuestion } from '../src/answer/question.js';
import { buildIndex } from '../src/index/build.js';
import { outcome } from './eval-answers.js';
import { allKeys } from './keys.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const keys = opt('keys', 'G,I').split(',');
const forms = opt('forms', 'what-does,what-said,which,why').split(',');
const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
for (const q of allKeys()) {
  if (q.split !== 'train' || q.empty || !keys.includes(q.key) || !forms.includes(q.form ?? '')) continue;
  let trace: AnswerTrace | undefined;
  const a = answerQuery(index, q.query, { trace: (t) => (trace = t) });
  const o = outcome(q, a);
  const res = q.expect.map((e) => ({ re: new RegExp(e.match, 'i'), src: [e.source].flat() }));
  const gold = trace?.candidates.findIndex((c) =>
    res.some((e) => e.src.includes(c.articleId) && e.re.test(c.text)),
  );
  const g = gold !== undefined && gold >= 0 ? trace?.candidates[gold] : undefined;
  const goldFacts = res.flatMap((e) =>
    e.src.flatMap((id) => index.factsOf(id).filter((f) => e.re.test(f.text))),
  );
  const tag = o.rank === 0 ? 'first' : o.rank > 0 ? `rank${o.rank + 1}` : 'miss';
  console.log(
    `== ${tag} ${o.shown ? (o.shortRight ? 'S+' : 'S-') : '--'} [${q.key} ${q.form}] ${q.query}\n   read ${JSON.stringify(readQuestion(q.query))}  expect /${q.expect.map((e) => e.match).join('|')}/`,
  );
  console.log(
    `   short: ${a.answer?.text ?? '(none)'}${trace?.short ? ` [first's short: ${trace.short.text}${trace.short.withheld ? ' withheld' : ''}]` : ''}`,
  );
  const f0 = trace?.candidates[0];
  console.log(`   first cand: ${f0?.articleId} [${f0?.span ?? ''}] ${f0?.text.slice(0, 220)}`);
  if (trace?.short)
    console.log(
      `   spans: ${trace.short.spans
        .slice(0, 4)
        .map((s) => `${s.text.slice(0, 60)}@${s.weight.toFixed(2)}`)
        .join(' | ')}`,
    );
  if (g && gold !== 0)
    console.log(
      `   gold cand at ${(gold ?? 0) + 1}: ${g.articleId} [${g.span ?? ''}] ${g.text.slice(0, 220)}`,
    );
  else if (!g)
    console.log(
      `   gold not candidate (${trace ? 'typed' : 'untyped'}); gold facts: ${
        goldFacts
          .slice(0, 2)
          .map((f) => `${f.articleId}: ${f.text.slice(0, 200)}`)
          .join(' || ') || '(no sentence matches)'
      }`,
    );
}
