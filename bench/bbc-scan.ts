/**
 * Finds project text that copies the BBC archive. Every 32-character window of the archive
 * (`../shared/corpora/bbc`, else `/work/shared/corpora/bbc`; lower-cased, whitespace collapsed) is
 * hashed; then each line of the files scanned is normalised the same way and any line holding one of
 * those windows is printed as file:line, with a count at the end.
 *
 *   npx tsx bench/bbc-scan.ts [--max N] [--keys] [--quiet] [--show] [FILE|FOLDER ...]
 *
 * `--show` prints under each line the stretches the archive shares with it; `--quiet` only the count.
 * Default targets: src, test, docs, bench/*.ts, README.md. `--max N` exits 1 when more than N lines
 * hit. bench/keys is never read unless `--keys` is given (keys hold short match patterns and are not
 * project text), and even then the held-out keys (bench/keys.ts HELD_KEYS) are skipped unread. Every
 * file or folder left out (node_modules, dist, .git, binary files, bench/keys) is printed, never
 * skipped silently.
 *
 * Two polynomial rolling hashes (mod two primes below 2^31) make a 53-bit key per window; the keys
 * sit in one sorted Float64Array and each line's windows are looked up by binary search, so a false
 * hit has odds of about one in 10^9 per window.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { HELD_KEYS } from './keys.js';

export const WINDOW = 32;

const P1 = 2147483629; // primes below 2^31
const P2 = 2147483587;
const B1 = 131;
const B2 = 65599;
const SPLIT = 2 ** 22;

/** Lower-cased, every run of whitespace one space, trimmed. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function power(base: number, exp: number, mod: number): number {
  let r = 1;
  for (let i = 0; i < exp; i++) r = (r * base) % mod;
  return r;
}

const TOP1 = power(B1, WINDOW - 1, P1);
const TOP2 = power(B2, WINDOW - 1, P2);

/** Calls `visit` with the key of every WINDOW-character window of `s` (UTF-16 code units). */
export function eachWindow(s: string, visit: (key: number) => void): void {
  if (s.length < WINDOW) return;
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (i >= WINDOW) {
      const old = s.charCodeAt(i - WINDOW);
      h1 = (h1 - ((old * TOP1) % P1) + P1) % P1;
      h2 = (h2 - ((old * TOP2) % P2) + P2) % P2;
    }
    h1 = (h1 * B1 + c) % P1;
    h2 = (h2 * B2 + c) % P2;
    if (i >= WINDOW - 1) visit(h1 * SPLIT + (h2 % SPLIT));
  }
}

/** The sorted, de-duplicated window keys of some texts. */
export function windowKeys(texts: Iterable<string>): Float64Array {
  let keys = new Float64Array(1 << 20);
  let n = 0;
  for (const text of texts) {
    eachWindow(normalise(text), (k) => {
      if (n === keys.length) {
        const grown = new Float64Array(keys.length * 2);
        grown.set(keys);
        keys = grown;
      }
      keys[n++] = k;
    });
  }
  const sorted = keys.subarray(0, n).sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[m - 1]) sorted[m++] = sorted[i];
  return sorted.slice(0, m);
}

function has(keys: Float64Array, k: number): boolean {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = keys[mid];
    if (v === k) return true;
    if (v < k) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Whether a line (normalised here) holds any window of the keys. */
export function lineHits(keys: Float64Array, line: string): boolean {
  let hit = false;
  eachWindow(normalise(line), (k) => {
    if (!hit && has(keys, k)) hit = true;
  });
  return hit;
}

/** The stretches of a line (normalised) covered by windows of the keys, for --show. */
export function hitSpans(keys: Float64Array, line: string): string[] {
  const s = normalise(line);
  const covered = new Uint8Array(s.length);
  let i = 0;
  eachWindow(s, (k) => {
    if (has(keys, k)) covered.fill(1, i, i + WINDOW);
    i++;
  });
  return s
    .split('')
    .map((c, j) => (covered[j] ? c : '\u0000'))
    .join('')
    .split('\u0000')
    .filter((x) => x.length >= WINDOW);
}

/** The 1-based numbers of the lines of `text` that hold a window of the keys. */
export function hitLines(keys: Float64Array, text: string): number[] {
  const out: number[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) if (lineHits(keys, lines[i])) out.push(i + 1);
  return out;
}

function archiveFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...archiveFiles(p));
    else if (e.isFile() && e.name.endsWith('.txt') && e.name !== 'README.TXT') out.push(p);
  }
  return out.sort();
}

