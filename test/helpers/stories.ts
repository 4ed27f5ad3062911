import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** Twelve BBC articles on the Yukos affair (2004-05): a story no answer key uses. */
export const YUKOS = ['003', '025', '077', '083', '127', '164', '192', '230', '314', '318', '324', '332'].map(
  (n) => `business/${n}`,
);

/** Ten BBC articles on the 2004-05 bids for the London Stock Exchange: no answer key uses them either. */
export const LSE_BIDS = ['171', '203', '220', '264', '279', '316', '319', '392', '421', '454'].map(
  (n) => `business/${n}`,
);

/** The path of a BBC article, read from ../shared (never copied into the project). */
export const bbcFile = (id: string) => join('..', 'shared', 'corpora', 'bbc', `${id}.txt`);

/** Some BBC articles copied to a new temporary folder, each at `<id>.txt`. */
export function copyStory(ids: readonly string[], prefix = 'story-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const id of ids) {
    mkdirSync(dirname(join(dir, `${id}.txt`)), { recursive: true });
    cpSync(bbcFile(id), join(dir, `${id}.txt`));
  }
  return dir;
}

/** A story of a stories file, as the tests write it (folders absolute). */
export interface TestStory {
  id: string;
  command: string;
  folder: string;
  channels?: string[];
  title?: string;
  digest?: { channel?: string; cron?: string; timezone?: string };
}

/** Writes a stories file (YAML) to a new temporary folder; returns its path. */
export function writeStoriesFile(stories: readonly TestStory[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'stories-file-')), 'stories.yml');
  const yaml = stories
    .map((s) =>
      [
        `  - id: ${s.id}`,
        ...(s.title ? [`    title: ${JSON.stringify(s.title)}`] : []),
        `    command: ${s.command}`,
        `    folder: ${JSON.stringify(s.folder)}`,
        ...(s.channels ? [`    channels: [${s.channels.join(', ')}]`] : []),
        ...(s.digest ? [`    digest: ${JSON.stringify(s.digest)}`] : []),
      ].join('\n'),
    )
    .join('\n');
  writeFileSync(file, `stories:\n${yaml}\n`);
  return file;
}

/**
 * The two stories of the end-to-end tests: the seeds (Meta and Scale AI) under `deal.command` in
 * channel C0DEAL, and the Yukos affair (BBC articles copied to a temporary folder) under
 * `yukos.command` in channel C0YUKOS, each with a digest channel of its own when `digest` is given.
 */
export function twoStories(options: { deal?: string; yukos?: string; digest?: { cron: string } } = {}): {
  file: string;
  yukosDir: string;
  deal: TestStory;
  yukos: TestStory;
} {
  const yukosDir = copyStory(YUKOS, 'yukos-');
  const deal: TestStory = {
    id: 'scaledeal',
    title: "Meta's investment in Scale AI",
    command: options.deal ?? '/scaledeal',
    folder: resolve('seeds'),
    channels: ['C0DEAL'],
    ...(options.digest ? { digest: { channel: 'C0DEALDIGEST', cron: options.digest.cron } } : {}),
  };
  const yukos: TestStory = {
    id: 'yukos',
    title: 'The Yukos affair',
    command: options.yukos ?? '/yukos',
    folder: yukosDir,
    channels: ['C0YUKOS'],
    ...(options.digest ? { digest: { channel: 'C0YUKOSDIGEST', cron: options.digest.cron } } : {}),
  };
  return { file: writeStoriesFile([deal, yukos]), yukosDir, deal, yukos };
}
