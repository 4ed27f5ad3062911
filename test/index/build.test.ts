import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import { buildIndex } from '../../src/index/build.js';
import { cachePath } from '../../src/index/cache.js';
import type { FactIndex } from '../../src/index/fact-index.js';
import { shortFormsOf } from '../../src/index/short-forms.js';

function corpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'cached-'));
  writeFileSync(
    join(root, 'a.txt'),
    'Widget deal\n\nAcme Corp agreed to buy Widget Co for $2bn on Monday.\n',
  );
  writeFileSync(
    join(root, 'b.txt'),
    'Widget staff\n\nWidget Co employs 300 people in Leeds, the company said.\n',
  );
  return root;
}

/** Builds through the cache and waits until the cache file is written (or found unchanged). */
async function built(root: string, cacheDir: string, warn: (m: string) => void = () => {}) {
  let done: () => void = () => {};
  const written = new Promise<void>((resolve) => {
    done = resolve;
  });
  const index = await buildIndex(root, { warn }, { cacheDir, onCacheWritten: () => done() });
  await written;
  return index;
}

const answers = (index: FactIndex) =>
  ['Acme', 'staff', 'Widget Co'].map((q) => JSON.stringify(answerQuery(index, q).facts));

describe('buildIndex with a cache', () => {
  it('restarts from the cache with the same answers, without rewriting it', async () => {
    const root = corpus();
    const cacheDir = mkdtempSync(join(tmpdir(), 'cache-'));
    const fresh = await built(root, cacheDir);
    const path = cachePath(cacheDir, root);
    const written = statSync(path).mtimeMs;
    const restarted = await built(root, cacheDir);
    expect(answers(restarted)).toEqual(answers(fresh));
    expect(statSync(path).mtimeMs).toBe(written);
    expect(readdirSync(cacheDir)).toEqual([path.split('/').pop()]);
  });

  it('keeps each article’s names and short forms in the cache, and a restart reads the same table', async () => {
    const root = corpus();
    writeFileSync(
      join(root, 'c.txt'),
      'Board vote\n\nThe Widget Staff Board (WSB) voted. The WSB met Acme Corp.\n',
    );
    const cacheDir = mkdtempSync(join(tmpdir(), 'cache-'));
    const fresh = await built(root, cacheDir);
    const stored = readFileSync(cachePath(cacheDir, root), 'utf8');
    expect(stored).toContain('"defined":[["WSB","Widget Staff Board"]]');
    const restarted = await built(root, cacheDir);
    for (const index of [fresh, restarted]) {
      expect(shortFormsOf(index).expansions('WSB')).toEqual(['Widget Staff Board']);
      expect(shortFormsOf(index).writes('WSB')).toBe(true);
    }
    expect(answers(restarted)).toEqual(answers(fresh));
  });

  it('keeps an article’s short figure lines through the cache, apart from its facts', async () => {
    const root = corpus();
    writeFileSync(
      join(root, 'c.txt'),
      'Rovers win\n\nRovers beat Albion with a goal from Smith.\n\nSmith 75.\n\n20,170\n',
    );
    const cacheDir = mkdtempSync(join(tmpdir(), 'cache-'));
    const fresh = await built(root, cacheDir);
    const restarted = await built(root, cacheDir);
    for (const index of [fresh, restarted]) {
      expect(index.linesOf('c').map((f) => [f.text, f.kind])).toEqual([
        ['Smith 75.', 'line'],
        ['20,170', 'line'],
      ]);
      expect(index.factsOf('c').map((f) => f.text)).toEqual(['Rovers beat Albion with a goal from Smith.']);
    }
  });

  it('reads a changed article afresh', async () => {
    const root = corpus();
    const cacheDir = mkdtempSync(join(tmpdir(), 'cache-'));
    await built(root, cacheDir);
    writeFileSync(
      join(root, 'a.txt'),
      'Widget deal\n\nBrightside Capital agreed to buy Widget Co for $3bn on Friday.\n',
    );
    const restarted = await built(root, cacheDir);
    expect(answerQuery(restarted, 'Brightside').facts).toHaveLength(1);
    expect(answerQuery(restarted, 'Acme').facts).toEqual([]);
  });

  it('rebuilds a corrupt or truncated cache, with a warning, and never trusts it', async () => {
    const root = corpus();
    const cacheDir = mkdtempSync(join(tmpdir(), 'cache-'));
    const fresh = await built(root, cacheDir);
    const path = cachePath(cacheDir, root);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, text.length / 2)); // a partial write
    const warnings: string[] = [];
    const rebuilt = await built(root, cacheDir, (m) => warnings.push(m));
    expect(warnings.join('\n')).toMatch(/damaged; rebuilding/);
    expect(answers(rebuilt)).toEqual(answers(fresh));
    writeFileSync(path, text.replace('Acme Corp', 'Evil Corp')); // same length, other content
    const again = await built(root, cacheDir, (m) => warnings.push(m));
    expect(JSON.stringify(answerQuery(again, 'Acme').facts)).toContain('Acme Corp');
    expect(answerQuery(again, 'Evil').facts).toEqual([]);
  });

  it('on the seeds, a restart from the cache answers every question as a build without one does', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'cache-'));
    const fresh = await buildIndex('seeds', { warn: () => {} });
    await built('seeds', cacheDir);
    const restarted = await built('seeds', cacheDir);
    const questions = [
      'valuation',
      'stake',
      'revenue',
      'Alexandr Wang',
      'who leads Scale AI?',
      'antitrust',
      'employees',
    ];
    const all = (index: FactIndex) => questions.map((q) => JSON.stringify(answerQuery(index, q)));
    expect(all(restarted)).toEqual(all(fresh));
    expect(restarted.factCount).toBe(fresh.factCount);
    expect(fresh.factCount).toBeGreaterThan(0);
  });
});
