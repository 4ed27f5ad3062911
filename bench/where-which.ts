/**
 * npx tsx bench/where-which.ts [--keys AE,AD] [--forms where,which] [--items] [--options name=value,...]
 *
 * Issue 21 §2 (forms-35): why a "where" or "which" question of the TRAIN keys given is not answered
 * by its first fact with a right short answer, counted once each by the first cause that holds:
 * - `typed otherwise`: read as asking no type, or a type of another form (a "where" not a place, a
 *   "which" not a name, a person or an organisation);
 * - `class not read`: a "which" read as a loose name (the noun asked known to no list: no short answer cut);
 * - `same article`: the first fact is another sentence of an article the key cites;
 * - `another article`: a source of the key is among the facts, lower, and the first is of another article;
 * - `never a candidate`: no fact of the key's sources among the facts;
 * - `span wrong` / `span unshown`: the first fact is right, the short answer wrong / not shown.
 * `--items` prints one line a miss (the reading keys only). TRAIN only: a HELD OUT key is refused.
 */

import { readQuestion } from '../src/answer/question.js';
import { buildIndex } from '../src/index/build.js';
import { answerOptions, outcome, tracedAnswer } from './eval-answers.js';
import { optionOf, questionsOf, trainKeysArg } from './keys.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => optionOf(args, name, fallback);
const keys = trainKeysArg(args, 'AE,AD');
const forms = opt('forms', 'where,which').split(',');
const items = args.includes('--items');

const FORM_TYPES: Record<string, readonly string[]> = {
  where: ['place'],
  which: ['name', 'person', 'organisation', 'place', 'date'],
};

const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const chosen = questionsOf(keys).filter(
  (q) => q.split === 'train' && !q.empty && forms.includes(q.form ?? ''),
);
const given = answerOptions(args.includes('--options') ? opt('options', '') : '');
const counts = new Map<string, number>();
let right = 0;
for (const q of chosen) {
  const { answer: a, trace } = tracedAnswer(index, q.query, given);
  const o = outcome(q, a);
  if (o.rank === 0 && o.shortRight) {
    right++;
    continue;
  }
  const form = readQuestion(q.query);
  const sources = q.expect.flatMap((e) => [e.source].flat());
  const firstCited = a.facts[0]?.citations.map((c) => c.id) ?? [];
  const cause =
    !form.wants || !(FORM_TYPES[q.form ?? ''] ?? []).includes(form.wants)
      ? 'typed otherwise'
      : form.loose
        ? 'class not read'
        : o.rank === 0
          ? o.shown
            ? 'span wrong'
            : 'span unshown'
          : firstCited.some((id) => sources.includes(id))
            ? 'same article'
            : o.rank > 0
              ? 'another article'
              : 'never a candidate';
  const key = `${q.form} ${cause}`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
  if (!items) continue;
  const spans = (trace?.short?.spans ?? [])
    .slice(0, 4)
    .map((s) => `${s.text}${s.kind ? `:${s.kind}` : ''}@${s.weight.toFixed(2)}${s.far ? ' far' : ''}`)
    .join(' | ');
  console.log(
    `[${q.key}${q.index} ${q.form} ${form.wants ?? '-'}${form.head ? `/${form.head}` : ''}${form.loose ? ' loose' : ''}] ${cause}: ${q.query}\n` +
      `   short «${trace?.short?.text ?? ''}» ${o.shown ? 'shown' : 'unshown'} conf ${a.confidence?.toFixed(2) ?? '-'} rank ${o.rank}  expect /${q.expect.map((e) => e.match).join('/ | /')}/\n` +
      `   spans ${spans}\n   fact ${firstCited.join(',')} ${a.facts[0]?.text.slice(0, 220) ?? ''}${a.note ? `\n   note ${a.note}` : ''}`,
  );
}
console.log(`${chosen.length} answerable, ${right} first and short right`);
for (const [k, n] of [...counts].sort()) console.log(`${String(n).padStart(4)}  ${k}`);
