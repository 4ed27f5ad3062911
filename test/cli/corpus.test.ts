/**
 * What a subcommand reads: `--corpus DIR`, or a story of a stories file. The stories file's reader
 * (and its schema library) loads only for a story (speed-31): a start from a folder does without it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { twoStories } from '../helpers/stories.js';

afterEach(() => {
  vi.doUnmock('../../src/stories/file.js');
  vi.resetModules();
  vi.unstubAllEnvs();
});

/** resolveCorpus from a fresh module graph, and how many times the stories file's reader has loaded. */
async function fresh() {
  vi.resetModules();
  const loads = { count: 0 };
  vi.doMock('../../src/stories/file.js', async (importOriginal) => {
    loads.count++;
    return importOriginal();
  });
  const { resolveCorpus } = await import('../../src/cli/corpus.js');
  return { resolveCorpus, loads };
}

describe('resolveCorpus', () => {
  it('reads a corpus folder without loading the stories file reader', async () => {
    const { resolveCorpus, loads } = await fresh();
    await expect(resolveCorpus({ corpus: 'seeds' })).resolves.toEqual({ corpus: 'seeds' });
    expect(loads.count).toBe(0);
  });

  it('loads it for a story, and reads the story’s folder, title and cache', async () => {
    const { file, yukosDir } = twoStories();
    const { resolveCorpus, loads } = await fresh();
    await expect(resolveCorpus({ corpus: 'seeds', story: 'yukos', stories: file })).resolves.toEqual({
      corpus: yukosDir,
      title: 'The Yukos affair',
      cacheSub: 'yukos',
    });
    expect(loads.count).toBe(1);
  });

  it('rejects a story without a stories file with its one-line error', async () => {
    vi.stubEnv('STORIES_FILE', undefined);
    const { resolveCorpus } = await fresh();
    await expect(resolveCorpus({ corpus: 'seeds', story: 'yukos' })).rejects.toThrow(
      '--story yukos needs --stories FILE',
    );
  });
});
