/**
 * Lists the answers readers found not helpful, newest first: the question, the short answer and
 * the facts shown with their sources, who voted and when. Reads the store the bot writes: files in
 * DATA_DIR, or Redis when REDIS_URL is set (the playground's folder when no Slack credential is
 * configured, as `npm start`).
 *
 *   factbot feedback [--all] [--limit N] [--json]      (npm run feedback -- ...)
 *
 * --all lists helpful votes too; --json prints one vote a line.
 */
import { fileURLToPath } from 'node:url';
import { ConfigError, toolConfig } from '../config.js';
import { createFeedbackStore } from '../store/create.js';
import type { Vote } from '../store/feedback.js';
import { type Output, processOutput, readArgs, type Spec, usageError } from './args.js';

export const SPEC: Spec = {
  about: 'Lists the answers readers found not helpful, newest first, from the store the bot writes.',
  usage: 'factbot feedback [--all] [--limit N] [--json]   (or: npm run feedback -- ...)',
  options: { all: { type: 'boolean' }, limit: { type: 'string' }, json: { type: 'boolean' } },
  help: {
    '--all': 'helpful votes too',
    '--limit N': 'at most N votes, the newest',
    '--json': 'one vote a line, as JSON',
  },
  positionals: false,
};

/** A vote as lines of text. */
function voteToText(v: Vote): string {
  const when = v.at.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
  const lines = [
    `${when}  ${v.vote === 'helpful' ? 'helpful' : 'not helpful'}  ${v.user}${v.channel ? ` in ${v.channel}` : ''}`,
    `  Q: ${v.question}`,
  ];
  if (v.shortAnswer) lines.push(`  A: ${v.shortAnswer}`);
  if (!v.facts) lines.push('  (the facts shown are no longer kept)');
  else if (v.facts.length === 0) lines.push('  (no facts: the answer said the coverage is silent)');
  for (const f of v.facts ?? []) lines.push(`  • ${f.text}`, `      — ${f.citations.join(', ')}`);
  return lines.join('\n');
}

/** Runs `feedback` with its arguments (without the subcommand); resolves with the exit code. */
export async function main(args: readonly string[], io: Output = processOutput): Promise<number> {
  const given = readArgs(args, SPEC, io);
  if (typeof given === 'number') return given;
  const all = given.values.all === true;
  const json = given.values.json === true;
  const limit = given.values.limit === undefined ? undefined : Number(given.values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
    return usageError(SPEC, io, '--limit needs a whole number of votes, 1 or more');
  let store: ReturnType<typeof createFeedbackStore> | undefined;
  try {
    const config = toolConfig(process.env);
    store = createFeedbackStore(config, { warn: (m) => io.err(`warning: ${m}\n`) });
    const votes = await store.votes({
      ...(all ? {} : { kind: 'not_helpful' as const }),
      ...(limit ? { limit } : {}),
    });
    const what = all ? 'votes' : '“Not helpful” votes';
    if (json) for (const v of votes) io.out(`${JSON.stringify(v)}\n`);
    else if (votes.length === 0) io.out(`No ${what} in ${store.describe()}.\n`);
    else
      io.out(
        `${votes.length} ${what}, newest first, from ${store.describe()}:\n\n${votes.map(voteToText).join('\n\n')}\n`,
      );
    return 0;
  } catch (error) {
    const message = (error as Error).message;
    io.err(
      error instanceof ConfigError
        ? `${message}\n`
        : `Could not read the votes: ${message}. Check DATA_DIR, or that Redis at REDIS_URL is reachable.\n`,
    );
    return 1;
  } finally {
    await store?.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
