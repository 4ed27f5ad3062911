/** The package's `bin`, `factbot`, compiled: its subcommands print what `npm run ask` prints. */
import { execFileSync, spawnSync } from 'node:child_process';
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
  });

  it('`factbot digest` and `npm run digest` print the same, the digest the source gives', () => {
    const bin = factbot('digest', '--json');
    expect(run('npm', ['run', '--silent', 'digest', '--', '--json'])).toBe(bin);
    // The compiled bin against the command run from src/ through tsx: the same digest.
    expect(bin).toBe(run(process.execPath, ['--import', 'tsx', 'src/cli/digest.ts', '--json']));
    expect(JSON.parse(bin)).toMatchObject({ story: expect.any(String), articleCount: 4 });
  });

  it('names its commands when given none or an unknown one, and exits 2', () => {
    for (const args of [[], ['nope']]) {
      const r = spawnSync(process.execPath, ['dist/cli/factbot.js', ...args], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/Usage: factbot <command>[\s\S]*\bask\b[\s\S]*\bdigest\b/);
    }
  });
});