export function archiveDir(): string | undefined {
  return ['../shared/corpora/bbc', '/work/shared/corpora/bbc'].map((d) => resolve(d)).find((d) => existsSync(d));
}

const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', 'coverage']);

function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8000);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

interface Walk {
  files: string[];
  skipped: string[];
}

function isHeldKey(path: string): boolean {
  return HELD_KEYS.some((k) => new RegExp(`-${k}\\.json$`).test(path));
}

function walk(target: string, withKeys: boolean, out: Walk): void {
  const rel = relative('.', target) || '.';
  if (!existsSync(target)) {
    out.skipped.push(`${rel} (not found)`);
    return;
  }
  const inKeys = /(^|\/)bench\/keys(\/|$)/.test(rel);
  if (inKeys && !withKeys) {
    out.skipped.push(`${rel} (answer keys; --keys scans them)`);
    return;
  }
  if (inKeys && isHeldKey(rel)) {
    out.skipped.push(`${rel} (held-out key, never read)`);
    return;
  }
  const st = statSync(target);
  if (st.isDirectory()) {
    for (const e of readdirSync(target).sort()) {
      const p = join(target, e);
      if (SKIP_DIRS.has(e)) out.skipped.push(`${relative('.', p)} (${e})`);
      else walk(p, withKeys, out);
    }
  } else if (st.isFile()) out.files.push(target);
}

function defaultTargets(): string[] {
  const bench = existsSync('bench')
    ? readdirSync('bench')
        .filter((f) => f.endsWith('.ts'))
        .sort()
        .map((f) => join('bench', f))
    : [];
  return ['src', 'test', 'docs', ...bench, 'README.md'];
}

function main(argv: string[]): number {
  let max: number | undefined;
  let withKeys = false;
  let quiet = false;
  let show = false;
  const targets: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--max') max = Number(argv[++i]);
    else if (a === '--keys') withKeys = true;
    else if (a === '--quiet') quiet = true;
    else if (a === '--show') show = true;
    else targets.push(a);
  }
  if (withKeys && targets.length === 0) targets.push('bench/keys');
  const started = performance.now();
  const dir = archiveDir();
  if (!dir) {
    console.error('bbc-scan: no archive at ../shared/corpora/bbc or /work/shared/corpora/bbc');
    return 2;
  }
  const articles = archiveFiles(dir);
  const keys = windowKeys(articles.map((p) => readFileSync(p, 'utf8')));
  const hashed = performance.now();

  const w: Walk = { files: [], skipped: [] };
  for (const t of targets.length ? targets : defaultTargets()) walk(t, withKeys, w);
  let lines = 0;
  const perFile = new Map<string, number>();
  for (const f of w.files) {
    const buf = readFileSync(f);
    if (looksBinary(buf)) {
      w.skipped.push(`${relative('.', f)} (binary)`);
      continue;
    }
    const text = buf.toString('utf8');
    const textLines = show ? text.split('\n') : [];
    for (const n of hitLines(keys, text)) {
      if (!quiet) console.log(`${relative('.', f)}:${n}`);
      if (show) for (const span of hitSpans(keys, textLines[n - 1])) console.log(`    | ${span}`);
      lines++;
      perFile.set(f, (perFile.get(f) ?? 0) + 1);
    }
  }
  for (const s of w.skipped) console.log(`skipped: ${s}`);
  const done = performance.now();
  console.log(
    `bbc-scan: ${lines} line(s) in ${perFile.size} file(s) hold a ${WINDOW}-character window of the archive ` +
      `(${w.files.length} files scanned, ${articles.length} articles, ${keys.length} windows; ` +
      `hashing ${Math.round(hashed - started)} ms, scan ${Math.round(done - hashed)} ms)`,
  );
  if (max !== undefined && lines > max) {
    console.error(`bbc-scan: ${lines} > --max ${max}`);
    return 1;
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('bbc-scan.ts')) {
  process.exitCode = main(process.argv.slice(2));
}
