/**
 * Lists the answers readers found not helpful, newest first: the question, the short answer and
 * the facts shown with their sources, who voted and when. Reads the store the bot writes: files in
 * DATA_DIR, or Redis when REDIS_URL is set (the playground's folder when no Slack credential is
 * configured, as `npm start`).
 *
 *   factbot feedback [--all] [--limit N] [--json] [--story ID [--stories FILE]]      (npm run feedback -- ...)
 *
 * --all lists helpful votes too; --json prints one vote a line; --story reads that story's votes.
 */
import { ConfigError, toolConfig } from '../config.js';
import { createFeedbackStore } from '../store/create.js';
import type { Vote } from '../store/feedback.js';
import { storyConfigs } from '../stories/config.js';
import { type Output, processOutput, readArgs, runAlone, type Spec, usageError } from './args.js';

export const SPEC: Spec = {
  about: 'Lists the answers readers found not helpful, newest first, from the store the bot writes.',
  usage: 'factbot feedback [--all] [--limit N] [--json]   (or: npm run feedback -- ...)',
  options: {
    all: { type: 'boolean' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    story: { type: 'string' },
    stories: { type: 'string' },
  },
  help: {
    '--all': 'helpful votes too',
    '--limit N': 'at most N votes, the newest',
    '--json': 'one vote a line, as JSON',
    '--story ID': "a story of the stories file: its votes (default: the first story's)",
    '--stories FILE': 'the stories file (default: STORIES_FILE)',
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
    const story = typeof given.values.story === 'string' ? given.values.story : undefined;
    const storiesFile = typeof given.values.stories === 'string' ? given.values.stories : undefined;
    const config = toolConfig(storiesFile ? { ...process.env, STORIES_FILE: storiesFile } : process.env);
    if (story && !config.stories)
      throw new ConfigError(`--story ${story} needs --stories FILE (or STORIES_FILE): the stories file.`);
    const stories = storyConfigs(config);
    const chosen = story ? stories.find((s) => s.spec.id === story) : stories[0];
    if (!chosen)
      throw new ConfigError(
        `--story ${story}: no such story in the stories file; its stories are ${stories.map((s) => s.spec.id).join(', ')}.`,
      );
    store = createFeedbackStore(chosen.config, { warn: (m) => io.err(`warning: ${m}\n`) });
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

await runAlone(import.meta.url, main);
