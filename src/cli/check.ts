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
import { fileURLToPath } from 'node:url';
import { checkDraft } from '../check/check.js';
import { checkToJson, checkToText } from '../check/format.js';
import { type CorpusChoice, cliIndex, corpusOption, resolveCorpus } from './corpus.js';

const USAGE =
  'Usage: factbot check [--corpus DIR] [--json] TEXT...   (or: npm run check -- ...; --story ID [--stories FILE] for a story of a stories file)';

/** Where the CLI writes; the process's streams unless a caller gives others. */
export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs `check` with its arguments (without the subcommand); resolves with the exit code. */
export async function main(args: readonly string[], io: Output = processOutput): Promise<number> {
  const choice: CorpusChoice = { corpus: process.env.CORPUS_DIR ?? 'seeds' };
  let json = false;
  const texts: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const took = corpusOption(args, i, choice);
    if (typeof took === 'string') {
      io.err(`${took}\n${USAGE}\n`);
      return 2;
    }
    if (took > 0) i += took - 1;
    else if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') {
      io.out(`Checks each figure of a draft against the articles of a corpus folder.\n${USAGE}\n`);
      return 0;
    } else if (arg === '-') texts.push(readFileSync(0, 'utf8'));
    else texts.push(arg);
  }
  if (texts.length === 0) {
    io.err(
      `Give the text of a draft to check, for example: factbot check "Meta will pay $15bn for a 49% stake."\n${USAGE}\n`,
    );
    return 2;
  }
  const warner = { warn: (m: string) => io.err(`warning: ${m}\n`) };
  try {
    const { corpus, cacheSub } = resolveCorpus(choice);
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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
  // The language thread and the index cache's writer may keep the loop alive: the work is done.
  setTimeout(() => process.exit(), 2000).unref();
}
