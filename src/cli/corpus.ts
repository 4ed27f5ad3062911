/** The index the command line answers from: a corpus folder, or a story of a stories file, through the index cache. */
import { join } from 'node:path';
import type { Warner } from '../corpus/types.js';
import { buildIndex } from '../index/build.js';
import type { FactIndex } from '../index/fact-index.js';
import { storyById } from '../stories/config.js';

/** Where the command line reads: `--corpus DIR`, or `--story ID` of `--stories FILE` (STORIES_FILE). */
export interface CorpusChoice {
  corpus: string;
  /** `--story ID`: the corpus is the story's folder, the cache its own (as the bot keeps it). */
  story?: string;
  stories?: string;
}

/**
 * The folder, story name and cache sub-folder a choice reads; rejects with a one-line error when it
 * cannot. The stories file's reader (and the schema library it checks a file with: 225 modules, ~80
 * ms of CPU) loads only when a story is asked for: `--corpus DIR` starts without it (speed-31).
 */
export async function resolveCorpus(
  choice: CorpusChoice,
): Promise<{ corpus: string; title?: string; cacheSub?: string }> {
  if (!choice.story) return { corpus: choice.corpus };
  const file = choice.stories ?? process.env.STORIES_FILE;
  if (!file)
    throw new Error(`--story ${choice.story} needs --stories FILE (or STORIES_FILE): the stories file.`);
  const { loadStories } = await import('../stories/file.js');
  const story = storyById(loadStories(file), choice.story, file);
  return { corpus: story.folder, ...(story.title ? { title: story.title } : {}), cacheSub: story.id };
}

/** The `--story` and `--stories` options of a subcommand's Spec, and their help lines. */
export const storyOptions = {
  story: { type: 'string' },
  stories: { type: 'string' },
} as const;
export const storyHelp = {
  '--story ID': 'a story of the stories file instead: its folder and its index cache',
  '--stories FILE': 'the stories file of --story (default: STORIES_FILE)',
};

/** The choice the parsed `--corpus`, `--story` and `--stories` values make (the corpus: CORPUS_DIR, else seeds). */
export function corpusChoice(values: Record<string, unknown>): CorpusChoice {
  return {
    corpus: String(values.corpus ?? process.env.CORPUS_DIR ?? 'seeds'),
    ...(typeof values.story === 'string' ? { story: values.story } : {}),
    ...(typeof values.stories === 'string' ? { stories: values.stories } : {}),
  };
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
