/**
 * npx tsx bench/short-misses.ts [--keys G,J]
 *
 * The short answer inside the right fact (issue 21): for TRAIN answerable questions of reading keys
 * whose first fact holds the answer but whose short answer is wrong or not shown, one block each:
 * the question's form and type, what the key expects, the short answer (shown or not, its
 * confidence), the first fact's spans and the fact. Then counts by form. Never run it on HELD OUT
 * or on transfer keys (it prints items). With --wrong-fact it lists instead the short answers shown
 * over a first fact that does not hold the answer (right or silent: these should not be shown).
 * With --counts it prints no item (so it may run on transfer keys): per form, of the questions whose
 * first fact holds the answer, the short answer right / wrong / none, and each wrong or missing one's
 * cause (`causeOf`): untyped, loose, no span, the right span first but under `show`, withheld by a
 * rule or ruled silent, the right span later in the sentence, no span of the sentence right; a wrong
 * or unshown span none of whose spans is right is marked "(key's words)" when it shares a content word
 * with what the key expects (`overlapsKey`: the right part of the sentence cut otherwise than the key
 * writes it, "in 2005" for "early in 2005"), else "(elsewhere)" (span-27).
 * --forms FILE answers with that question-form model (a fold's, `fit-forms --cv --folds DIR`, or an
 * older one) instead of src/answer/forms.json.
 */

import { readFileSync } from 'node:fs';
import { type AnswerTrace, answerQuery } from '../src/answer/answer.js';
import { type FormModel, useFormModel } from '../src/answer/form-model.js';
import { readQuestion } from '../src/answer/question.js';
import type { Answer } from '../src/answer/types.js';
import { defaultWeights } from '../src/answer/weights.js';
import { buildIndex } from '../src/index/build.js';
import { outcome } from './eval-answers.js';
import { allKeys, type KeyQuery } from './keys.js';

/** Words too common to tell two phrases alike. */
const COMMON = new Set([
  'the',
  'and',
  'for',
  'was',
  'were',
  'are',
  'its',
  'his',
  'her',
  'their',
  'with',
  'from',
  'that',
  'this',
  'has',
  'have',
  'had',
  'not',
  'but',
  'into',
  'than',
  'over',
  'after',
]);
const contentWords = (text: string) =>
  new Set(
    (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.%-]*/gu) ?? []).filter(
      (w) => w.length > 1 && !COMMON.has(w),
    ),
  );

/** Whether a span shares a content word with what the key expects (its patterns read as plain words). Pure. */
export function overlapsKey(span: string, matches: readonly string[]): boolean {
  const words = contentWords(span);
  return matches.some((m) =>
    [...contentWords(m.replace(/\\(.)/g, '$1').replace(/[|()[\]?*+^$]/g, ' '))].some((w) => words.has(w)),
  );
}

/** Why a question whose first fact holds the answer has no right short answer (see --counts). */
export function causeOf(q: KeyQuery, a: Answer, trace: AnswerTrace | undefined, show: number): string {
  const form = readQuestion(q.query);
  if (!form.wants) return 'untyped';
  if (form.loose) return 'loose';
  const short = trace?.short;
  if (!short) return 'no span';
  const right = (text: string) => q.expect.some((e) => new RegExp(e.match, 'i').test(text));
  const at = short.spans.findIndex((s) => right(s.text));
  const shown = a.answer !== undefined;
  const none = () => {
    const top = short.spans[0]?.text;
    return top &&
      overlapsKey(
        top,
        q.expect.map((e) => e.match),
      )
      ? "none right (key's words)"
      : 'none right (elsewhere)';
  };
  if (shown) return at > 0 ? 'wrong: right later' : `wrong: ${none()}`;
  if (at === 0)
    return short.withheld
      ? 'none: right, withheld'
      : (a.confidence ?? 0) < show
        ? 'none: right, under show'
        : 'none: right, ruled silent';
  return at > 0 ? 'none: right later' : `none: ${none()}`;
}

const args = process.argv.slice(2);
const i = args.indexOf('--keys');
const keys = (i >= 0 ? (args[i + 1] ?? 'G,J') : 'G,J').split(',');
const wrongFact = args.includes('--wrong-fact');
const counts = args.includes('--counts');
const show = defaultWeights().show;
const formsFile = args.includes('--forms') ? args[args.indexOf('--forms') + 1] : undefined;
if (formsFile) useFormModel(JSON.parse(readFileSync(formsFile, 'utf8')) as FormModel);
const causes = new Map<string, Map<string, number>>();

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
  if (counts) {
    const c = causeOf(q, a, trace, show);
    const m = causes.get(form) ?? new Map<string, number>();
    causes.set(form, m);
    m.set(c, (m.get(c) ?? 0) + 1);
    continue;
  }
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
const total = new Map<string, number>();
for (const [form, f] of [...byForm].sort()) {
  const m = causes.get(form) ?? new Map<string, number>();
  for (const [c, n] of m) total.set(c, (total.get(c) ?? 0) + n);
  const why = [...m].sort((x, y) => y[1] - x[1]).map(([c, n]) => `${c} ${n}`);
  console.log(
    `${form.padEnd(14)} first ${f.first}  right ${f.first - f.wrong - f.unshown}  wrong ${f.wrong}  unshown ${f.unshown}${counts ? `  (${why.join(', ')})` : ''}`,
  );
}
if (counts)
  console.log(
    `all: ${[...total]
      .sort((x, y) => y[1] - x[1])
      .map(([c, n]) => `${c} ${n}`)
      .join(', ')}`,
  );
