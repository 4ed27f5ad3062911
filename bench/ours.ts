/** One benchmark process of the bot's engine: build (through the cache), first answer, then the queries. */
import { answerQuery } from '../src/answer/answer.js';
import { buildIndex } from '../src/index/build.js';
import { benchQueries, peakRssMb, type Run } from './queries.js';

const [corpus = '', cacheDir = ''] = process.argv.slice(2);
const queries = await benchQueries(corpus);
const index = await buildIndex(corpus, { warn: () => {} }, { cacheDir });
answerQuery(index, queries[0] ?? '');
const startMs = performance.now();
let answered = 0;
const t = performance.now();
for (const q of queries) if (answerQuery(index, q).facts.length > 0) answered++;
const run: Run = {
  startMs,
  queryMs: (performance.now() - t) / queries.length,
  peakRssMb: peakRssMb(),
  answered,
};
// Let the cache write (after the first answer) finish before reporting.
await new Promise((resolve) => setTimeout(resolve, 0));
process.stdout.write(`${JSON.stringify(run)}\n`);
