#!/usr/bin/env node
/**
 * The peer as a whole process, plain JavaScript (no loader): `node bench/peer.mjs DIR QUERY...`.
 * The same as bench/peer.ts: MiniSearch 7 (prefix, fuzzy 0.1) over whole articles (title and
 * text); an answer is the top 5 articles' sentences that hold a query term, at most 8; one JSON
 * line a query.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import MiniSearch from 'minisearch';

const [corpus = '.', ...queries] = process.argv.slice(2);
const files = readdirSync(corpus, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(txt|md)$/i.test(e.name))
  .map((e) => join(e.parentPath, e.name))
  .filter(
    (p) =>
      !relative(corpus, p)
        .split(sep)
        .some((part) => part.startsWith('.')),
  )
  .sort();
const docs = files.map((file, id) => {
  const [title = '', ...rest] = readFileSync(file, 'utf8').split('\n');
  return { id, title, text: rest.join('\n') };
});
const search = new MiniSearch({ fields: ['title', 'text'], searchOptions: { prefix: true, fuzzy: 0.1 } });
search.addAll(docs);

function answer(query) {
  const terms = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = [];
  for (const hit of search.search(query).slice(0, 5))
    for (const sentence of docs[hit.id]?.text.split(/(?<=[.!?])\s+/) ?? []) {
      if (out.length >= 8) return out;
      const lower = sentence.toLowerCase();
      if (terms.some((t) => lower.includes(t))) out.push(sentence.trim());
    }
  return out;
}

for (const query of queries) process.stdout.write(`${JSON.stringify({ query, sentences: answer(query) })}\n`);
