/**
 * Issue 20, check-17: two holders' values swapped in one coverage sentence ("64,000 in Westmark"
 * against "In Ostland it was just over 64,000, in Westmark just over 57,000"). Made-up
 * articles; every verdict is worked out from the articles' words, not echoed.
 */
import { describe, expect, it } from 'vitest';
import {
  type CheckResult,
  type Claim,
  checkDraft,
  clausesSwapped,
  holdersSwapped,
  sourceRival,
  statesAnother,
} from '../../src/check/check.js';
import { parseQuantities, type Quantity } from '../../src/facts/quantities.js';
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
  const coverage = fact('In Ostland it was 64,000, in Westmark 57,000 and in Sudria 51,000.');

  it('tells a value given beside another holder the draft also names', () => {
    const draft = fact(
      'The average seat had 71,000 voters, against 64,000 in Westmark and 57,000 in Ostland.',
    );
    const sixty = at(draft, '64,000').quantity;
    expect(holdersSwapped(draft, sixty, at(coverage, '64,000'), at(coverage, '57,000'), known)).toBe(true);
    const fifty = at(draft, '57,000').quantity;
    expect(holdersSwapped(draft, fifty, at(coverage, '57,000'), at(coverage, '64,000'), known)).toBe(true);
  });

  it('says nothing when the draft gives the value to the same holder', () => {
    const draft = fact(
      'The average seat had 71,000 voters, against 64,000 in Ostland and 57,000 in Westmark.',
    );
    const sixty = at(draft, '64,000').quantity;
    expect(holdersSwapped(draft, sixty, at(coverage, '64,000'), at(coverage, '57,000'), known)).toBe(false);
  });

  it('says nothing when no name stands by the stating value (one holder, two measures)', () => {
    const sales = fact('Fenbox reported ownership of seven million, including two million sales this year.');
    const draft = fact('Fenbox sales reached 2 million this year.');
    const million = at(draft, '2 million').quantity;
    expect(
      holdersSwapped(draft, million, at(sales, 'two million sales'), at(sales, 'seven million'), known),
    ).toBe(false);
  });

  it('tells a value given beside a holder the draft does not name (confused-33)', () => {
    // The draft names only Westmark; the coverage gives its value to Ostland and Westmark 57,000.
    const draft = fact('Westmark averaged 64,000 voters a seat.');
    const sixty = at(draft, '64,000 voters').quantity;
    expect(holdersSwapped(draft, sixty, at(coverage, '64,000'), at(coverage, '57,000'), known)).toBe(true);
    // Given to its own holder, it stands.
    const own = fact('Ostland averaged 64,000 voters a seat.');
    const ostland = at(own, '64,000 voters').quantity;
    expect(holdersSwapped(own, ostland, at(coverage, '64,000'), at(coverage, '57,000'), known)).toBe(false);
  });

  it('takes no month or day for a holder (confused-33)', () => {
    const sales = fact('Sales were 64,000 in Ostland, against 57,000 in November.');
    const draft = fact('Sales reached 64,000 in November.');
    const sixty = at(draft, '64,000').quantity;
    expect(holdersSwapped(draft, sixty, at(sales, '64,000'), at(sales, '57,000'), known)).toBe(false);
  });

  it('says nothing when the draft names no holder by its figure', () => {
    const draft = fact('On average, seats there held 64,000 voters, the commission said.');
    const sixty = at(draft, '64,000 voters').quantity;
    expect(holdersSwapped(draft, sixty, at(coverage, '64,000'), at(coverage, '57,000'), known)).toBe(false);
  });
});

describe('two holders’ values swapped in one coverage sentence', () => {
  // More articles, so that the words of any report ("average", "said", "shares") are common.
  const index = indexOf({
    seats:
      'Seat sizes\n\nThe average constituency in Nordland has 71,000 voters, the commission said. In Ostland it was just over 64,000, in Westmark just over 57,000 and in Sudria 51,000.\n',
    shares:
      'Carco talks stall\n\nNews of stalled talks pushed Carco shares down 1.7% on Tuesday, after Monday’s 3% gain on hopes of a payout.\n',
    other:
      'Market report\n\nShares in Boatco rose on Wednesday as the average price of steel fell, the firm said on hopes of a deal.\n',
  });

  it('each place given the other’s value is contradicted, the right value shown', () => {
    const result = checkDraft(
      index,
      'The average constituency in Nordland has 71,000 voters, against just over 64,000 in Westmark and just over 57,000 in Ostland.',
    );
    expect(claim(result, '71,000 voters').verdict).toBe('supported');
    const westmark = claim(result, 'over 64,000');
    expect(westmark.verdict).toBe('contradicted');
    expect(westmark.note).toMatch(/57,000/);
    const ostland = claim(result, 'over 57,000');
    expect(ostland.verdict).toBe('contradicted');
    expect(ostland.note).toMatch(/64,000/);
  });

  it('given the right way round, both stand', () => {
    const result = checkDraft(
      index,
      'The average constituency in Nordland has 71,000 voters, against just over 64,000 in Ostland and just over 57,000 in Westmark.',
    );
    for (const figure of ['over 64,000', 'over 57,000']) {
      const c = claim(result, figure);
      expect(c.verdict, c.note).toBe('supported');
    }
  });

  it('a day’s value given to another day is contradicted with that day’s', () => {
    const result = checkDraft(
      index,
      'Carco shares slipped 1.9% on Tuesday on news of stalled talks, undoing part of Monday’s 1.7% rise.',
    );
    const monday = claim(result, '1.7%');
    expect(monday.verdict).toBe('contradicted');
    expect(monday.note).toMatch(/3%/);
  });
});

