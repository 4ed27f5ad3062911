/**
 * The peer a developer would otherwise pick: MiniSearch 7 (prefix, fuzzy 0.1) over whole articles
 * (title and text); an answer is the top 5 articles' sentences that hold a query term, at most 8.
 */
import { readFile } from 'node:fs/promises';
import MiniSearch from 'minisearch';
import { listArticleFiles } from '../src/corpus/load.js';
import { benchQueries, peakRssMb, type Run } from './queries.js';

const [corpus = ''] = process.argv.slice(2);
const queries = await benchQueries(corpus);
const files = await listArticleFiles(corpus);
const docs = await Promise.all(
  files.map(async (file, id) => {
    const [title = '', ...rest] = (await readFile(file, 'utf8')).split('\n');
    return { id, title, text: rest.join('\n') };
  }),
);
const search = new MiniSearch({ fields: ['title', 'text'], searchOptions: { prefix: true, fuzzy: 0.1 } });
search.addAll(docs);

function answer(query: string): string[] {
  const terms = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  for (const hit of search.search(query).slice(0, 5))
    for (const sentence of docs[hit.id as number]?.text.split(/(?<=[.!?])\s+/) ?? []) {
      if (out.length >= 8) return out;
      const lower = sentence.toLowerCase();
      if (terms.some((t) => lower.includes(t))) out.push(sentence.trim());
    }
  return out;
}

answer(queries[0] ?? '');
const startMs = performance.now();
let answered = 0;
const t = performance.now();
for (const q of queries) if (answer(q).length > 0) answered++;
const run: Run = {
  startMs,
  queryMs: (performance.now() - t) / queries.length,
  peakRssMb: peakRssMb(),
  answered,
};
process.stdout.write(`${JSON.stringify(run)}\n`);
