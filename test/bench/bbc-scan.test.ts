import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  archiveDir,
  eachWindow,
  hitLines,
  hitSpans,
  lineHits,
  normalise,
  WINDOW,
  WindowSet,
  windowKeys,
} from '../../bench/bbc-scan.js';

const source =
  'Harbour Line said on Tuesday that its ferries carried 2.4 million passengers last year, a record.\n' +
  'The operator plans to add two boats to the Easton crossing next spring.';

describe('normalise', () => {
  it('lower-cases and collapses every run of whitespace to one space', () => {
    expect(normalise('  Harbour\tLine\n\n SAID  ')).toBe('harbour line said');
  });
});

describe('eachWindow', () => {
  it('gives one window a start, the same hashes to the same text wherever it stands', () => {
    const seen: string[] = [];
    const text = 'x'.repeat(WINDOW + 2);
    eachWindow(text, (h1, h2, at) => seen.push(`${h1}:${h2}:${at}`));
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((s) => s.split(':').slice(0, 2).join(':'))).size).toBe(1);
    const none: number[] = [];
    eachWindow('x'.repeat(WINDOW - 1), (_a, _b, at) => none.push(at));
    expect(none).toEqual([]);
  });
});

describe('WindowSet', () => {
  it('holds each pair once and answers only for pairs added, the pair (0, 0) too', () => {
    const set = new WindowSet(4);
    set.add(1, 2);
    set.add(1, 2);
    set.add(-5, 7);
    set.add(0, 0);
    expect(set.size).toBe(3);
    expect(set.has(1, 2)).toBe(true);
    expect(set.has(-5, 7)).toBe(true);
    expect(set.has(0, 0)).toBe(true);
    expect(set.has(2, 1)).toBe(false);
    expect(new WindowSet(4).has(0, 0)).toBe(false);
  });
});

describe('a line holding a window of the texts', () => {
  const keys = windowKeys([source]);

  it('is found whatever its case and spacing, inside other words', () => {
    expect(lineHits(keys, "  const s = 'its FERRIES carried 2.4   million passengers';")).toBe(true);
  });

  it('is not found with one character fewer in common than a window', () => {
    const shared = 'ferries carried 2.4 million pass'; // 32 characters of the source
    expect(shared).toHaveLength(WINDOW);
    expect(lineHits(keys, `"${shared}"`)).toBe(true);
    expect(lineHits(keys, `"${shared.slice(0, WINDOW - 1)}X"`)).toBe(false);
    expect(lineHits(keys, 'Harbour Line said its ships took 2.4 million people.')).toBe(false);
  });

  it('is numbered from 1, and --show gives the stretch shared', () => {
    const text = 'a made-up line\nthe operator plans to add two boats to the easton crossing\nanother';
    expect(hitLines(keys, text)).toEqual([2]);
    expect(hitSpans(keys, 'Note: the operator plans to add two boats to the Easton crossing soon.')).toEqual([
      ' the operator plans to add two boats to the easton crossing ',
    ]);
  });
});

const run = promisify(execFile);
const archive = archiveDir();

describe.skipIf(!archive)('bench/bbc-scan.ts against the archive', () => {
  it('prints file:line of a line copied from an article, exits 1 above --max, skips the keys aloud', async () => {
    // The copied line is made at run time from an article read from ../shared; nothing is kept.
    const dir = mkdtempSync(join(tmpdir(), 'bbc-scan-'));
    const business = join(archive ?? '', 'business');
    const first = readdirSync(business).sort()[0] ?? '';
    const article = readFileSync(join(business, first), 'utf8').split('\n');
    const sentence = article.find((l) => l.trim().length > 60) ?? '';
    writeFileSync(join(dir, 'copied.ts'), `// a made-up line\nconst s = ${JSON.stringify(sentence)};\n`);
    writeFileSync(join(dir, 'ours.ts'), '// Harbour Line said its ferries carried a record number.\n');
    const args = ['tsx', 'bench/bbc-scan.ts', '--max', '0', dir, 'bench/keys'];
    const failed = await run('npx', args).then(
      () => undefined,
      (e: { code: number; stdout: string }) => e,
    );
    expect(failed?.code).toBe(1);
    const out = failed?.stdout ?? '';
    expect(out).toMatch(/copied\.ts:2\n/);
    expect(out).not.toMatch(/ours\.ts:/);
    expect(out).toMatch(/skipped: bench\/keys \(answer keys; --keys scans them\)/);
    expect(out).toMatch(/bbc-scan: 1 line\(s\) in 1 file\(s\)/);
    const passed = await run('npx', ['tsx', 'bench/bbc-scan.ts', '--max', '1', dir]);
    expect(passed.stdout).toMatch(/bbc-scan: 1 line\(s\)/);
  }, 60_000);
});