describe('statesAnother', () => {
  it('tells a coverage sentence giving the very value of another figure of the draft’s sentence', () => {
    const draft = fact('The index climbed to 114.0 in January from 104.1 in October.');
    const [, from] = draft.quantities;
    if (!from) throw new Error('figures not read');
    expect(statesAnother(draft, from, fact('It climbed to 114.0 in January from 111.0.'))).toBe(true);
    // The figure's own value is no other figure's.
    expect(statesAnother(draft, from, fact('It rose from 104.1 in October.'))).toBe(false);
    // Another currency is another value.
    const money = fact('Sales rose to £347m, a 5% rise.');
    const [, rise] = money.quantities;
    if (!rise) throw new Error('figures not read');
    expect(statesAnother(money, rise, fact('Sales rose to $347m.'))).toBe(false);
    expect(statesAnother(money, rise, fact('Sales rose to £347m, up 82%.'))).toBe(true);
  });
});

describe('sourceRival', () => {
  const draft = fact('The inflation index climbed to 114.0 in January from 104.1 in October.');
  const figure = draft.quantities[1];
  const optimism = fact('The optimism index edged up in January to 104.6, from 104.1 in October.');
  const inflation = fact('Its inflation index climbed to 114.0 in January from 111.0 in October.');
  const mention = (f: Fact, text: string) =>
    at(f, text) as unknown as Parameters<typeof sourceRival>[1][number]['m'];
  const stating = { m: mention(optimism, '104.1'), relation: 'states' as const };
  const source = { m: mention(inflation, '111.0'), relation: 'differs' as const };
  const inUnit = () => true;

  it('gives the value the source sentence puts in the figure’s place, when its words align better', () => {
    if (!figure) throw new Error('figures not read');
    const aligned = [
      { m: stating.m, raw: 0.35 },
      { m: source.m, raw: 0.53 },
    ];
    expect(sourceRival([stating, source], aligned, draft, figure, inUnit)).toBe(source);
  });

  it('gives none when the stating sentence’s words align better, or it is a source itself', () => {
    if (!figure) throw new Error('figures not read');
    const worse = [
      { m: stating.m, raw: 0.53 },
      { m: source.m, raw: 0.35 },
    ];
    expect(sourceRival([stating, source], worse, draft, figure, inUnit)).toBeUndefined();
    const both = fact('The optimism index climbed to 114.0 in January, from 104.1 in October.');
    const statingSource = { m: mention(both, '104.1'), relation: 'states' as const };
    const aligned = [
      { m: statingSource.m, raw: 0.35 },
      { m: source.m, raw: 0.53 },
    ];
    expect(sourceRival([statingSource, source], aligned, draft, figure, inUnit)).toBeUndefined();
  });
});

describe('a value taken from another sentence than the draft’s source', () => {
  const index = indexOf({
    survey:
      'Business survey\n\nThe Grantley optimism index edged up in January to 104.6, from 104.1 in October. Its inflation index, having grown for seven months, climbed to 114.0 in January from 111.0 in October.\n',
    other:
      'Retail figures\n\nShop prices climbed in January, the survey of retailers found, as the index of costs rose.\n',
    more: 'Factory output\n\nOutput edged up in October as orders rose, the figures showed, though costs climbed.\n',
  });

  it('given as the source gives it, stands', () => {
    const result = checkDraft(
      index,
      'The Grantley inflation index climbed to 114.0 in January from 111.0 in October.',
    );
    expect(claim(result, '111.0').verdict).toBe('supported');
    expect(claim(result, '114.0').verdict).toBe('supported');
  });

  it('stands when the sentence stating it is the source', () => {
    const c = claim(
      checkDraft(index, 'The Grantley optimism index rose to 104.6 in January, from 104.1 in October.'),
      '104.1',
    );
    expect(c.verdict).toBe('supported');
  });
});

describe('parallel clauses swapped', () => {
  const fact = (text: string) => ({ text, quantities: parseQuantities(text) }) as unknown as Fact;
  const coverage = fact(
    'The party has listed the 16 seats where students could help it beat Labour, and the 11 where they could beat the Tories.',
  );
  const [sixteen, eleven] = coverage.quantities;
  const mention = (q: Quantity | undefined) => {
    if (!q) throw new Error('figure not read');
    return { fact: coverage, quantity: q };
  };
  // Common words weigh little, as their rarity does in the check.
  const one = (stem: string) =>
    ['the', 'it', 'they', 'where', 'could', 'has', 'and'].includes(stem) ? 0.1 : 1;

  it('the draft’s value in the other clause’s words is the other figure’s', () => {
    const draft = fact(
      'The party names 11 seats where students could help it defeat Labour, and 16 where it could overtake the Tories.',
    );
    const [a, b] = draft.quantities;
    if (!a || !b) throw new Error('figures not read');
    expect(clausesSwapped(draft, a, b, mention(eleven), mention(sixteen), one)).toBe(true);
    expect(clausesSwapped(draft, b, a, mention(sixteen), mention(eleven), one)).toBe(true);
  });

  it('clauses in the coverage’s order are not swapped', () => {
    const draft = fact(
      'The party names 16 seats where students could help it defeat Labour, and 11 where it could overtake the Tories.',
    );
    const [a, b] = draft.quantities;
    if (!a || !b) throw new Error('figures not read');
    expect(clausesSwapped(draft, a, b, mention(sixteen), mention(eleven), one)).toBe(false);
  });

  it('two figures of one clause tell nothing', () => {
    const draft = fact('The party names 11 seats and 16 others where students could help it defeat Labour.');
    const [a, b] = draft.quantities;
    if (!a || !b) throw new Error('figures not read');
    expect(clausesSwapped(draft, a, b, mention(eleven), mention(sixteen), one)).toBe(false);
  });
});
