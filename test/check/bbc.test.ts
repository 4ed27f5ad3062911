/**
 * Drafts of our own checked against two BBC stories no answer key uses, each copied to a folder
 * of its own: Deutsche Boerse's offer for the LSE (10 articles) and the WorldCom
 * trial and MCI takeover (11 articles). The expected verdicts were read from the articles by hand.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CheckResult, checkDraft } from '../../src/check/check.js';
import { buildIndex } from '../../src/index/build.js';
import type { FactIndex } from '../../src/index/fact-index.js';

const BBC = '../shared/corpora/bbc';

async function story(files: string[]): Promise<{ dir: string; index: FactIndex }> {
  const dir = mkdtempSync(join(tmpdir(), 'check-bbc-'));
  mkdirSync(join(dir, 'business'));
  for (const file of files)
    cpSync(join(BBC, 'business', `${file}.txt`), join(dir, 'business', `${file}.txt`));
  return { dir, index: await buildIndex(dir, { warn: () => {} }) };
}

type Expected = Record<string, [CheckResult['claims'][number]['verdict'], string[]]>;

/** Every verdict as expected, every expected article cited, every quoted sentence standing in the articles it cites. */
function expectVerdicts(dir: string, result: CheckResult, expected: Expected) {
  expect(Object.fromEntries(result.claims.map((c) => [c.figure, c.verdict]))).toEqual(
    Object.fromEntries(Object.entries(expected).map(([figure, [verdict]]) => [figure, verdict])),
  );
  for (const claim of result.claims) {
    const [, ids] = expected[claim.figure] ?? ['', []];
    const cited = claim.evidence.flatMap((e) => e.citations.map((c) => c.id.replace('business/', '')));
    for (const id of ids) expect(cited, `${claim.figure} cites ${id}`).toContain(id);
    for (const e of claim.evidence)
      for (const c of e.citations) {
        const article = readFileSync(join(dir, `${c.id}.txt`), 'utf8').replace(/\s+/g, ' ');
        expect(article).toContain(e.text);
      }
  }
}

describe("Deutsche Boerse's bid for the LSE", () => {
  let lse: { dir: string; index: FactIndex };
  beforeAll(async () => {
    lse = await story(['171', '203', '220', '264', '279', '316', '319', '392', '421', '454']);
  }, 30_000);

  it('gets every verdict of a draft right', () => {
    const draft = [
      'For the London Stock Exchange, Deutsche Boerse offered £1.3bn.',
      'Standard Life has a 1% holding in Deutsche Boerse, and TCI owns 5% of Deutsche Boerse.',
      'Atticus Capital holds 3% of Deutsche Boerse.',
      "The LSE had rejected Deutsche Boerse's offer of £1.1bn.",
      'Deutsche Boerse offered 560 pence per share.',
      'Euronext could make a bid of £1.6bn.',
      'Euronext has 2,000 employees.',
      'The LSE made a profit of £60m.',
    ].join(' ');
    const result = checkDraft(lse.index, draft);
    expectVerdicts(lse.dir, result, {
      '£1.3bn': ['supported', ['171', '264', '392', '421']],
      '1%': ['supported', ['220']],
      '5%': ['supported', ['220']],
      '3%': ['contradicted', ['220']],
      '£1.1bn': ['contradicted', ['171', '392']],
      '560 pence': ['contradicted', ['220']],
      '£1.6bn': ['contradicted', ['421']],
      '2,000 employees': ['not found', []],
      '£60m': ['not found', []],
    });
    const c = (figure: string) => result.claims.find((x) => x.figure === figure);
    expect(c('3%')?.note).toBe('coverage: 2% [business/220]');
    expect(c('560 pence')?.note).toMatch(/^coverage: 530 pence \[/);
    expect(c('£60m')?.note).toMatch(/^looked for profit of LSE/);
  });
});

describe('the WorldCom trial and the MCI takeover', () => {
  let wcom: { dir: string; index: FactIndex };
  beforeAll(async () => {
    wcom = await story(['059', '087', '100', '114', '162', '188', '196', '246', '251', '403', '465']);
  }, 30_000);

  it('gets every verdict of a draft right', () => {
    const draft = [
      'If found guilty, Bernie Ebbers could get 85 years in jail.',
      'When WorldCom went under, its shareholders lost about $180bn; 20,000 workers lost their posts.',
      'Qwest bid $6.3bn for MCI.',
      'Verizon agreed to buy MCI for $7.5bn.',
      'Mr Ebbers could face a jail term of 58 years.',
      'Qwest paid the Securities and Exchange watchdog $205m.',
      'Verizon has 200,000 employees.',
      "MCI's revenue was $21bn.",
    ].join(' ');
    const result = checkDraft(wcom.index, draft);
    expectVerdicts(wcom.dir, result, {
      '85 years': ['supported', ['059', '114', '196', '246']],
      'about $180bn': ['supported', ['465']],
      '20,000 workers': ['supported', ['465']],
      '$6.3bn': ['supported', ['251']],
      // 188 gives $6.75bn too, in a sentence whose words align less: not cited (a known gap).
      '$7.5bn': ['contradicted', ['059', '196']],
      '58 years': ['contradicted', ['059', '114']],
      $205m: ['contradicted', ['162']],
      '200,000 employees': ['not found', []],
      $21bn: ['not found', []],
    });
  });
});
