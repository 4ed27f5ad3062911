#!/usr/bin/env node
/**
 * The command line: `factbot <subcommand> [options]`, the package's `bin`. One line of `COMMANDS`
 * adds a subcommand: its module reads `process.argv.slice(2)` as if it were run on its own.
 *
 *   factbot ask [--corpus DIR] [--json] QUERY...
 *   factbot check [--corpus DIR] [--json] TEXT...
 *   factbot digest [--corpus DIR] [--json]
 *   factbot feedback [--all] [--limit N] [--json]
 *   factbot manifest [--stories FILE]
 *
 * A module that exports `main(args)` is called with the subcommand's arguments and its result is
 * the exit code; any other runs on import.
 */
import process from 'node:process';

/** Subcommand -> its module (relative to this file) and what it does. */
export const COMMANDS: Record<string, { module: string; does: string }> = {
  ask: { module: './ask.js', does: 'answer questions from a corpus folder, as the bot would' },
  check: { module: './check.js', does: "check a draft's figures against the coverage of a corpus folder" },
  digest: { module: './digest.js', does: 'print the digest of a corpus folder, as the bot would post it' },
  feedback: { module: './feedback.js', does: 'list the answers readers found not helpful, newest first' },
  manifest: {
    module: './manifest.js',
    does: 'print manifest.yml with one slash command a story (--stories FILE)',
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.does}`);
  return `Usage: factbot <command> [options]   (factbot <command> --help: its options)\n${lines.join('\n')}\n`;
}

// Stack traces point at src/ (the compiled files carry source maps).
process.setSourceMapsEnabled(true);
const [name = '', ...rest] = process.argv.slice(2);
const command = COMMANDS[name];
if (!command) {
  if (name === '--help' || name === '-h') process.stdout.write(usage());
  else {
    process.stderr.write(`${name ? `Unknown command ${name}.` : 'Give a command.'}\n${usage()}`);
    process.exitCode = 2;
  }
} else {
  process.argv.splice(2, process.argv.length, ...rest);
  const loaded = (await import(command.module)) as { main?: (args: string[]) => Promise<number> };
  if (loaded.main) {
    process.exitCode = await loaded.main(rest);
    // The language thread and the index cache's writer may keep the loop alive: the work is done.
    setTimeout(() => process.exit(), 2000).unref();
  }
}
