/**
 * npx tsx bench/kind-misses.ts --keys Y,Z [--all] [--json FILE] [--options name=value,...]
 *
 * Issue 21 §1-§2 (kind-30): every SHOWN short answer of the TRAIN questions of the keys given that is
 * wrong (answerable, the span not the key's), or any short answer shown on an unanswerable question,
 * with what the question was read to ask (`wants`), the first fact's spans and their kinds, the
 * key's expectation and where the right fact stands. `--all` lists the right ones too (marked +).
 * Each line is one item to classify by cause (kind mismatch, another event or subject, span cut or
 * padded, right fact wrong span, unanswerable); `--json FILE` writes them for a later comparison.
 * TRAIN only: a HELD OUT key is refused.
 */
import { writeFileSync } from 'node:fs';
import { buildIndex } from '../src/index/build.js';
import { answerOptions, outcome, tracedAnswer } from './eval-answers.js';
import { optionOf, questionsOf, trainKeysArg } from './keys.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => optionOf(args, name, fallback);
const keys = trainKeysArg(args, 'Y,Z');
const all = args.includes('--all');

const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
// Only the keys asked are read (never a HELD OUT one's file); A and B by their TRAIN part.
const chosen = questionsOf(keys).filter((q) => q.split === 'train');
const given = answerOptions(args.includes('--options') ? opt('options', '') : '');
const items: unknown[] = [];
for (const q of chosen) {
  const { answer: a, trace } = tracedAnswer(index, q.query, given);
  const o = outcome(q, a);
  if (!o.shown || (o.shortRight && !all)) continue;
  const fact = a.facts[a.answer?.fact ?? 0];
  const item = {
    key: q.key,
    index: q.index,
    form: q.form,
    empty: q.empty === true,
    wants: trace?.wants,
    query: q.query,
    short: a.answer?.text,
    sure: a.answer?.sure === true,
    right: o.shortRight,
    rank: o.rank,
    expect: q.expect.map((e) => e.match),
    factText: fact?.text,
    cited: fact?.citations.map((c) => c.id),
    source: q.expect.flatMap((e) => [e.source].flat()),
    spans: trace?.short?.spans.slice(0, 4),
  };
  items.push(item);
  const spans = (item.spans ?? [])
    .map((s) => `${s.text}${s.kind ? `:${s.kind}` : ''}@${s.weight.toFixed(2)}`)
    .join(' | ');
  console.log(
    `${item.right ? '+' : '-'}${item.sure ? 'B' : ' '} [${q.key}${q.index} ${q.form} ${item.wants}] ${q.query}\n` +
      `   short «${item.short}»  expect ${q.empty ? `(unanswerable ${q.kind})` : `/${item.expect.join('/ | /')}/ rank ${o.rank}`}\n` +
      `   spans ${spans}\n   fact ${item.cited?.join(',')} ${item.factText?.slice(0, 260)}`,
  );
}
if (args.includes('--json'))
  writeFileSync(opt('json', '/tmp/kind-misses.json'), JSON.stringify(items, null, 1));
console.log(`${items.length} items`);
