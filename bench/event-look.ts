/**
 * npx tsx bench/event-look.ts [--keys AE,AD] [--forms where,when,who] [--items]
 *
 * Issue 21 §2 (event-35): for each "where" / "when" / "who" question of the TRAIN keys given whose
 * right sentence is in the first fact's article but ranked lower, whether the question's own content
 * words (its verb or noun of the event asked: not a name, not a word of being or saying) are written in
 * the right sentence and not in the first one. Counts per form; --items prints each such question.
 * TRAIN only: a HELD OUT key is refused.
 */
import { stem } from '../src/facts/terms.js';
import { buildIndex } from '../src/index/build.js';
import { answerOptions, outcome, tracedAnswer } from './eval-answers.js';
import { optionOf, questionsOf, trainKeysArg } from './keys.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => optionOf(args, name, fallback);
const keys = trainKeysArg(args, 'AE,AD');
const forms = opt('forms', 'where,when,who').split(',');
const items = args.includes('--items');
const given = answerOptions(args.includes('--options') ? opt('options', '') : '');

/** Words of no event: question words, being, saying, having, doing, pronouns, articles, prepositions. */
const NONE = new Set(
  `where when who whom whose what which why how is are was were be been being am do does did done has have had will would
  can could shall should may might must the a an of in on at to for from by with as and or but not it its this that
  these those he she they his her their him them there here say says said tell told according year years time day date
  place city town country first last new old one two`.split(/\s+/),
);
const words = (t: string) =>
  (t.match(/[\p{L}'’-]+/gu) ?? []).filter((w) => w === w.toLowerCase() && !NONE.has(w)).map((w) => stem(w));
const has = (t: string, stems: readonly string[]) => {
  const ws = new Set((t.match(/[\p{L}'’-]+/gu) ?? []).map((w) => stem(w.toLowerCase())));
  return stems.filter((s) => ws.has(s));
};

const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const chosen = questionsOf(keys).filter(
  (q) => q.split === 'train' && !q.empty && forms.includes(q.form ?? ''),
);
const tally = new Map<string, number>();
const inc = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
for (const q of chosen) {
  const { answer: a } = tracedAnswer(index, q.query, given);
  const o = outcome(q, a);
  inc(`${q.form} answerable`);
  if (o.rank <= 0) continue;
  const first = a.facts[0];
  const right = a.facts[o.rank];
  if (!first || !right) continue;
  const art = (f: typeof first) => f.citations.map((c) => c.id).join(',');
  if (art(first) !== art(right)) continue;
  inc(`${q.form} same article lower`);
  const asked = words(q.query);
  const inRight = has(right.text, asked);
  const inFirst = has(first.text, asked);
  const only = inRight.filter((s) => !inFirst.includes(s));
  if (only.length > 0) inc(`${q.form} asked word in right, not first`);
  if (inFirst.some((s) => !inRight.includes(s))) inc(`${q.form} asked word in first, not right`);
  if (!items) continue;
  console.log(
    `[${q.key}${q.index} ${q.form}] ${q.query}\n   asked ${asked.join(' ')} | only right: ${only.join(' ')} | first has: ${inFirst.join(' ')}\n   1st ${first.text.slice(0, 200)}\n   ${o.rank + 1}th ${right.text.slice(0, 200)}`,
  );
}
for (const [k, n] of [...tally].sort()) console.log(`${String(n).padStart(4)}  ${k}`);
