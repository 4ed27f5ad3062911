/**
 * Vitest global setup: builds `dist/` (`npm run build`) once before the tests when a file of `src/`
 * is newer than it, so that the tests of `npm start` and `factbot` run the code under test.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const STAMP = join('dist', 'app.js');

export default function setup(): void {
  let built = 0;
  try {
    built = statSync(STAMP).mtimeMs;
  } catch {
    // not built yet
  }
  const sources = Math.max(
    newest('src'),
    statSync('tsconfig.json').mtimeMs,
    statSync('tsconfig.build.json').mtimeMs,
  );
  if (built >= sources) return;
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
