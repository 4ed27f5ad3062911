/**
 * Answers questions from a corpus folder, as the bot would.
 *
 *   factbot ask [--corpus DIR | --story ID [--stories FILE]] [--json] QUERY...      (npm run ask -- ...)
 *
 * Each argument is one query (quote a question of several words). With --json: one JSON object a
 * line, in query order.
 */

import { answerQuery } from '../answer/answer.js';
import { answerToText } from '../answer/format.js';
import { type Output, processOutput, readArgs, runAlone, type Spec, usageError } from './args.js';
import { cliIndex, corpusChoice, resolveCorpus, storyHelp, storyOptions } from './corpus.js';

export const SPEC: Spec = {
  about: 'Answers questions from the articles of a corpus folder, as the bot would.',
  usage: 'factbot ask [--corpus DIR] [--json] QUERY...   (or: npm run ask -- ...)',
  options: { corpus: { type: 'string' }, ...storyOptions, json: { type: 'boolean' } },
  help: {
    '--corpus DIR': 'the folder of .txt and .md articles (default: CORPUS_DIR, else seeds)',
    ...storyHelp,
    '--json': 'one JSON object a line, in query order',
  },
  positionals: true,
};

/** Runs `ask` with its arguments (without the subcommand); resolves with the exit code. */
export async function main(args: readonly string[], io: Output = processOutput): Promise<number> {
  const given = readArgs(args, SPEC, io);
  if (typeof given === 'number') return given;
  const queries = given.positionals;
  if (queries.length === 0)
    return usageError(SPEC, io, 'Give at least one query, for example: factbot ask valuation');
  try {
    const { corpus, cacheSub } = await resolveCorpus(corpusChoice(given.values));
    const index = await cliIndex(corpus, { warn: (m) => io.err(`warning: ${m}\n`) }, cacheSub);
    for (const query of queries) {
      const answer = answerQuery(index, query);
      io.out(given.values.json ? `${JSON.stringify(answer)}\n` : `${answerToText(answer)}\n\n`);
    }
    return 0;
  } catch (error) {
    io.err(`${(error as Error).message}\n`);
    return 1;
  }
}

await runAlone(import.meta.url, main, true);
