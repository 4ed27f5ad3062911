/**
 * npx tsx bench/untyped-causes.ts [--keys W,V] [--verbose]
 *
 * Where the answer of an untyped question (the rules and the learned form read no type: a topic
 * query) stands (rank-27): its rank among the facts the topic query would give with no cap
 * (`maxFacts` 400, `relativeScore` 0), against its rank in the answer as shipped. TRAIN only;
 * --verbose prints one line per miss (never run it on HELD OUT).
 */
import { answerQuery } from '../src/answer/answer.js';
import { readQuestion } from '../src/answer/question.js';
import { buildIndex } from '../src/index/build.js';
import { outcome } from './eval-answers.js';
import { allKeys } from './keys.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const keys = opt('keys', 'W,V').split(',');
const verbose = args.includes('--verbose');
const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const counts = new Map<string, number>();
const count = (c: string) => counts.set(c, (counts.get(c) ?? 0) + 1);
for (const q of allKeys()) {
  if (q.split !== 'train' || q.empty || !keys.includes(q.key)) continue;
  if (readQuestion(q.query).wants !== undefined) continue;
  const shipped = outcome(q, answerQuery(index, q.query));
  const wide = answerQuery(index, q.query, { maxFacts: 400, relativeScore: 0 });
  const o = outcome(q, wide);
  if (wide.facts.length === 0 || wide.note) {
    count(`${q.key} untyped: silent or note`);
    continue;
  }
  const sources = new Set(q.expect.flatMap((e) => [e.source].flat()));
  const articleAt = wide.facts.findIndex((f) => f.citations.some((c) => sources.has(c.id)));
  const where =
    shipped.rank === 0
      ? 'first'
      : shipped.rank > 0 && shipped.rank < 3
        ? 'top 3'
        : o.rank >= 0
          ? o.rank < 8
            ? 'uncapped 1-8'
            : o.rank < 30
              ? 'uncapped 9-30'
              : 'uncapped 31+'
          : articleAt >= 0
            ? 'article among facts, sentence not'
            : 'article not among facts';
  count(`${q.key} untyped: ${where}`);
  count(`all untyped: ${where}`);
  if (verbose && shipped.rank !== 0)
    console.log(
      `${where.padEnd(34)} [${q.key} ${q.form ?? ''}] ${q.query} (shipped ${shipped.rank}, uncapped ${o.rank}, article ${articleAt}, of ${wide.facts.length})`,
    );
}
for (const [c, n] of [...counts].sort()) console.log(`${String(n).padStart(4)}  ${c}`);
