#!/usr/bin/env node
/**
 * The command line: `factbot <subcommand> [options]`, the package's `bin`. One line of `COMMANDS`
 * adds a subcommand: its module exports `main(args)`, called with the subcommand's arguments, whose
 * result is the exit code.
 *
 *   factbot ask [--corpus DIR | --story ID [--stories FILE]] [--json] QUERY...
 *   factbot check [--corpus DIR | --story ID [--stories FILE]] [--json] TEXT...
 *   factbot digest [--corpus DIR | --story ID [--stories FILE]] [--new ID]... [--json]
 *   factbot claims [--corpus DIR] [--json]
 *   factbot feedback [--all] [--limit N] [--json] [--story ID [--stories FILE]]
 *   factbot manifest [--stories FILE]
 *   factbot --help | --version
 *
 * Every subcommand's `--help` prints its usage and exits 0; an unknown flag prints the usage and
 * exits 2 (see args.ts).
 */
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { cacheWrites } from '../index/cache-writes.js';

/** The longest the command line waits, once its output is written, for the index cache's write. */
const CACHE_WRITE_WAIT_MS = 120_000;

/** Subcommand -> its module (relative to this file) and what it does. */
export const COMMANDS: Record<string, { module: string; does: string }> = {
  ask: { module: './ask.js', does: 'answer questions from a corpus folder, as the bot would' },
  check: { module: './check.js', does: "check a draft's figures against the coverage of a corpus folder" },
  digest: { module: './digest.js', does: 'print the digest of a corpus folder, as the bot would post it' },
  claims: {
    module: './claims.js',
    does: 'print every figure of a corpus folder as a claim (whose, what, when), to audit what the bot read',
  },
  feedback: { module: './feedback.js', does: 'list the answers readers found not helpful, newest first' },
  manifest: {
    module: './manifest.js',
    does: 'print manifest.yml with one slash command a story (--stories FILE)',
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.does}`);
  return `Usage: factbot <command> [options]   (factbot <command> --help: its options; factbot --version)\n${lines.join('\n')}\n`;
}

/** The package's version, from its package.json (two folders up, from src/cli/ or dist/cli/). */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? 'unknown';
}

// Stack traces point at src/ (the compiled files carry source maps).
process.setSourceMapsEnabled(true);
const [name = '', ...rest] = process.argv.slice(2);
const command = COMMANDS[name];
if (!command) {
  if (name === '--help' || name === '-h' || name === 'help') process.stdout.write(usage());
  else if (name === '--version' || name === '-V') process.stdout.write(`factbot ${version()}\n`);
  else {
    process.stderr.write(
      `${name.startsWith('-') ? `Unknown option ${name}.` : name ? `Unknown command ${name}.` : 'Give a command.'}\n${usage()}`,
    );
    process.exitCode = 2;
  }
} else {
  process.argv.splice(2, process.argv.length, ...rest);
  const loaded = (await import(command.module)) as { main: (args: string[]) => Promise<number> };
  process.exitCode = await loaded.main(rest);
  // The output is written. The index cache's write, begun after the index was handed over, is waited
  // for (at most CACHE_WRITE_WAIT_MS), so that the next run reads it whole; then the language thread,
  // which may keep the loop alive, is ended with the process.
  await cacheWrites(CACHE_WRITE_WAIT_MS);
  setTimeout(() => process.exit(), 100).unref();
}
