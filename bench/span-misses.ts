/**
 * npx tsx bench/span-misses.ts --keys AC,AB [--forms who,when] [--top 3] [--json FILE] [--options name=value,...]
 *
 * Issue 21 §1-§2 (span-33): for the TRAIN questions of the keys and forms given whose right fact is
 * first (or within `--top` N), every one whose short answer is not right: shown wrong ("S-"), withheld
 * or under `show` ("--"), with the short answer (shown or not), its confidence, the first fact's spans
 * (kind, weight) and whether the key's expectation matches any of them ("in spans" / "not a span"), so
 * each can be counted by cause (wrong span in the right sentence, right answer not a candidate, kind
 * misread). Also lists every wrong short answer SHOWN whatever the rank. TRAIN only.
 */
import { writeFileSync } from 'node:fs';
import { buildIndex } from '../src/index/build.js';
import { answerOptions, outcome, tracedAnswer } from './eval-answers.js';
import { optionOf, questionsOf, trainKeysArg } from './keys.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => optionOf(args, name, fallback);
const keys = trainKeysArg(args, 'AC,AB');
const forms = opt(
  'forms',
  'who,who-is,what-does,which,when,where,how-many,how-much,how-long,what-share',
).split(',');
const top = Number(opt('top', '1'));

const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const chosen = questionsOf(keys).filter(
  (q) => q.split === 'train' && !q.empty && forms.includes(q.form ?? ''),
);
const given = answerOptions(args.includes('--options') ? opt('options', '') : '');
const items: unknown[] = [];
for (const q of chosen) {
  const { answer: a, trace } = tracedAnswer(index, q.query, given);
  const o = outcome(q, a);
  if (o.shortRight) continue;
  if (!(o.shown || (o.rank >= 0 && o.rank < top))) continue;
  const res = q.expect.map((e) => new RegExp(e.match, 'i'));
  const spans = trace?.short?.spans ?? [];
  const inSpans = spans.findIndex((s) => res.some((re) => re.test(s.text)));
  const factText = trace?.short?.factText ?? a.facts[0]?.text ?? '';
  const item = {
    key: q.key,
    index: q.index,
    form: q.form,
    wants: trace?.wants,
    query: q.query,
    short: trace?.short?.text,
    shown: o.shown,
    sure: o.sure,
    confidence: o.confidence,
    withheld: trace?.short?.withheld,
    rank: o.rank,
    expect: q.expect.map((e) => e.match),
    inSpans,
    inFact: res.some((re) => re.test(factText)),
    factText,
    spans: spans.slice(0, 6),
  };
  items.push(item);
  const sp = spans
    .slice(0, 6)
    .map((s) => `${s.text}${s.kind ? `:${s.kind}` : ''}@${s.weight.toFixed(2)}`)
    .join(' | ');
  console.log(
    `${o.shown ? 'S-' : '--'}${o.sure ? 'B' : ' '} ${o.confidence?.toFixed(2) ?? '    '} r${o.rank} [${q.key}${q.index} ${q.form} ${item.wants}] ${q.query}\n` +
      `   short «${item.short ?? ''}»${item.withheld ? ' (withheld)' : ''}  expect /${item.expect.join('/ | /')}/ ${inSpans >= 0 ? `in spans #${inSpans}` : item.inFact ? 'in fact, not a span' : 'not in fact'}\n` +
      `   spans ${sp}\n   fact ${factText.slice(0, 300)}`,
  );
}
if (args.includes('--json'))
  writeFileSync(opt('json', '/tmp/span-misses.json'), JSON.stringify(items, null, 1));
console.log(`${items.length} items`);
