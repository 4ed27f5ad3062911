/**
 * A coverage value that writes the draft's digits in another order ("£4,650,218" for "£4,560,218")
 * is the draft's figure typed or copied wrong: it rules the figure out with the alignment a stating
 * value needs, not the surer one another value needs. Made-up articles and names.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft, transposed } from '../../src/check/check.js';
import { parseQuantities, type Quantity } from '../../src/facts/quantities.js';
import { indexOf } from '../helpers/index.js';

const q = (text: string): Quantity => {
  const found = parseQuantities(text)[0];
  if (!found) throw new Error(`no figure in ${text}`);
  return found;
};

describe('transposed digits', () => {
  it('holds two values of three digits or more, the same digits in another order, transposed', () => {
    expect(transposed(q('£4,650,218'), q('£4,560,218'))).toBe(true);
    expect(transposed(q('$10.74m'), q('$10.47m'))).toBe(true);
    expect(transposed(q('£417m'), q('£471m'))).toBe(true);
  });

  it('holds apart equal values, other digits, short values and other scales', () => {
    expect(transposed(q('£471m'), q('£471m'))).toBe(false);
    expect(transposed(q('£472m'), q('£471m'))).toBe(false);
    expect(transposed(q('21%'), q('12%'))).toBe(false);
    expect(transposed(q('$10.74m'), q('$1,074m'))).toBe(false);
    expect(transposed(q('471 jobs'), q('£417'))).toBe(false);
  });
});

describe('a draft figure with its digits reordered', () => {
  const index = indexOf({
    party:
      'Party funds\n\nThe Greens were in second place, with gifts from members and trusts totalling £4,650,218 in the quarter to December, the regulator said.\n',
    other: 'Weather\n\nRain fell on 12 days of the month across the north of the country.\n',
  });

  it('is contradicted by the coverage value, which is shown', () => {
    const claim = checkDraft(
      index,
      'The Greens collected gifts worth £4,560,218 from members as they built up funds.',
      {
        verdictModel: null,
      },
    ).claims[0];
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.note).toContain('£4,650,218');
  });

  it('is not contradicted by a value of other digits the same words give', () => {
    const claim = checkDraft(
      index,
      'The Greens collected gifts worth £2,370,416 from members as they built up funds.',
      {
        verdictModel: null,
      },
    ).claims[0];
    expect(claim?.verdict).not.toBe('contradicted');
  });
});
