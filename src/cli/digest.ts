/**
 * Prints the digest of a corpus folder, as the bot would post it.
 *
 *   npm run digest -- [--corpus DIR] [--new ID]... [--json]
 *
 * `--new ID` lists an article as new since the last digest (all others as in it), to see what it adds.
 */

import { buildDigest } from '../digest/build.js';
import { digestToText } from '../digest/format.js';
import { cliIndex } from './corpus.js';

const args = process.argv.slice(2);
let corpus = process.env.CORPUS_DIR ?? 'seeds';
let json = false;
const fresh: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--json') json = true;
  else if (args[i] === '--corpus' && args[i + 1]) corpus = args[++i] ?? corpus;
  else if (args[i] === '--new' && args[i + 1]) fresh.push(args[++i] ?? '');
  else {
    process.stderr.write(
      `Unknown argument ${args[i]}\nUsage: npm run digest -- [--corpus DIR] [--new ID]... [--json]\n`,
    );
    process.exit(2);
  }
}
try {
  const index = await cliIndex(corpus, { warn: (m) => process.stderr.write(`warning: ${m}\n`) });
  const unknown = fresh.filter((id) => !index.article(id));
  if (unknown.length > 0)
    throw new Error(
      `--new ${unknown.join(', ')}: no such article in ${corpus} (an id is the path without .txt).`,
    );
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
    ...(process.env.STORY_TITLE?.trim() ? { story: process.env.STORY_TITLE.trim() } : {}),
  });
  process.stdout.write(json ? `${JSON.stringify(digest)}\n` : `${digestToText(digest)}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
