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
 * Two polynomial rolling hashes (mod 2^32, two multipliers) make a 64-bit key per window, held in
 * an open-addressing hash set; each line's windows are looked up there.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { HELD_KEYS } from './keys.js';

export const WINDOW = 32;

const B1 = 0x01000193; // odd multipliers; both hashes are polynomial mod 2^32
const B2 = 0x5bd1e995;

function power32(base: number, exp: number): number {
  let r = 1;
  for (let i = 0; i < exp; i++) r = Math.imul(r, base);
  return r;
}

const TOP1 = power32(B1, WINDOW - 1);
const TOP2 = power32(B2, WINDOW - 1);

/** Lower-cased, every run of whitespace one space, trimmed. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Calls `visit(h1, h2, at)` with the two 32-bit rolling hashes of every WINDOW-character window of
 * `s` (UTF-16 code units) and the window's start.
 */
export function eachWindow(s: string, visit: (h1: number, h2: number, at: number) => void): void {
  if (s.length < WINDOW) return;
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (i >= WINDOW) {
      const old = s.charCodeAt(i - WINDOW);
      h1 = (h1 - Math.imul(old, TOP1)) | 0;
      h2 = (h2 - Math.imul(old, TOP2)) | 0;
    }
    h1 = (Math.imul(h1, B1) + c) | 0;
    h2 = (Math.imul(h2, B2) + c) | 0;
    if (i >= WINDOW - 1) visit(h1, h2, i - WINDOW + 1);
  }
}

/**
 * The windows of some texts as an open-addressing hash set of (h1, h2) pairs: 64 bits a window, so
 * that a false hit has odds of about one in 10^12 per window looked up.
 */
export class WindowSet {
  private mask: number;
  /** Slot i holds h1 at 2i and h2 at 2i + 1; (0, 0) marks an empty slot. */
  private keys: Int32Array;
  /** Whether the one window whose hashes are both 0 is in the set. */
  private zero = false;
  size = 0;

  constructor(capacity: number) {
    let n = 1 << 16;
    while (n < capacity * 1.5) n *= 2;
    this.mask = n - 1;
    this.keys = new Int32Array(2 * n);
  }

  add(h1: number, h2: number): void {
    if (h1 === 0 && h2 === 0) {
      if (!this.zero) this.size++;
      this.zero = true;
      return;
    }
    const k = this.keys;
    let i = (h2 ^ (h1 >>> 11)) & this.mask;
    for (;;) {
      const a = k[2 * i];
      const b = k[2 * i + 1];
      if (a === 0 && b === 0) break;
      if (a === h1 && b === h2) return;
      i = (i + 1) & this.mask;
    }
    k[2 * i] = h1;
    k[2 * i + 1] = h2;
    this.size++;
  }

  has(h1: number, h2: number): boolean {
    if (h1 === 0 && h2 === 0) return this.zero;
    const k = this.keys;
    let i = (h2 ^ (h1 >>> 11)) & this.mask;
    for (;;) {
      const a = k[2 * i];
      const b = k[2 * i + 1];
      if (a === 0 && b === 0) return false;
      if (a === h1 && b === h2) return true;
      i = (i + 1) & this.mask;
    }
  }
}

/** The set of every window of some texts (normalised here). */
export function windowKeys(texts: string[]): WindowSet {
  const normal = texts.map(normalise);
  const set = new WindowSet(normal.reduce((n, t) => n + t.length, 0));
  for (const t of normal) eachWindow(t, (h1, h2) => set.add(h1, h2));
  return set;
}

/** Whether a line (normalised here) holds any window of the set. */
export function lineHits(keys: WindowSet, line: string): boolean {
  let hit = false;
  eachWindow(normalise(line), (h1, h2) => {
    if (!hit && keys.has(h1, h2)) hit = true;
  });
  return hit;
}

/** The stretches of a line (normalised) covered by windows of the set, for --show. */
export function hitSpans(keys: WindowSet, line: string): string[] {
  const s = normalise(line);
  const covered = new Uint8Array(s.length);
  eachWindow(s, (h1, h2, at) => {
    if (keys.has(h1, h2)) covered.fill(1, at, at + WINDOW);
  });
  const out: string[] = [];
  let from = -1;
  for (let j = 0; j <= s.length; j++) {
    if (j < s.length && covered[j]) {
      if (from < 0) from = j;
    } else if (from >= 0) {
      out.push(s.slice(from, j));
      from = -1;
    }
  }
  return out;
}

/** The 1-based numbers of the lines of `text` that hold a window of the set. */
export function hitLines(keys: WindowSet, text: string): number[] {
  const out: number[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) if (lineHits(keys, lines[i] ?? '')) out.push(i + 1);
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
  return ['../shared/corpora/bbc', '/work/shared/corpora/bbc']
    .map((d) => resolve(d))
    .find((d) => existsSync(d));
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
    const a = argv[i] ?? '';
    if (a === '--max') max = Number(argv[++i]);
    else if (a === '--keys') withKeys = true;
    else if (a === '--quiet') quiet = true;
    else if (a === '--show') show = true;
    else targets.push(a);
  }
  if (max !== undefined && !Number.isFinite(max)) {
    console.error('bbc-scan: --max needs a number');
    return 2;
  }
  if (withKeys && targets.length === 0) targets.push('bench/keys');
  const started = performance.now();
  const dir = archiveDir();
  if (!dir) {
    console.error(
      'bbc-scan: no archive at ../shared/corpora/bbc or /work/shared/corpora/bbc: put the shared folder beside the repository (the scan reads the archive there, never a copy)',
    );
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
      if (show) for (const span of hitSpans(keys, textLines[n - 1] ?? '')) console.log(`    | ${span}`);
      lines++;
      perFile.set(f, (perFile.get(f) ?? 0) + 1);
    }
  }
  for (const s of w.skipped) console.log(`skipped: ${s}`);
  const done = performance.now();
  console.log(
    `bbc-scan: ${lines} line(s) in ${perFile.size} file(s) hold a ${WINDOW}-character window of the archive ` +
      `(${w.files.length} files scanned, ${articles.length} articles, ${keys.size} windows; ` +
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
