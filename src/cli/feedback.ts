/**
 * Lists the answers readers found not helpful, newest first: the question, the short answer and
 * the facts shown with their sources, who voted and when. Reads the store the bot writes: files in
 * DATA_DIR, or Redis when REDIS_URL is set (the playground's folder when no Slack credential is
 * configured, as `npm start`).
 *
 *   npm run feedback -- [--all] [--limit N] [--json] [--story ID [--stories FILE]]
 *
 * --all lists helpful votes too; --json prints one vote a line. With a stories file (STORIES_FILE),
 * the votes on one story's answers: `--story ID`, the first story by default.
 */
import { ConfigError, toolConfig } from '../config.js';
import { createFeedbackStore } from '../store/create.js';
import type { Vote } from '../store/feedback.js';
import { storyConfigs } from '../stories/config.js';

function usage(message: string): never {
  process.stderr.write(
    `${message}\nUsage: npm run feedback -- [--all] [--limit N] [--json] [--story ID [--stories FILE]]\n`,
  );
  process.exit(2);
}

const args = process.argv.slice(2);
let all = false;
let json = false;
let limit: number | undefined;
let story: string | undefined;
let storiesFile: string | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  if (arg === '--all') all = true;
  else if (arg === '--json') json = true;
  else if (arg === '--limit') {
    limit = Number(args[++i]);
    if (!Number.isInteger(limit) || limit < 1) usage('--limit needs a whole number of votes, 1 or more.');
  } else if (arg === '--story') story = args[++i] || usage('--story needs a story id.');
  else if (arg === '--stories') storiesFile = args[++i] || usage('--stories needs a file.');
  else if (arg === '--help' || arg === '-h') usage('Lists the answers readers found not helpful.');
  else usage(`Unknown argument ${arg}.`);
}

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

let store: ReturnType<typeof createFeedbackStore> | undefined;
try {
  const config = toolConfig(storiesFile ? { ...process.env, STORIES_FILE: storiesFile } : process.env);
  if (story && !config.stories)
    throw new ConfigError(`--story ${story} needs --stories FILE (or STORIES_FILE): the stories file.`);
  const stories = storyConfigs(config);
  const chosen = story ? stories.find((s) => s.spec.id === story) : stories[0];
  if (!chosen)
    throw new ConfigError(
      `--story ${story}: no such story in the stories file; its stories are ${stories.map((s) => s.spec.id).join(', ')}.`,
    );
  store = createFeedbackStore(chosen.config, { warn: (m) => process.stderr.write(`warning: ${m}\n`) });
  const votes = await store.votes({
    ...(all ? {} : { kind: 'not_helpful' as const }),
    ...(limit ? { limit } : {}),
  });
  const what = all ? 'votes' : '“Not helpful” votes';
  if (json) for (const v of votes) process.stdout.write(`${JSON.stringify(v)}\n`);
  else if (votes.length === 0) process.stdout.write(`No ${what} in ${store.describe()}.\n`);
  else
    process.stdout.write(
      `${votes.length} ${what}, newest first, from ${store.describe()}:\n\n${votes.map(voteToText).join('\n\n')}\n`,
    );
} catch (error) {
  const message = (error as Error).message;
  process.stderr.write(
    error instanceof ConfigError
      ? `${message}\n`
      : `Could not read the votes: ${message}. Check DATA_DIR, or that Redis at REDIS_URL is reachable.\n`,
  );
  process.exitCode = 1;
} finally {
  await store?.close();
}
