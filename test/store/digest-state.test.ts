import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileDigestStateStore } from '../../src/store/digest-state.js';

const dir = () => mkdtempSync(join(tmpdir(), 'state-'));

describe('FileDigestStateStore', () => {
  it('starts fresh when there is no file, and reads back what it wrote', async () => {
    const warnings: string[] = [];
    const store = new FileDigestStateStore(join(dir(), 'nested'), { warn: (m) => warnings.push(m) });
    expect(await store.read()).toEqual({ version: 1 });
    const state = {
      version: 1 as const,
      last: { slot: '2026-11-24T08:00:00.000Z', postedAt: 'x', channel: 'C1', articleIds: ['a'] },
    };
    await store.write(state);
    expect(await store.read()).toEqual(state);
    expect(warnings).toEqual([]);
  });

  it('writes atomically: no temporary file is left behind', async () => {
    const folder = dir();
    const store = new FileDigestStateStore(folder, { warn: () => {} });
    await store.write({ version: 1 });
    expect(readdirSync(folder)).toEqual(['digest-state.json']);
  });

  it('recovers from a corrupt file with one warning, and replaces it at the next write', async () => {
    const folder = dir();
    writeFileSync(join(folder, 'digest-state.json'), '{"version": 1, "last": {"slot": 12');
    const warnings: string[] = [];
    const store = new FileDigestStateStore(folder, { warn: (m) => warnings.push(m) });
    expect(await store.read()).toEqual({ version: 1 });
    expect(warnings).toHaveLength(1);
    await store.write({ version: 1 });
    expect(JSON.parse(readFileSync(join(folder, 'digest-state.json'), 'utf8'))).toEqual({ version: 1 });
  });
});
