/** The index the command line answers from: a corpus folder, through the index cache. */
import type { Warner } from '../corpus/types.js';
import { buildIndex } from '../index/build.js';
import type { FactIndex } from '../index/fact-index.js';

/**
 * Builds the index of a corpus folder through the cache in `INDEX_CACHE_DIR` (default `.cache`;
 * `none` for no cache), as the bot does.
 */
export function cliIndex(corpus: string, warner: Warner): Promise<FactIndex> {
  const cacheDir = process.env.INDEX_CACHE_DIR || '.cache';
  return buildIndex(corpus, warner, cacheDir.toLowerCase() === 'none' ? {} : { cacheDir });
}
