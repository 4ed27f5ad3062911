/** The command line of a bench script: its arguments after the script's name. */
export const args = process.argv.slice(2);

/** The value given after `--name` on the command line, else `fallback`. */
export function option(name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
}
