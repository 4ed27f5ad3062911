/**
 * npx tsx bench/first-causes.ts [--keys Q,P] [--verbose]
 *
 * Why the first fact is not the answer (issue 21, rank-22): for each answerable TRAIN question of the
 * chosen keys whose first fact is not right, the first of these causes that holds:
 * - `silent`: no facts at all;
 * - `no sentence`: no sentence of the key's sources matches the key (its headline alone, say);
 * - `also states it`: the first fact matches the key's pattern but cites no source of the key (the key's
 *   sources incomplete, or a copy of the story);
 * - `untyped`: the question is read as no type (no trace of candidates);
 * - `same article`: the first fact cites an article the key cites (another of its sentences won);
 * - `article near`: a source of the key is among the articles of the first ten traced candidates;
 * - `article traced`: a source is among the articles of the 40 traced candidates, lower;
 * - `article not found`: no source among them (retrieval across the archive).
 * Prints counts per key (and where the right fact stands when it is among the facts); --by-form counts
 * them per question form as well (rank-24); --verbose prints one line per miss (TRAIN only; never run
 * it on HELD OUT).
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
const keys = opt('keys', 'Q').split(',');
const verbose = args.includes('--verbose');
const byForm = args.includes('--by-form');

const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const counts = new Map<string, number>();
const count = (c: string) => counts.set(c, (counts.get(c) ?? 0) + 1);
for (const q of allKeys()) {
  if (q.split !== 'train' || q.empty || !keys.includes(q.key)) continue;
  let trace: AnswerTrace | undefined;
  const a = answerQuery(index, q.query, { trace: (t) => (trace = t) });
  const o = outcome(q, a);
  count(`${q.key} answerable`);
  if (o.rank === 0) continue;
  const patterns = q.expect.map((e) => new RegExp(e.match, 'i'));
  const sources = new Set(q.expect.flatMap((e) => [e.source].flat()));
  const gold = [...sources].some((id) =>
    index.factsOf(id).some((f) => patterns.some((re) => re.test(f.text))),
  );
  const first = a.facts[0];
  const firstIds = first ? first.citations.map((c) => c.id) : [];
  const traced = trace?.candidates ?? [];
  const articlesOf = (n: number) => new Set(traced.slice(0, n).map((c) => c.articleId));
  const near = [...articlesOf(10)].some((id) => sources.has(id));
  const anywhere = [...articlesOf(40)].some((id) => sources.has(id));
  let cause: string;
  if (!first) cause = 'silent';
  else if (!gold) cause = 'no sentence';
  else if (patterns.some((re) => re.test(first.text))) cause = 'also states it';
  else if (!trace) cause = 'untyped';
  else if (firstIds.some((id) => sources.has(id))) cause = 'same article';
  else if (near) cause = 'article near';
  else if (anywhere) cause = 'article traced';
  else cause = 'article not found';
  count(`${q.key} ${cause}`);
  if (byForm) count(`${q.key} form ${q.form ?? '-'}: ${cause}`);
  if (o.rank > 0) count(`${q.key} ${cause}: right fact at ${o.rank < 3 ? '2-3' : '4+'}`);
  if (verbose) {
    const goldAt = traced.findIndex((c) => sources.has(c.articleId));
    console.log(
      `${cause.padEnd(18)} [${q.key} ${q.form ?? ''} wants=${readQuestion(q.query).wants ?? '-'}] rank ${o.rank} ${q.query}\n    first: ${firstIds.join(',')} ${first?.text.slice(0, 140) ?? ''}\n    key: ${[...sources].join(',')} /${q.expect[0]?.match ?? ''}/ source article at candidate ${goldAt + 1}`,
    );
  }
}
for (const [c, n] of [...counts].sort()) console.log(`${String(n).padStart(4)}  ${c}`);
