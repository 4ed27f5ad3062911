/**
 * `factbot check` (npm run check). Run in this process through its `main`, as the dispatcher calls it,
 * each time from a fresh index (no cache); one case runs src/cli/check.ts as a process, for its exit code.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/check.js';
import { runMain } from '../helpers/cli.js';

const env = { ...process.env, INDEX_CACHE_DIR: 'none' };
beforeAll(() => {
  vi.stubEnv('INDEX_CACHE_DIR', 'none');
});
afterAll(() => {
  vi.unstubAllEnvs();
});
const check = async (...args: string[]) => {
  const run = await runMain(main, args);
  expect(run.code, run.err).toBe(0);
  return run.out;
};

const DRAFT = 'Meta will pay $20 billion for a 49% stake, valuing Scale AI at $28 billion.';

describe('factbot check (npm run check)', () => {
  it('--json: $20 billion Contradicted ($15 billion), 49% and $28 billion Supported citing 002, one object a line', async () => {
    const lines = (await check('--json', DRAFT, '')).trim().split('\n');
    expect(lines).toHaveLength(2);
    const [result, empty] = lines.map((l) => JSON.parse(l));
    expect(Object.keys(result).sort()).toEqual(['claims', 'text']);
    expect(result.text).toBe(DRAFT);
    expect(result.claims.map((c: { figure: string; verdict: string }) => [c.figure, c.verdict])).toEqual([
      ['$20 billion', 'contradicted'],
      ['49%', 'supported'],
      ['$28 billion', 'supported'],
    ]);
    const [pay, stake, value] = result.claims;
    expect(pay.note).toMatch(/coverage: .*\$15 billion \[[^\]]*00[02]_/);
    expect(
      pay.evidence.flatMap((e: { citations: Array<{ id: string }> }) => e.citations.map((c) => c.id)),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^00[02]_/)]));
    for (const claim of [stake, value]) {
      expect(claim.evidence[0].citations).toEqual([
        { id: '002_85cfbc7a48a6de22', title: 'Overview of the Investment' },
      ]);
      expect(Object.keys(claim).sort()).toEqual([
        'evidence',
        'figure',
        'measure',
        'note',
        'subject',
        'verdict',
      ]);
    }
    expect(empty).toMatchObject({ text: '', claims: [] });
    expect(empty.note).toMatch(/^Nothing to check.*Usage: factbot check/);
  });

  it('reads --corpus (nested folders), and prints each figure with its verdict by default', async () => {
    const root = mkdtempSync(join(tmpdir(), 'check-cli-'));
    mkdirSync(join(root, 'business'));
    writeFileSync(
      join(root, 'business', '171.txt'),
      'Widget maker sold\n\nOn Monday Acme agreed to buy Widgetco for $2bn, Widgetco said.\n',
    );
    const out = await check('--corpus', root, 'Acme will buy Widgetco for $3bn.');
    // The price is the buyer's (subject-35: a name after a verb of buying is what is bought).
    expect(out).toMatch(
      /^Checked 1 figure against 1 article:\n {2}Contradicted: \$3bn \(acquisition, Acme\): coverage: \$2bn \[business\/171\]/,
    );
    expect(out).toContain('— Widget maker sold [business/171]');
  });

  it('says how to use it when given no text, and exits 2', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts'], {
      encoding: 'utf8',
      env,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Usage: factbot check \[--corpus DIR\] \[--json\] TEXT/);
  });

  it('main(args) is what a factbot dispatcher calls: output through its streams, the exit code returned', async () => {
    let out = '';
    let err = '';
    const io = {
      out: (t: string) => {
        out += t;
      },
      err: (t: string) => {
        err += t;
      },
    };
    expect(await main(['--corpus', 'no/such/folder', 'Acme paid $2bn.'], io)).toBe(1);
    expect(err).toMatch(/no\/such\/folder/);
    expect(await main(['--json', 'No figures here.'], io)).toBe(0);
    expect(JSON.parse(out.trim())).toMatchObject({
      claims: [],
      note: expect.stringMatching(/^No figures to check/),
    });
  });
});
