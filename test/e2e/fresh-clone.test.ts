/**
 * A newcomer's first command, `npm install`, in a fresh copy of the project: it leaves the checkout
 * as it was (`git status --porcelain` empty: the lock is in step with package.json) and prints no
 * npm warning of ours (esbuild's install script is covered by `allowScripts`). The copy holds the
 * files git tracks as they are in this checkout, committed in a repository of its own; the npm
 * registry must be reachable, or the test says so and is skipped.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** The environment without what an npm running these tests sets for its children. */
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += String(d);
    });
    child.stderr.on('data', (d) => {
      output += String(d);
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** Whether the registry npm would install from answers, within 5 s. */
async function registryReachable(): Promise<string | undefined> {
  const registry = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8', env }).trim();
  try {
    const res = await fetch(new URL('-/ping', registry.endsWith('/') ? registry : `${registry}/`), {
      signal: AbortSignal.timeout(5000),
    });
    return res.status < 500 ? undefined : `${registry} answered ${res.status}`;
  } catch (error) {
    return `${registry} is unreachable (${(error as Error).message})`;
  }
}

const dirs: string[] = [];
// Removing the copy means removing a fresh install's node_modules (tens of thousands of files): on a
// loaded 2-core machine that took longer than the default 30 s hook timeout, with every test passed.
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}, 180_000);

describe('a fresh clone', () => {
  it('`npm install` leaves git status clean and prints no npm warning', async (ctx) => {
    const unreachable = await registryReachable();
    if (unreachable) ctx.skip(`skipped: the npm registry is needed for a fresh install, and ${unreachable}`);

    const dir = mkdtempSync(join(tmpdir(), 'factbot-clone-'));
    dirs.push(dir);
    const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const file of tracked) {
      if (!existsSync(file)) continue; // deleted in this checkout, not yet committed
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      copyFileSync(file, join(dir, file));
    }
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], {
        cwd: dir,
        encoding: 'utf8',
      });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'the checkout as it is');

    const install = await run('npm', ['install', '--no-audit', '--no-fund'], dir);
    expect(install.code, install.output).toBe(0);
    // Warnings of this machine's npm configuration are not the project's.
    const warnings = install.output
      .split('\n')
      .filter((l) => /^npm warn/i.test(l) && !/^npm warn config/i.test(l));
    expect(warnings).toEqual([]);
    expect(git('status', '--porcelain')).toBe('');
    // What `npm start` runs was built by the install.
    expect(existsSync(join(dir, 'dist', 'app.js'))).toBe(true);
  }, 300_000);
});
