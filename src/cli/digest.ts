/**
 * Prints the digest of a corpus folder, as the bot would post it.
 *
 *   factbot digest [--corpus DIR | --story ID [--stories FILE]] [--new ID]... [--json]      (npm run digest -- ...)
 *
 * `--new ID` lists an article as new since the last digest (all others as in it), to see what it adds.
 */

import { buildDigest } from '../digest/build.js';
import { digestToText } from '../digest/format.js';
import { type Output, processOutput, readArgs, runAlone, type Spec } from './args.js';
import { cliIndex, corpusChoice, resolveCorpus, storyHelp, storyOptions } from './corpus.js';

export const SPEC: Spec = {
  about: 'Prints the digest of the articles of a corpus folder, as the bot would post it.',
  usage: 'factbot digest [--corpus DIR] [--new ID]... [--json]   (or: npm run digest -- ...)',
  options: {
    corpus: { type: 'string' },
    ...storyOptions,
    new: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  },
  help: {
    '--corpus DIR': 'the folder of .txt and .md articles (default: CORPUS_DIR, else seeds)',
    ...storyHelp,
    '--new ID':
      'an article new since the last digest (its path without the extension), to see what it adds; repeatable',
    '--json': 'the digest as one JSON object',
  },
  positionals: false,
};

/** Runs `digest` with its arguments (without the subcommand); resolves with the exit code. */
export async function main(args: readonly string[], io: Output = processOutput): Promise<number> {
  const given = readArgs(args, SPEC, io);
  if (typeof given === 'number') return given;
  const fresh = ((given.values.new as string[] | undefined) ?? []).map(String);
  try {
    const { corpus, title: storyTitle, cacheSub } = await resolveCorpus(corpusChoice(given.values));
    const index = await cliIndex(corpus, { warn: (m) => io.err(`warning: ${m}\n`) }, cacheSub);
    const unknown = fresh.filter((id) => !index.article(id));
    if (unknown.length > 0)
      throw new Error(
        `--new ${unknown.join(', ')}: no such article in ${corpus} (an id is the path without .txt).`,
      );
    const title = storyTitle ?? process.env.STORY_TITLE?.trim();
    const digest = buildDigest(index, {
      timezone: process.env.DIGEST_TIMEZONE || 'UTC',
      ...(fresh.length > 0
        ? {
            previousArticleIds: index
              .articles()
              .map((a) => a.id)
              .filter((id) => !fresh.includes(id)),
          }
        : {}),
      ...(title ? { story: title } : {}),
    });
    io.out(given.values.json ? `${JSON.stringify(digest)}\n` : `${digestToText(digest)}\n`);
    return 0;
  } catch (error) {
    io.err(`${(error as Error).message}\n`);
    return 1;
  }
}

await runAlone(import.meta.url, main, true);
