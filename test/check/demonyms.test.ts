/**
 * Issue 20, check2-18: a place's adjective is not whose a figure is ("the Swedish firm made ...":
 * the firm's, the company the draft named). Made-up companies; every verdict is worked out from
 * the articles' words, not echoed.
 */
import { describe, expect, it } from 'vitest';
import { type CheckResult, type Claim, checkDraft } from '../../src/check/check.js';
import { namesHolding } from '../../src/check/demonyms.js';
import { indexOf } from '../helpers/index.js';

/** The claim for a figure, as the draft writes it. */
function claim(result: CheckResult, figure: string): Claim {
  const found = result.claims.find((c) => c.figure === figure);
  if (!found) throw new Error(`no claim ${figure} in ${result.claims.map((c) => c.figure).join(', ')}`);
  return found;
}

describe('namesHolding', () => {
  it('drops a place’s adjective in "the ... firm"', () => {
    expect(namesHolding('For the year the Swedish firm made a profit of 5bn kronor.', ['Swedish'])).toEqual(
      [],
    );
    expect(namesHolding('The Italian group sold 4,000 cars.', ['Italian'])).toEqual([]);
  });

  it('keeps it elsewhere, and keeps other names', () => {
    expect(namesHolding('Swedish exports rose 4%.', ['Swedish'])).toEqual(['Swedish']);
    expect(namesHolding('The Swedish firm Telvox made 5bn kronor.', ['Swedish', 'Telvox'])).toEqual([
      'Telvox',
    ]);
    expect(namesHolding('The Telvox firm made 5bn kronor.', ['Telvox'])).toEqual(['Telvox']);
  });
});

describe('a figure of "the Swedish firm"', () => {
  const index = indexOf({
    telvox:
      'Telvox returns to profit\n\nTelvox, the mobile network maker, made a net profit of 23bn kronor for all of 2004. Sales at Telvox rose to 142.6bn kronor from 120.3bn kronor in 2003, the company said.\n',
    other:
      'Market report\n\nShares in Boatco rose on Wednesday as the average price of steel fell, the firm said, after sales climbed in Norway.\n',
  });

  it('is the firm the draft named: another value of its own is shown', () => {
    const result = checkDraft(
      index,
      'Telvox made a net profit of 23bn kronor for all of 2004. Over the year sales at the Swedish firm rose to 124.6bn kronor.',
    );
    const sales = claim(result, '124.6bn kronor');
    expect(sales.verdict).toBe('contradicted');
    expect(sales.note).toMatch(/142\.6bn kronor/);
  });

  it('the right value stands', () => {
    const result = checkDraft(
      index,
      'Telvox made a net profit of 23bn kronor for all of 2004. Over the year sales at the Swedish firm rose to 142.6bn kronor.',
    );
    expect(claim(result, '142.6bn kronor').verdict).toBe('supported');
  });
});
