/**
 * npx tsx bench/answer-paired.ts --before DIR [--corpus DIR] [--key FILE,FILE] [--cache DIR] [--swap] [--json]
 *
 * Two versions of the engine's answers timed in one process, question by question (as
 * bench/check-paired.ts times the check): on a machine shared by many, a run's CPU swings by 15%
 * from one process to the next, more than most changes give. DIR holds the earlier version's
 * `src/` (`mkdir DIR && git archive <commit> src package.json | tar -x -C DIR && ln -s
 * "$PWD/node_modules" DIR/`); the later is this checkout's. Each version loads its own modules (its
 * own compiled code, caches and tagging thread) and builds its own index of the corpus (through
 * `--cache DIR`/before and /after when given: a restart once they are written; else a first start),
 * answers the first question, as bench/ours.ts does, and then each question is answered by one
 * version and then the other, the order swapped every question (`--swap`: the later first). The
 * questions: the bench's 200 headlines (bench/queries.ts), or a TRAIN questions key's (`--key`;
 * a held-out key is refused). Printed per version: CPU (all threads) and clock a question, mean,
 * median and 90th percentile, and the sums; the median of each question's CPU ratio (later /
 * earlier); and how many answers differ as JSON (there must be none).
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HELD_KEYS } from './keys.js';
import { args, option } from './options.js';
import { timeAlternately } from './paired.js';
import { benchQueries } from './queries.js';

const beforeDir = option('before', '');
if (!beforeDir)
  throw new Error("--before DIR: a folder holding the earlier version's src/ (see this file's header).");
const corpus = option('corpus', '../shared/corpora/bbc');
const keys = option('key', '').split(',').filter(Boolean);
const cacheDir = option('cache', '');
const swap = args.includes('--swap');

for (const key of keys) {
  const name = /questions-([A-Z]+)\.json$/.exec(basename(key))?.[1];
  if (name && (HELD_KEYS as readonly string[]).includes(name))
    throw new Error(`${key} is held out: not run.`);
}
const questions = keys.length
  ? keys.flatMap((key) =>
      (JSON.parse(readFileSync(key, 'utf8')) as { queries: Array<{ query: string }> }).queries.map(
        (q) => q.query,
      ),
    )
  : await benchQueries(corpus);

type AnswerQuery = (index: unknown, query: string) => unknown;
interface Version {
  name: string;
  answerQuery: AnswerQuery;
  index: unknown;
}

async function load(name: string, root: string): Promise<Version> {
  const at = (path: string) => import(pathToFileURL(resolve(root, path)).href);
  const { answerQuery } = await at('src/answer/answer.ts');
  const { buildIndex } = await at('src/index/build.ts');
  const index = await buildIndex(
    corpus,
    { warn: () => {} },
    cacheDir ? { cacheDir: join(cacheDir, name) } : {},
  );
  answerQuery(index, questions[0] ?? '');
  return { name, answerQuery, index };
}

const before = await load('before', beforeDir);
const after = await load('after', '.');
// Let a cache write (after the first answer) finish before timing.
await new Promise((done) => setTimeout(done, 0));

const loadStart = loadavg()[0] ?? 0;
const { times, different } = timeAlternately(
  questions,
  before,
  after,
  (v, question) => v.answerQuery(v.index, question),
  swap,
);
const loadEnd = loadavg()[0] ?? 0;

const round = (x: number) => Number(x.toFixed(2));
const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
  const sum = xs.reduce((a, b) => a + b, 0);
  return { mean: round(sum / xs.length), median: round(at(0.5)), p90: round(at(0.9)), sum: Math.round(sum) };
};
const ratios = questions
  .map((_, i) => (times.get(after)?.cpu[i] ?? 0) / Math.max(0.001, times.get(before)?.cpu[i] ?? 1))
  .sort((a, b) => a - b);
const report = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  corpus,
  questions: keys.length
    ? `${questions.length} of ${keys.join(', ')}`
    : `${questions.length} bench headlines`,
  load: [round(loadStart), round(loadEnd)],
  sameOutputs: different.length === 0,
  different: different.length,
  differentQuestions: different.slice(0, 10),
  medianRatioCpu: round(ratios[Math.floor(ratios.length / 2)] ?? Number.NaN),
  ratioOfSumsCpu: round(
    stats(times.get(after)?.cpu ?? []).sum / Math.max(1, stats(times.get(before)?.cpu ?? []).sum),
  ),
  ...Object.fromEntries(
    [before, after].map((v) => {
      const t = times.get(v) ?? { cpu: [], wall: [] };
      return [v.name, { cpu: stats(t.cpu), wall: stats(t.wall) }];
    }),
  ),
};
process.stdout.write(
  `${args.includes('--json') ? JSON.stringify(report) : JSON.stringify(report, null, 1)}\n`,
);
process.exit(0);
