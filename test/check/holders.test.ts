/**
 * Issue 20, check-17: two holders' values swapped in one coverage sentence ("66,000 in Wales"
 * against "In Northern Ireland it was just over 66,000, in Wales just over 59,000"). Made-up
 * articles; every verdict is worked out from the articles' words, not echoed.
 */
import { describe, expect, it } from 'vitest';
import { type CheckResult, type Claim, checkDraft, holdersSwapped } from '../../src/check/check.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import type { Fact } from '../../src/facts/types.js';
import { indexOf } from '../helpers/index.js';

/** The claim for a figure, as the draft writes it. */
function claim(result: CheckResult, figure: string): Claim {
  const found = result.claims.find((c) => c.figure === figure);
  if (!found) throw new Error(`no claim ${figure} in ${result.claims.map((c) => c.figure).join(', ')}`);
  return found;
}

/** A made-up fact of one sentence, its figures read. */
const fact = (text: string) => ({ text, quantities: parseQuantities(text) }) as unknown as Fact;

/** The mention of a fact's figure written `figure`. */
function at(f: Fact, figure: string) {
  const quantity = f.quantities.find((q) => q.text === figure);
  if (!quantity) throw new Error(`no figure ${figure} in ${f.quantities.map((q) => q.text).join(', ')}`);
  return { fact: f, quantity };
}

describe('holdersSwapped', () => {
  const known = (stem: string) => !['in', 'the', 'it', 'was', 'and', 'on', 'after'].includes(stem);
  const coverage = fact('In Ostland it was 66,000, in Westmark 59,000 and in Sudria 53,000.');

  it('tells a value given beside another holder the draft also names', () => {
    const draft = fact(
      'The average seat had 72,000 voters, against 66,000 in Westmark and 59,000 in Ostland.',
    );
    const sixty = at(draft, '66,000').quantity;
    expect(holdersSwapped(draft, sixty, at(coverage, '66,000'), at(coverage, '59,000'), known)).toBe(true);
    const fifty = at(draft, '59,000').quantity;
    expect(holdersSwapped(draft, fifty, at(coverage, '59,000'), at(coverage, '66,000'), known)).toBe(true);
  });

  it('says nothing when the draft gives the value to the same holder', () => {
    const draft = fact(
      'The average seat had 72,000 voters, against 66,000 in Ostland and 59,000 in Westmark.',
    );
    const sixty = at(draft, '66,000').quantity;
    expect(holdersSwapped(draft, sixty, at(coverage, '66,000'), at(coverage, '59,000'), known)).toBe(false);
  });

  it('says nothing when no name stands by the stating value (one holder, two measures)', () => {
    const sales = fact('Fenbox reported ownership of five million, including one million sales this year.');
    const draft = fact('Fenbox sales reached 1 million this year.');
    const million = at(draft, '1 million').quantity;
    expect(
      holdersSwapped(draft, million, at(sales, 'one million sales'), at(sales, 'five million'), known),
    ).toBe(false);
  });

  it('says nothing when the draft names no holder by its figure', () => {
    const draft = fact('On average, seats there held 66,000 voters, the commission said.');
    const sixty = at(draft, '66,000 voters').quantity;
    expect(holdersSwapped(draft, sixty, at(coverage, '66,000'), at(coverage, '59,000'), known)).toBe(false);
  });
});

describe('two holders’ values swapped in one coverage sentence', () => {
  // More articles, so that the words of any report ("average", "said", "shares") are common.
  const index = indexOf({
    seats:
      'Seat sizes\n\nThe average constituency in Nordland has 72,000 voters, the commission said. In Ostland it was just over 66,000, in Westmark just over 59,000 and in Sudria 53,000.\n',
    shares:
      'Carco talks stall\n\nReports of deadlocked talks sent Carco shares down 1.2% on Tuesday, after Monday’s 4% gain on hopes of a payout.\n',
    other:
      'Market report\n\nShares in Boatco rose on Wednesday as the average price of steel fell, the firm said on hopes of a deal.\n',
  });

  it('each place given the other’s value is contradicted, the right value shown', () => {
    const result = checkDraft(
      index,
      'The average constituency in Nordland has 72,000 voters, against just over 66,000 in Westmark and just over 59,000 in Ostland.',
    );
    expect(claim(result, '72,000 voters').verdict).toBe('supported');
    const westmark = claim(result, 'over 66,000');
    expect(westmark.verdict).toBe('contradicted');
    expect(westmark.note).toMatch(/59,000/);
    const ostland = claim(result, 'over 59,000');
    expect(ostland.verdict).toBe('contradicted');
    expect(ostland.note).toMatch(/66,000/);
  });

  it('given the right way round, both stand', () => {
    const result = checkDraft(
      index,
      'The average constituency in Nordland has 72,000 voters, against just over 66,000 in Ostland and just over 59,000 in Westmark.',
    );
    for (const figure of ['over 66,000', 'over 59,000']) {
      const c = claim(result, figure);
      expect(c.verdict, c.note).toBe('supported');
    }
  });

  it('a day’s value given to another day is contradicted with that day’s', () => {
    const result = checkDraft(
      index,
      'Carco shares slipped 1.4% on Tuesday on reports of deadlocked talks, undoing part of Monday’s 1.2% rise.',
    );
    const monday = claim(result, '1.2%');
    expect(monday.verdict).toBe('contradicted');
    expect(monday.note).toMatch(/4%/);
  });
});
