import { loadCorpus } from '../corpus/load.js';
import type { Warner } from '../corpus/types.js';
import { FactIndex } from './fact-index.js';

/** Loads every article of a corpus folder into a new index. */
export async function buildIndex(corpusDir: string, warner: Warner): Promise<FactIndex> {
  const index = new FactIndex();
  for (const article of await loadCorpus(corpusDir, warner)) index.upsert(article);
  return index;
}
