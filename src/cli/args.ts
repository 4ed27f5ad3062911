import { fileURLToPath } from 'node:url';
/**
 * The command line's arguments, read one way for every subcommand (node:util's parseArgs, strict):
 * `--help` prints the subcommand's usage and exits 0; an unknown flag, or a flag without its value,
 * prints what was wrong and the usage, and exits 2.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** Where a subcommand writes; the process's streams unless a caller gives others. */
export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

type Options = NonNullable<ParseArgsConfig['options']>;

/** What was given: each option's value (a flag: true; `multiple`: every value), and the other arguments. */
export interface Given {
  values: Record<string, string | boolean | Array<string | boolean> | undefined>;
  positionals: string[];
}

/** A subcommand's arguments: what it does, its usage line, and its options, each with a line of help. */
export interface Spec {
  /** One sentence: what the subcommand does. */
  about: string;
  /** `factbot ask [--corpus DIR] [--json] QUERY...` */
  usage: string;
  options: Options;
  /** A line of help per option (`--corpus DIR` -> what it does), in order. */
  help: Record<string, string>;
  /** Whether it takes arguments besides its options. */
  positionals: boolean;
}

/** The usage text of a subcommand: what it does, how to call it, each option. */
export function usageOf(spec: Spec): string {
  const flags = Object.entries({ ...spec.help, '--help': 'print this help and exit' });
  const width = Math.max(...flags.map(([flag]) => flag.length));
  return `${spec.about}\n\nUsage: ${spec.usage}\n\nOptions:\n${flags
    .map(([flag, does]) => `  ${flag.padEnd(width)}  ${does}`)
    .join('\n')}\n`;
}

/**
 * Reads a subcommand's arguments: the values and the other arguments, or the exit code when it
 * should stop there (0 after `--help`, 2 after a wrong flag, its usage printed).
 */
export function readArgs(args: readonly string[], spec: Spec, io: Output): Given | number {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: spec.positionals,
      strict: true,
    });
    if (values.help) {
      io.out(usageOf(spec));
      return 0;
    }
    return { values, positionals };
  } catch (error) {
    return usageError(spec, io, (error as Error).message);
  }
}

/** Prints what was wrong and the usage, to the error stream; the exit code, 2. */
export function usageError(spec: Spec, io: Output, message: string): number {
  io.err(`${message.replace(/\.?$/, '.')}\n\n${usageOf(spec)}`);
  return 2;
}

/**
 * Runs a subcommand's `main` when its module is the process's entry (`node dist/cli/ask.js ...`),
 * setting the exit code. `linger`: the language thread and the index cache's writer may keep the
 * loop alive once the work is done, so the process exits 2 s after.
 */
export async function runAlone(
  moduleUrl: string,
  main: (args: string[]) => Promise<number>,
  linger = false,
): Promise<void> {
  if (!process.argv[1] || fileURLToPath(moduleUrl) !== process.argv[1]) return;
  process.exitCode = await main(process.argv.slice(2));
  if (linger) setTimeout(() => process.exit(), 2000).unref();
}
