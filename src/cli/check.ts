/**
 * Checks drafts against the coverage of a corpus folder, as the bot does.
 *
 *   npm run check -- [--corpus DIR | --story ID [--stories FILE]] [--json] TEXT...      (factbot check ...)
 *
 * Each argument is one text (quote a draft of several words; `-` reads one from standard input).
 * With --json: one JSON object a line, in order:
 * `{"text", "claims": [{"figure", "measure"?, "subject"?, "verdict", "evidence": [{"text", "citations"}], "note"}], "note"?}`.
 */

import { readFileSync } from 'node:fs';
import { checkDraft } from '../check/check.js';
import { checkToJson, checkToText } from '../check/format.js';
import { type Output, processOutput, readArgs, runAlone, type Spec, usageError } from './args.js';
import { cliIndex, corpusChoice, resolveCorpus, storyHelp, storyOptions } from './corpus.js';

export type { Output } from './args.js';

const USAGE = 'Usage: factbot check [--corpus DIR] [--json] TEXT...   (or: npm run check -- ...)';

export const SPEC: Spec = {
  about: 'Checks each figure of a draft against the articles of a corpus folder.',
  usage: 'factbot check [--corpus DIR] [--json] TEXT...   (or: npm run check -- ...)',
  options: { corpus: { type: 'string' }, ...storyOptions, json: { type: 'boolean' } },
  help: {
    '--corpus DIR': 'the folder of .txt and .md articles (default: CORPUS_DIR, else seeds)',
    ...storyHelp,
    '--json': 'one JSON object a line, in order',
    '-': 'as a TEXT: read the draft from standard input',
  },
  positionals: true,
};

/** Runs `check` with its arguments (without the subcommand); resolves with the exit code. */
export async function main(args: readonly string[], io: Output = processOutput): Promise<number> {
  const given = readArgs(args, SPEC, io);
  if (typeof given === 'number') return given;
  const json = given.values.json === true;
  const texts = given.positionals.map((arg) => (arg === '-' ? readFileSync(0, 'utf8') : arg));
  if (texts.length === 0)
    return usageError(
      SPEC,
      io,
      'Give the text of a draft to check, for example: factbot check "The firm will pay $4bn for a 31% stake."',
    );
  const warner = { warn: (m: string) => io.err(`warning: ${m}\n`) };
  try {
    const { corpus, cacheSub } = await resolveCorpus(corpusChoice(given.values));
    const index = await cliIndex(corpus, warner, cacheSub);
    for (const text of texts) {
      const result = checkDraft(index, text);
      io.out(json ? `${JSON.stringify(checkToJson(result, USAGE))}\n` : `${checkToText(result, USAGE)}\n\n`);
    }
    return 0;
  } catch (error) {
    io.err(`${(error as Error).message}\n`);
    return 1;
  }
}

await runAlone(import.meta.url, main, true);
