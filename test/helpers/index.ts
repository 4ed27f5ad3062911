import { articleFromBytes } from '../../src/corpus/load.js';
import type { Article } from '../../src/corpus/types.js';
import { FactIndex } from '../../src/index/fact-index.js';

/** An article parsed from text, as if read from `${id}.txt`. */
export function article(id: string, text: string): Article {
  const parsed = articleFromBytes(id, Buffer.from(text));
  if (typeof parsed === 'string') throw new Error(`${id}: ${parsed}`);
  return parsed;
}

/** An index over articles given as id -> text. */
export function indexOf(articles: Record<string, string>): FactIndex {
  const index = new FactIndex();
  for (const [id, text] of Object.entries(articles)) index.upsert(article(id, text));
  return index;
}
