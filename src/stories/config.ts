/** Each story's own configuration: the bot's, with the story's command, folder, digest, feeds and state. */
import { join } from 'node:path';
import type { Config } from '../config.js';
import type { StorySpec } from './file.js';

/** A story with the configuration its parts run with. */
export interface StoryConfig {
  spec: StorySpec;
  config: Config;
}

/**
 * The stories a configuration serves. Without a stories file, the one story of CORPUS_DIR,
 * COMMAND, DIGEST_* and FEED*, with the configuration as it is (same files, keys and cache as
 * ever). With one, each story's: its command (which also keeps its Redis keys apart:
 * `factbot:<command>:`), folder, digest and feeds; its files under `DATA_DIR/<id>` and its index
 * cache under `INDEX_CACHE_DIR/<id>`.
 */
export function storyConfigs(config: Config): StoryConfig[] {
  if (!config.stories)
    return [
      {
        spec: {
          id: config.command.slice(1),
          ...(config.storyTitle ? { title: config.storyTitle } : {}),
          command: config.command,
          folder: config.corpusDir,
          channels: [],
          digest: { ...config.digest },
          feeds: config.ingest.feeds,
          feedMatch: config.ingest.match,
          feedCron: config.ingest.cron,
        },
        config,
      },
    ];
  return config.stories.map((spec) => {
    const { stories: _, storyTitle: __, ...base } = config;
    return {
      spec,
      config: {
        ...base,
        corpusDir: spec.folder,
        command: spec.command,
        digest: {
          ...(spec.digest.channel ? { channel: spec.digest.channel } : {}),
          cron: spec.digest.cron ?? config.digest.cron,
          timezone: spec.digest.timezone ?? config.digest.timezone,
        },
        dataDir: join(config.dataDir, spec.id),
        ...(config.indexCacheDir ? { indexCacheDir: join(config.indexCacheDir, spec.id) } : {}),
        ...(spec.title ? { storyTitle: spec.title } : {}),
        ingest: {
          ...config.ingest,
          feeds: spec.feeds,
          match: spec.feedMatch,
          cron: spec.feedCron ?? config.ingest.cron,
        },
      },
    };
  });
}

/** One story of a stories file by its id, or a one-line error naming the ids there are. */
export function storyById(stories: readonly StorySpec[], id: string, file: string): StorySpec {
  const story = stories.find((s) => s.id === id);
  if (!story)
    throw new Error(
      `--story ${id}: no such story in ${file}; its stories are ${stories.map((s) => s.id).join(', ')}.`,
    );
  return story;
}
