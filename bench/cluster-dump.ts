/**
 * npx tsx bench/cluster-dump.ts DIR: each figure claim of a story folder with every mention's article,
 * subject (key, how read, trusted), measure and moment, to trace what a line cites.
 */

import { namesByArticles } from '../src/digest/build.js';
import { clusterFigures, figureMentions } from '../src/digest/figures.js';
import { buildIndex } from '../src/index/build.js';
import { defaultVocabulary } from '../src/index/vocabulary.js';

const dir = process.argv[2] ?? '.';
const index = await buildIndex(dir, { warn: () => {} });
const names = namesByArticles(index);
const mentions = figureMentions(index, defaultVocabulary(), names);
for (const c of clusterFigures(mentions, (id) => index.original(id))) {
  if (c.mentions.length < 2) continue;
  console.log(`# ${c.concept?.name ?? '-'} ${c.subjectKey} shown=${c.shown?.article.id ?? '-'}`);
  for (const m of c.mentions)
    console.log(
      `   ${m.article.id} ${m.quantity.text ?? ''} subj=${m.subjectKey}|${m.subject.join('/')} from=${m.subjectFrom} placed=${m.placed} concept=${m.concept?.name ?? '-'} moment=${m.moment?.key ?? ''} :: ${m.fact.text.slice(0, 140)}`,
    );
}
