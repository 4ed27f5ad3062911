/**
 * npx tsx bench/form-look.ts --keys AA,AB --forms why,what-said [--options name=value,...]
 *
 * Issue 21 §3 (answers-32): each TRAIN question of the forms given, with the type read (`wants`), where
 * the key's fact stands, the short answer and the first facts: the items to count by cause. A HELD OUT
 * key is refused.
 */
import { buildIndex } from '../src/index/build.js';
import { answerOptions, outcome, tracedAnswer } from './eval-answers.js';
import { optionOf, questionsOf, trainKeysArg } from './keys.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => optionOf(args, name, fallback);
const keys = trainKeysArg(args, 'AA,AB');
const forms = new Set(opt('forms', 'why,what-said,what-happened,yes-no').split(','));
const given = answerOptions(opt('options', ''));
const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const chosen = questionsOf(keys).filter((q) => q.split === 'train' && forms.has(q.form ?? ''));
for (const q of chosen) {
  const { answer: a, trace } = tracedAnswer(index, q.query, given);
  const o = outcome(q, a);
  const mark = q.empty
    ? 'EMPTY'
    : o.rank === 0
      ? o.shortRight
        ? 'OK'
        : 'FIRST'
      : o.rank > 0
        ? `R${o.rank + 1}`
        : 'MISS';
  console.log(
    `${mark} [${q.key}${q.index} ${q.form} ${trace?.wants ?? '-'}] ${q.query}\n` +
      `   expect /${q.expect.map((e) => e.match).join('/ | /')}/ ${q.expect.flatMap((e) => [e.source].flat()).join(',')}\n` +
      `   short «${a.answer?.text ?? ''}» conf ${a.confidence?.toFixed(2) ?? '-'} spans ${(
        trace?.short?.spans ?? []
      )
        .slice(0, 3)
        .map((s) => `${s.text.slice(0, 60)}@${s.weight.toFixed(2)}`)
        .join(' | ')}${a.note ? `\n   note ${a.note}` : ''}`,
  );
  a.facts.slice(0, 3).forEach((f, i) => {
    console.log(`   ${i + 1}. ${f.citations.map((c) => c.id).join(',')} ${f.text.slice(0, 220)}`);
  });
}
