import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, MAX_ARTICLE_BYTES } from '../../src/corpus/load.js';

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
