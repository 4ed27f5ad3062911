/**
 * npx tsx bench/stage-causes.ts [--keys AF,AE] [--verbose] [--out FILE]
 *
 * Where a wrong first fact is lost, by stage (rank-36, issue 21 §1/§4): for each answerable TRAIN
 * question of the chosen keys whose first fact is not right, the first of these that holds:
 * - `silent`: no facts at all;
 * - `d: no sentence`: no sentence of the key's sources matches its pattern (the answer is in a headline,
 *   or split over sentences, or the pattern is stricter than the text: key strictness);
 * - `d: also states it`: the first fact matches the pattern but cites no source of the key (key strictness);
 * - `topic path`: the question is read as a topic (no ranked candidates traced);
 * - `a: article not a candidate`: no sentence of a source article is among the ranked candidates
 *   (retrieval: the question's words are not the article's);
 * - `b: sentence not a candidate`: a source article is, but none of its sentences matching the pattern;
 * - `c: ranked N`: a sentence matching the pattern is a candidate, at place N (2-3, 4-10, 11+); with
 *   "same article" when the first fact cites a source article (another of its sentences won: read
 *   by hand for key strictness, `d`).
 * For `a`, the question's slots (parseQuery) that no sentence or headline of the first source article
 * holds in any of its stems or paraphrases are counted (`missing`): the words the article writes otherwise.
 * TRAIN keys only (never HELD OUT).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { type AnswerTrace, answerQuery } from '../src/answer/answer.js';
import { parseQuery } from '../src/answer/query.js';
import { readQuestion } from '../src/answer/question.js';
import { stemsOf } from '../src/facts/terms.js';
import { buildIndex } from '../src/index/build.js';
import { defaultVocabulary } from '../src/index/vocabulary.js';
import { outcome } from './eval-answers.js';
import { allKeys, HELD_KEYS } from './keys.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const keys = opt('keys', 'AF,AE').split(',');
if (keys.some((k) => (HELD_KEYS as readonly string[]).includes(k))) throw new Error('a HELD OUT key');
const verbose = args.includes('--verbose');
const out = opt('out', '');
// --features FILE: one JSON line a question with a trace (right first or not): its first 40 candidates'
// features and whether each holds the answer, for screening a rank weight offline.
const featuresOut = opt('features', '');
if (featuresOut) writeFileSync(featuresOut, '');

const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const vocabulary = defaultVocabulary();
const counts = new Map<string, number>();
const count = (c: string) => counts.set(c, (counts.get(c) ?? 0) + 1);
const rows: unknown[] = [];
const band = (n: number) => (n <= 3 ? '2-3' : n <= 10 ? '4-10' : '11+');
for (const q of allKeys()) {
  if (q.split !== 'train' || q.empty || !keys.includes(q.key)) continue;
  let trace: AnswerTrace | undefined;
  const a = answerQuery(index, q.query, {
    trace: (t) => (trace = t),
    traceUntyped: true,
    traceDepth: 100_000,
  });
  const o = outcome(q, a);
  count(`${q.key} answerable`);
  const patterns = q.expect.map((e) => new RegExp(e.match, 'i'));
  const sources = new Set(q.expect.flatMap((e) => [e.source].flat()));
  if (featuresOut && trace)
    appendFileSync(
      featuresOut,
      `${JSON.stringify({
        key: q.key,
        index: q.index,
        form: q.form,
        rank: o.rank,
        candidates: (trace as AnswerTrace).candidates.slice(0, 40).map((c) => ({
          right: sources.has(c.articleId) && patterns.some((re) => re.test(c.text)),
          article: c.articleId,
          span: c.span !== undefined,
          f: c.features,
        })),
      })}\n`,
    );
  if (o.rank === 0) continue;
  const gold = new Set(
    [...sources]
      .flatMap((id) => index.factsOf(id).filter((f) => patterns.some((re) => re.test(f.text))))
      .map((f) => f.text),
  );
  const first = a.facts[0];
  const firstIds = first ? first.citations.map((c) => c.id) : [];
  const traced = trace?.candidates ?? [];
  let cause: string;
  let missing: string[] = [];
  let at = -1;
  if (!first) cause = 'silent';
  else if (gold.size === 0) cause = 'd: no sentence';
  else if (patterns.some((re) => re.test(first.text))) cause = 'd: also states it';
  else if (!trace) cause = 'topic path';
  else {
    at = traced.findIndex((c) => sources.has(c.articleId) && gold.has(c.text));
    const article = traced.some((c) => sources.has(c.articleId));
    if (at >= 0)
      cause = `c: ranked ${band(at + 1)}${firstIds.some((id) => sources.has(id)) ? ', same article' : ''}`;
    else if (article) cause = 'b: sentence not a candidate';
    else cause = 'a: article not a candidate';
  }
  if (cause.startsWith('a:') || cause === 'topic path') {
    // The question's slots the first source article never holds (in its sentences or headline).
    const source = q.expect.map((e) => [e.source].flat()[0] ?? '').find((id) => index.article(id));
    if (source) {
      const held = new Set([
        ...index.factsOf(source).flatMap((f) => stemsOf(f.text)),
        ...index.titleStemsOf(source),
      ]);
      const slots = parseQuery(q.query, vocabulary);
      missing = slots
        .filter((s) => {
          const all = [...s.phrases, ...(s.alternatives ?? []), ...(s.concept?.phrases ?? [])];
          return !all.some((p) => p.length > 0 && p.every((w) => held.has(w)));
        })
        .map((s) => s.label);
      for (const m of missing) count(`${q.key} ${cause} missing ${/^\p{Lu}/u.test(m) ? 'Name' : 'word'}`);
      if (missing.length === 0) count(`${q.key} ${cause} missing none`);
    }
  }
  count(`${q.key} ${cause}`);
  count(`all ${cause}`);
  const row = {
    key: q.key,
    index: q.index,
    form: q.form,
    wants: readQuestion(q.query).wants ?? '-',
    query: q.query,
    cause,
    rank: o.rank,
    goldAt: at + 1,
    candidates: traced.length,
    missing,
    first: first?.text.slice(0, 200),
    firstIds,
    pattern: q.expect[0]?.match,
    sources: [...sources],
    gold: [...gold].slice(0, 2).map((t) => t.slice(0, 200)),
  };
  rows.push(row);
  if (verbose)
    console.log(
      `${cause.padEnd(30)} [${q.key}#${q.index} ${q.form ?? ''} wants=${row.wants}] rank ${o.rank} gold@${at + 1}/${traced.length} ${q.query}${missing.length ? `\n    missing: ${missing.join(' | ')}` : ''}\n    first: ${firstIds.join(',')} ${row.first ?? ''}\n    key: ${[...sources].join(',')} /${row.pattern}/ ${row.gold[0] ?? ''}`,
    );
}
if (out) writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n'));
for (const [c, n] of [...counts].sort()) console.log(`${String(n).padStart(4)}  ${c}`);
