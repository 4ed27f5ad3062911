import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceFile } from '../src/replace-file.js';

describe('replaceFile', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes parts one after another, replacing the file, leaving no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replace-file-'));
    dirs.push(dir);
    const path = join(dir, 'sub', 'out.bin');
    await replaceFile(path, 'old content that is longer');
    await replaceFile(path, [Buffer.from('head\n'), new Uint8Array([1, 2, 3]), Buffer.from('tail')]);
    expect(readFileSync(path)).toEqual(
      Buffer.concat([Buffer.from('head\n'), Buffer.from([1, 2, 3]), Buffer.from('tail')]),
    );
    expect(readdirSync(join(dir, 'sub'))).toEqual(['out.bin']);
  });
});
