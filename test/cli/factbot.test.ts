/** The package's `bin`, `factbot`, compiled: its subcommands print what `npm run ask` prints. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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

  it('`factbot <command> --help` prints that command’s usage and exits 0, for every command', () => {
    for (const name of ['ask', 'check', 'digest', 'feedback']) {
      for (const help of ['--help', '-h']) {
        const r = spawn(name, help);
        expect(r.status, `${name} ${help}: ${r.stderr}`).toBe(0);
        expect(r.stderr).toBe('');
        expect(r.stdout).toMatch(new RegExp(`^\\S.*\\n\\nUsage: factbot ${name} `));
        expect(r.stdout).toMatch(/\n {2}--help +print this help and exit\n/);
      }
    }
  });

  it('an unknown flag, or a flag without its value, prints the usage and exits 2, answering nothing', () => {
    for (const args of [
      ['ask', '--bogus', 'valuation'],
      ['check', '--nope', 'Meta paid $15bn.'],
      ['digest', '--help-me'],
      ['feedback', '--limit'],
      ['ask', '--corpus'],
    ]) {
      const r = spawn(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr).toMatch(new RegExp(`\\nUsage: factbot ${args[0]} `));
    }
    expect(spawn('ask', '--bogus', 'valuation').stderr).toMatch(/^Unknown option '--bogus'/);
  });

  it('`factbot --version` prints the package’s version', () => {
    const r = spawn('--version');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`factbot ${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
  });
});
