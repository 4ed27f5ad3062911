/** The index the command line answers from: a corpus folder, or a story of a stories file, through the index cache. */
import { join } from 'node:path';
import type { Warner } from '../corpus/types.js';
import { buildIndex } from '../index/build.js';
import type { FactIndex } from '../index/fact-index.js';
import { storyById } from '../stories/config.js';
import { loadStories } from '../stories/file.js';

/** Where the command line reads: `--corpus DIR`, or `--story ID` of `--stories FILE` (STORIES_FILE). */
export interface CorpusChoice {
  corpus: string;
  /** `--story ID`: the corpus is the story's folder, the cache its own (as the bot keeps it). */
  story?: string;
  stories?: string;
}

/** The folder, story name and cache sub-folder a choice reads; a one-line error when it cannot. */
export function resolveCorpus(choice: CorpusChoice): { corpus: string; title?: string; cacheSub?: string } {
  if (!choice.story) return { corpus: choice.corpus };
  const file = choice.stories ?? process.env.STORIES_FILE;
  if (!file)
    throw new Error(`--story ${choice.story} needs --stories FILE (or STORIES_FILE): the stories file.`);
  const story = storyById(loadStories(file), choice.story, file);
  return { corpus: story.folder, ...(story.title ? { title: story.title } : {}), cacheSub: story.id };
}

/**
 * Reads the `--corpus`, `--story` and `--stories` option at `args[i]` into `choice`; returns how many
 * arguments it took (0: not one of them), or a message when its value is missing.
 */
export function corpusOption(args: readonly string[], i: number, choice: CorpusChoice): number | string {
  const arg = args[i];
  const value = args[i + 1];
  if (arg !== '--corpus' && arg !== '--story' && arg !== '--stories') return 0;
  if (!value)
    return `${arg} needs ${arg === '--corpus' ? 'a folder' : arg === '--story' ? 'a story id' : 'a file'}.`;
  if (arg === '--corpus') choice.corpus = value;
  else if (arg === '--story') choice.story = value;
  else choice.stories = value;
  return 2;
}

/**
 * Builds the index of a corpus folder through the cache in `INDEX_CACHE_DIR` (default `.cache`;
 * `none` for no cache), as the bot does; a story's in its own sub-folder of it, as the bot keeps it.
 */
export function cliIndex(corpus: string, warner: Warner, cacheSub?: string): Promise<FactIndex> {
  const cacheDir = process.env.INDEX_CACHE_DIR || '.cache';
  if (cacheDir.toLowerCase() === 'none') return buildIndex(corpus, warner, {});
  return buildIndex(corpus, warner, { cacheDir: cacheSub ? join(cacheDir, cacheSub) : cacheDir });
}
