/**
 * Runs a subcommand's `main(args, io)` in the test's own process, as `factbot <command>` calls it,
 * collecting what it writes. Each `factbot` process loads every module and wink-nlp's model before it
 * reads a corpus (about 1 s on a quiet machine, several under load): a test that is not about the
 * process itself runs the command here, where that cost is paid once per file.
 */
import type { Output } from '../../src/cli/args.js';

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function runMain(
  main: (args: readonly string[], io: Output) => Promise<number>,
  args: readonly string[],
): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  return { code, out, err };
}
