/**
 * Prints the digest of a corpus folder, as the bot would post it.
 *
 *   npm run digest -- [--corpus DIR] [--json]
 */
import { buildDigest } from '../digest/build.js';
import { digestToText } from '../digest/format.js';
import { buildIndex } from '../index/build.js';

const args = process.argv.slice(2);
let corpus = process.env.CORPUS_DIR ?? 'seeds';
let json = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--json') json = true;
  else if (args[i] === '--corpus' && args[i + 1]) corpus = args[++i] ?? corpus;
  else {
    process.stderr.write(`Unknown argument ${args[i]}\nUsage: npm run digest -- [--corpus DIR] [--json]\n`);
    process.exit(2);
  }
}
try {
  const cacheDir = process.env.INDEX_CACHE_DIR || '.cache';
  const index = await buildIndex(
    corpus,
    { warn: (m) => process.stderr.write(`warning: ${m}\n`) },
    cacheDir.toLowerCase() === 'none' ? {} : { cacheDir },
  );
  const digest = buildDigest(index, {
    timezone: process.env.DIGEST_TIMEZONE || 'UTC',
    ...(process.env.STORY_NAME ? { story: process.env.STORY_NAME } : {}),
  });
  process.stdout.write(json ? `${JSON.stringify(digest)}\n` : `${digestToText(digest)}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
