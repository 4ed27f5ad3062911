/** The package's `bin`, `factbot`, compiled: its subcommands print what `npm run ask` prints. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Output } from '../../src/cli/args.js';
import { main as askMain } from '../../src/cli/ask.js';
import { main as checkMain } from '../../src/cli/check.js';
import { main as digestMain } from '../../src/cli/digest.js';
import { main as feedbackMain } from '../../src/cli/feedback.js';
import { runMain } from '../helpers/cli.js';

const run = (file: string, args: string[]) =>
  execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const factbot = (...args: string[]) => run(process.execPath, ['dist/cli/factbot.js', ...args]);

describe('factbot', () => {
  it('`factbot ask` and `npm run ask` print the same, one JSON line a query and nothing else', () => {
    const args = ['--json', 'valuation', 'what stake is Meta taking?', 'volcanoes'];
    const bin = factbot('ask', ...args);
    const npm = run('npm', ['run', '--silent', 'ask', '--', ...args]);
    expect(npm).toBe(bin);
    expect(bin).toBe(run(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args]));
    const lines = bin.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).query)).toEqual(args.slice(1));
    expect(JSON.parse(lines[0] ?? '{}').facts.length).toBeGreaterThan(0);
  }, 120_000); // three processes each indexing the seeds: slow on a loaded machine

  it('`factbot digest` and `npm run digest` print the same, the digest the source gives', () => {
    const bin = factbot('digest', '--json');
    expect(run('npm', ['run', '--silent', 'digest', '--', '--json'])).toBe(bin);
    // The compiled bin against the command run from src/ through tsx: the same digest.
    expect(bin).toBe(run(process.execPath, ['--import', 'tsx', 'src/cli/digest.ts', '--json']));
    expect(JSON.parse(bin)).toMatchObject({ story: expect.any(String), articleCount: 4 });
  }, 120_000);

  it('names its commands when given none or an unknown one, and exits 2', () => {
    for (const args of [[], ['nope']]) {
      const r = spawnSync(process.execPath, ['dist/cli/factbot.js', ...args], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/Usage: factbot <command>[\s\S]*\bask\b[\s\S]*\bdigest\b/);
    }
  });

  const spawn = (...args: string[]) =>
    spawnSync(process.execPath, ['dist/cli/factbot.js', ...args], {
      encoding: 'utf8',
      env: { ...process.env, INDEX_CACHE_DIR: 'none' },
    });
  // Each subcommand's main, called in this process as the bin calls it: a process per case spent
  // seconds loading modules on a busy machine. The bin's own dispatching is held by one process a command.
  const mains: Record<string, (args: readonly string[], io: Output) => Promise<number>> = {
    ask: askMain,
    check: checkMain,
    digest: digestMain,
    feedback: feedbackMain,
  };

  it('`factbot <command> --help` prints that command’s usage and exits 0, for every command', async () => {
    const usage = (name: string, out: string) => {
      expect(out).toMatch(new RegExp(`^\\S.*\\n\\nUsage: factbot ${name} `));
      expect(out).toMatch(/\n {2}--help +print this help and exit\n/);
    };
    for (const [name, main] of Object.entries(mains)) {
      const r = spawn(name, '--help');
      expect(r.status, `${name} --help: ${r.stderr}`).toBe(0);
      expect(r.stderr).toBe('');
      usage(name, r.stdout);
      for (const help of ['--help', '-h']) {
        const run = await runMain(main, [help]);
        expect(run.code, `${name} ${help}: ${run.err}`).toBe(0);
        expect(run.err).toBe('');
        expect(run.out).toBe(r.stdout);
      }
    }
  });

  it('an unknown flag, or a flag without its value, prints the usage and exits 2, answering nothing', async () => {
    for (const args of [
      ['ask', '--bogus', 'valuation'],
      ['check', '--nope', 'Meta paid $15bn.'],
      ['digest', '--help-me'],
      ['feedback', '--limit'],
      ['ask', '--corpus'],
    ]) {
      const [name = '', ...rest] = args;
      const main = mains[name];
      if (!main) throw new Error(`no main for ${name}`);
      const run = await runMain(main, rest);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.out, args.join(' ')).toBe('');
      expect(run.err).toMatch(new RegExp(`\\nUsage: factbot ${name} `));
    }
    const bogus = spawn('ask', '--bogus', 'valuation');
    expect(bogus.status).toBe(2);
    expect(bogus.stdout).toBe('');
    expect(bogus.stderr).toMatch(/^Unknown option '--bogus'[\s\S]*\nUsage: factbot ask /);
  });

  it('`factbot --version` prints the package’s version', () => {
    const r = spawn('--version');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`factbot ${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
  });
});
