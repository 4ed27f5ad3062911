import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticleFiles, loadCorpus, MAX_ARTICLE_BYTES } from '../../src/corpus/load.js';

function corpus(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'corpus-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const story = 'A Headline\n\nThe company said profits rose 5% to $2bn.\n';

describe('loadCorpus', () => {
  it('reads .txt and .md files in nested folders, with ids as paths without extension', async () => {
    const root = corpus({
      'business/171.txt': story,
      'tech/2025/a.md': story,
      'top.txt': story,
      'notes.json': '{}',
    });
    const ids = (await loadCorpus(root, { warn: () => {} })).map((a) => a.id).sort();
    expect(ids).toEqual(['business/171', 'tech/2025/a', 'top']);
  });

  it('skips empty, binary, non-UTF-8 and oversized files with one warning each, and loads the rest', async () => {
    const root = corpus({
      'good.txt': story,
      'empty.txt': '   \n',
      'binary.txt': Buffer.from([0x41, 0x00, 0x42, 0x43]),
      'latin1.txt': Buffer.from('Caf\xe9 prices rose 5% this year.', 'latin1'),
      'huge.txt': Buffer.alloc(MAX_ARTICLE_BYTES + 1, 'a'),
      '.hidden.txt': story,
    });
    const warnings: string[] = [];
    const articles = await loadCorpus(root, { warn: (m) => warnings.push(m) });
    expect(articles.map((a) => a.id)).toEqual(['good']);
    expect(warnings).toHaveLength(4);
    for (const name of ['empty.txt', 'binary.txt', 'latin1.txt', 'huge.txt'])
      expect(warnings.filter((w) => w.includes(name))).toHaveLength(1);
    expect(warnings.find((w) => w.includes('latin1'))).toMatch(/UTF-8/);
  });

  it('says how to fix a missing folder', async () => {
    await expect(loadCorpus('/no/such/folder', { warn: () => {} })).rejects.toThrow(/CORPUS_DIR/);
  });
});

describe('an unreadable folder', () => {
  const denied = (path: string) =>
    Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });

  it('is skipped with one warning naming it and the fix; the other articles load', async () => {
    const root = corpus({ 'good.txt': story, 'locked/secret.txt': story, 'open/a.md': story });
    const warnings: string[] = [];
    // As root, a folder cannot be made unreadable: the listing is refused as the system would.
    const files = await listArticleFiles(root, { warn: (m) => warnings.push(m) }, async (dir) => {
      if (dir.endsWith('locked')) throw denied(dir);
      return readdirSync(dir, { withFileTypes: true });
    });
    expect(files.map((f) => f.slice(root.length + 1))).toEqual(['good.txt', 'open/a.md']);
    expect(warnings).toEqual([
      'Skipped folder locked: permission denied; make it readable by the bot (chmod) or move it out of the corpus folder.',
    ]);
  });

  it('still stops start-up when it is the corpus folder itself', async () => {
    const root = corpus({ 'good.txt': story });
    await expect(
      listArticleFiles(root, { warn: () => {} }, async (dir) => {
        throw denied(dir);
      }),
    ).rejects.toThrow(/EACCES/);
  });

  it('is skipped by the compiled `factbot ask` run as a user who cannot read it', () => {
    const root = corpus({ 'good.txt': story, 'locked/secret.txt': story });
    chmodSync(root, 0o755);
    chmodSync(join(root, 'locked'), 0o000);
    // Root reads everything: run as nobody then (the folder and the build are readable by all).
    const asRoot = process.getuid?.() === 0;
    const run = spawnSync(process.execPath, ['dist/cli/factbot.js', 'ask', '--corpus', root, 'profits'], {
      encoding: 'utf8',
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      env: { PATH: process.env.PATH ?? '', INDEX_CACHE_DIR: 'none' },
    });
    chmodSync(join(root, 'locked'), 0o755);
    expect(run.stderr).not.toMatch(/scandir|at async/);
    expect(run.stderr).toMatch(/Skipped folder locked: permission denied/);
    expect(run.stdout).toMatch(/profits rose 5%/);
    expect(run.status).toBe(0);
  });
});
