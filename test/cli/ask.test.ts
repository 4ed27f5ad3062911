/**
 * `factbot ask` (npm run ask). Run in this process through its `main`, as the dispatcher calls it: the
 * process, the bin and `npm run ask` are held to print the same by factbot.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/ask.js';
import { runMain } from '../helpers/cli.js';

const ask = async (...args: string[]) => {
  const run = await runMain(main, args);
  expect(run.code, run.err).toBe(0);
  return run.out;
};

describe('npm run ask', () => {
  it('prints one JSON object a line, in query order, citing ids of nested files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ask-'));
    mkdirSync(join(root, 'business'));
    const text =
      'Widget maker sold\n\nAcme agreed to buy Widget Co for $2bn, valuing it at twice its sales.\n';
    writeFileSync(join(root, 'business', '171.txt'), text);
    const lines = (await ask('--corpus', root, '--json', 'Widget Co', 'volcanoes')).trim().split('\n');
    const answers = lines.map((l) => JSON.parse(l));
    expect(answers.map((a) => a.query)).toEqual(['Widget Co', 'volcanoes']);
    expect(answers[0].facts[0].citations[0]).toMatchObject({
      id: 'business/171',
      title: 'Widget maker sold',
    });
    expect(answers[0].facts[0].text).toContain('$2bn');
    expect(answers[1].facts).toEqual([]);
    expect(answers[1].note).toMatch(/Nothing in the coverage/);
  });

  it('answers from the seeds with facts whose words and numbers stand in the articles they cite', async () => {
    const answers = (await ask('--json', 'valuation', 'stake', 'revenue'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(answers).toHaveLength(3);
    for (const answer of answers) {
      expect(answer.facts.length).toBeGreaterThan(0);
      for (const fact of answer.facts)
        for (const citation of fact.citations) {
          // Reference markers such as [4] are the only thing a fact may leave out.
          const article = readFileSync(join('seeds', `${citation.id}.txt`), 'utf8').replace(/\[\d+\]/g, '');
          expect(article.replace(/\s+/g, ' ')).toContain(fact.text);
        }
    }
  });

  it('prints a readable answer with its sources by default', async () => {
    const out = await ask('valuation');
    expect(out).toMatch(/^valuation\n/);
    expect(out).toMatch(/ {2}• .+\n {6}— .+\[\d{3}_[0-9a-f]+\]/);
  });

  it('says how to use it when given no query, and exits 2', async () => {
    const run = await runMain(main, []);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toMatch(/Usage: factbot ask .*npm run ask/);
  });
});
