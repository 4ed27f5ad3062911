/**
 * npx tsx bench/bridge-dump.ts --out FILE [--keys C,D,...]
 *
 * For the lexical bridge (issue 21, bridge-26): traces each answerable TRAIN question (never HELD OUT)
 * with the shipped weights and writes, per question, its key, story, text, its traced candidates (text,
 * article, rank features, whether it holds the expected answer) and the sentences of its expected
 * articles with the same mark: what bench/bridge-fit.ts learns the bridge from and re-ranks, fold by fold.
 */
import { writeFileSync } from 'node:fs';
import { type AnswerTrace, answerQuery } from '../src/answer/answer.js';
import { buildIndex } from '../src/index/build.js';
import { allKeys, type KeyQuery } from './keys.js';

const args = process.argv.slice(2);
const out = args[args.indexOf('--out') + 1] ?? '/tmp/bridge/traces.json';
const only = args.includes('--keys') ? (args[args.indexOf('--keys') + 1] ?? '').split(',') : undefined;
const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });

/** Whether a sentence of `articleId` holds one of the question's expected answers. */
export const holds = (q: KeyQuery, text: string, articleId: string): boolean =>
  q.expect.some((e) => new RegExp(e.match, 'i').test(text) && [e.source].flat().includes(articleId));

const rows: unknown[] = [];
const qs = allKeys().filter((q) => q.split === 'train' && !q.empty && (!only || only.includes(q.key)));
let n = 0;
for (const q of qs) {
  let trace: AnswerTrace | undefined;
  answerQuery(index, q.query, { trace: (t) => (trace = t) });
  const sources = [...new Set(q.expect.flatMap((e) => [e.source].flat()))];
  rows.push({
    key: q.key,
    index: q.index,
    group: q.group,
    form: q.form,
    query: q.query,
    candidates: (trace?.candidates ?? []).map((c) => ({
      articleId: c.articleId,
      text: c.text,
      features: c.features,
      right: holds(q, c.text, c.articleId),
    })),
    articles: sources.map((id) => ({
      id,
      sentences: index.factsOf(id).map((f) => ({ text: f.text, right: holds(q, f.text, id) })),
    })),
  });
  if (++n % 500 === 0) console.error(`${n} of ${qs.length}`);
}
writeFileSync(out, JSON.stringify(rows));
console.log(`${rows.length} questions written to ${out}`);
