/**
 * Answers questions from a corpus folder, as the bot would.
 *
 *   npm run ask -- [--corpus DIR | --story ID [--stories FILE]] [--json] QUERY...
 *
 * Each argument is one query (quote a question of several words). With --json: one JSON object a
 * line, in query order.
 */

import { answerQuery } from '../answer/answer.js';
import { answerToText } from '../answer/format.js';
import { type CorpusChoice, cliIndex, corpusOption, resolveCorpus } from './corpus.js';

function usage(message: string): never {
  process.stderr.write(
    `${message}\nUsage: npm run ask -- [--corpus DIR | --story ID [--stories FILE]] [--json] QUERY...\n`,
  );
  process.exit(2);
}

const args = process.argv.slice(2);
const choice: CorpusChoice = { corpus: process.env.CORPUS_DIR ?? 'seeds' };
let json = false;
const queries: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  const took = corpusOption(args, i, choice);
  if (typeof took === 'string') usage(took);
  if (took > 0) i += took - 1;
  else if (arg === '--json') json = true;
  else if (arg === '--help' || arg === '-h') usage('Answers questions from the articles of a corpus folder.');
  else queries.push(arg);
}
if (queries.length === 0) usage('Give at least one query, for example: npm run ask -- valuation');

const warner = { warn: (m: string) => process.stderr.write(`warning: ${m}\n`) };
try {
  const { corpus, cacheSub } = resolveCorpus(choice);
  const index = await cliIndex(corpus, warner, cacheSub);
  for (const query of queries) {
    const answer = answerQuery(index, query);
    process.stdout.write(json ? `${JSON.stringify(answer)}\n` : `${answerToText(answer)}\n\n`);
  }
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
