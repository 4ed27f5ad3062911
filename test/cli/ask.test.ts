import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ask = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('npm run ask', () => {
  it('prints one JSON object a line, in query order, citing ids of nested files', () => {
    const root = mkdtempSync(join(tmpdir(), 'ask-'));
    mkdirSync(join(root, 'business'));
    const text =
      'Widget maker sold\n\nAcme agreed to buy Widget Co for $2bn, valuing it at twice its sales.\n';
    writeFileSync(join(root, 'business', '171.txt'), text);
    const lines = ask('--corpus', root, '--json', 'Widget Co', 'volcanoes').trim().split('\n');
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

  it('answers from the seeds with facts whose words and numbers stand in the articles they cite', () => {
    const answers = ask('--json', 'valuation', 'stake', 'revenue')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
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

  it('prints a readable answer with its sources by default', () => {
    const out = ask('valuation');
    expect(out).toMatch(/^valuation\n/);
    expect(out).toMatch(/ {2}• .+\n {6}— .+\[\d{3}_[0-9a-f]+\]/);
  });

  it('says how to use it when given no query', () => {
    expect(() => ask()).toThrow(/Usage: factbot ask .*npm run ask/);
  });
});
