import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import { checkDraft } from '../../src/check/check.js';
import { momentsIn } from '../../src/claims/moments.js';
import { claimsOf, claimsOfMany } from '../../src/claims/read.js';
import { buildDigest } from '../../src/digest/build.js';
import { buildIndex } from '../../src/index/build.js';
import type { FactIndex } from '../../src/index/fact-index.js';
import { indexOf } from '../helpers/index.js';

const claimOf = (index: FactIndex, figure: string) => {
  const found = claimsOfMany(index, index.facts()).find((c) => c.quantity.text === figure);
  if (!found) throw new Error(`no claim ${figure}`);
  return found;
};

describe('the claims layer', () => {
  const index = indexOf({
    dairy:
      'Dairyco back on the market\n\nShares in Dairyco, the Italian dairy group, went back on the stock market on Thursday. Investors bought Dairyco shares in Milan. The firm failed with debts of about 12bn euros ($16bn; £8bn) in 2002. Its chairman, Mr Rossi, said he would co-operate.\n',
  });

  it('reads "the firm" as the organisation the article is about', () => {
    const debt = claimOf(index, 'about 12bn euros');
    expect(debt.subject).toEqual(['Dairyco']);
    expect(debt.subjectFrom).toBe('resolved');
    expect(debt.measure?.name).toBe('debt');
  });

  it('reads a figure given in two more currencies as one value', () => {
    const debt = claimOf(index, 'about 12bn euros');
    expect(debt.also.map((q) => q.text)).toEqual(['$16bn', '£8bn']);
    const all = claimsOfMany(index, index.facts());
    expect(all.some((c) => c.quantity.text === '$16bn' || c.quantity.text === '£8bn')).toBe(false);
  });

  it('anchors a moment: "a year earlier" and "the year before" are the year before', () => {
    expect(momentsIn('profit rose from $2m a year earlier').map((m) => m.key)).toEqual(['year-1']);
    expect(momentsIn('against a loss of 984m euros the year before').map((m) => m.key)).toEqual(['year-1']);
    expect(momentsIn('the offer values it at £1.5bn')[0]?.key).toBe(momentsIn('the bid values it')[0]?.key);
  });

  it('reads how sure a sentence is of a figure', () => {
    const sure = indexOf({
      a: 'Results\n\nAcme expects a loss of about 800m euros this year. Acme denied it would pay $5bn for Widgetco. Acme offered $3bn for Rivalco. Acme made a profit of $2bn last year.\n',
    });
    const modality = (figure: string) => claimOf(sure, figure).modality;
    expect(modality('about 800m euros')).toBe('expected');
    expect(modality('$5bn')).toBe('denied');
    expect(modality('$3bn')).toBe('proposed');
    expect(modality('$2bn')).toBe('reported');
  });

  it('reads each figure once: the same claim objects however often asked', () => {
    const fact = [...index.facts()].find((f) => f.text.includes('12bn'));
    if (!fact) throw new Error('no fact');
    expect(claimsOf(index, fact)).toBe(claimsOf(index, fact));
  });
});

describe('answers, digest and check read figures alike', () => {
  let seeds: FactIndex;
  beforeAll(async () => {
    seeds = await buildIndex('seeds', { warn: () => {} });
  });

  it('a history is not "sources differ": the valuation before the deal and the deal\'s, in order, with their moments', () => {
    const answer = answerQuery(seeds, 'valuation');
    expect(answer.disagreements).toEqual([]);
    const timeline = answer.timelines?.find((t) => t.measure === 'valuation');
    const values = timeline?.values.map((v) => v.text) ?? [];
    expect(values).toContain('nearly $14 billion');
    expect(values.at(-1)).toBe('around $28 billion');
    expect(timeline?.values.at(-1)?.moment).toMatch(/investment/i);
  });

  it('every figure the digest prints, checked in its own words, is Supported by the articles it cites', () => {
    const digest = buildDigest(seeds);
    const lines = digest.figures.flatMap((g) => g.moments.flatMap((m) => m.lines));
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      const result = checkDraft(seeds, line.context);
      const claim = result.claims.find(
        (c) => c.figure.includes(line.figure) || line.figure.includes(c.figure),
      );
      expect(claim?.verdict, `${line.figure} in “${line.context}”`).toBe('supported');
      const cited = claim?.evidence.flatMap((e) => e.citations.map((c) => c.id)) ?? [];
      expect(cited).toContain(line.source.id);
    }
  });
});

describe('the check reads figures as claims', () => {
  const index = indexOf({
    cuts: 'Carco to cut jobs\n\nCarco is to cut 500 jobs at its plant in Leeds, the carmaker said on Monday. Carco employs 12,000 people. German unemployment rose 17,000 in March to 5.2 million.\n',
  });
  const verdict = (draft: string, figure: string) =>
    checkDraft(index, draft).claims.find((c) => c.figure.includes(figure))?.verdict;

  it("a changed number is Contradicted, with the coverage's figure", () => {
    const result = checkDraft(index, 'Carco is to cut 700 jobs at its Leeds plant.');
    expect(result.claims[0]?.verdict).toBe('contradicted');
    expect(result.claims[0]?.note).toMatch(/500 jobs/);
  });

  it('reads the draft\'s own phrasing: "500 redundancies" for "cut 500 jobs"', () => {
    expect(verdict('Carco will make 500 redundancies in Leeds.', '500')).toBe('supported');
    expect(verdict('Carco will make 900 redundancies in Leeds.', '900')).toBe('contradicted');
  });

  it('checks a change: "rose 17,000"', () => {
    expect(verdict('German unemployment rose by 17,000 in March.', '17,000')).toBe('supported');
    expect(verdict('German unemployment rose by 27,000 in March.', '27,000')).toBe('contradicted');
  });

  it('never compares a workforce with jobs cut', () => {
    expect(verdict('Carco has 500 employees.', '500')).not.toBe('supported');
  });
});

describe('"the company" in an article most about a region (subject-33, issue 20 §1)', () => {
  const index = indexOf({
    drugs:
      'Europe drug sales slow\n\nEurope saw drug sales slow last year, according to Zorvex. Europe remains the biggest market for Zorvex, ahead of Asia. Sales in Europe rose.\n\nThe company said its profit fell 9% to £6.2bn. The country said its economy grew 2% in 2004.\n',
  });

  it('reads "the company" as the organisation the lead names, never the region', () => {
    const profit = claimOf(index, '£6.2bn');
    expect(profit.subject).toEqual(['Zorvex']);
    expect(profit.subjectFrom).toBe('resolved');
  });

  it('still reads "the country" as the region the article is about', () => {
    const growth = claimOf(index, '2%');
    expect(growth.subject).toEqual(['Europe']);
  });
});
