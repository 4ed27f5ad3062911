import { describe, expect, it } from 'vitest';
import { amountsClash, rounds, sameAmount, sameMoment, valuesMeet } from '../../src/claims/compare.js';
import type { FigureClaim } from '../../src/claims/read.js';
import { parseQuantities } from '../../src/facts/quantities.js';

/** A claim's value as a sentence gives it: its first figure, the others bracketed after it. */
const value = (text: string): Pick<FigureClaim, 'quantity' | 'also'> => {
  const [quantity, ...also] = parseQuantities(text);
  if (!quantity) throw new Error(`no figure in ${text}`);
  return { quantity, also };
};

describe('compare: when values meet', () => {
  it('reads a rounded value as meeting the full one, not a clearly other value', () => {
    expect(valuesMeet(value('an offer of £1.3bn'), value('an offer of £1.35bn'))).toBe(true);
    expect(valuesMeet(value('a deal worth $6.8bn'), value('a deal worth $6.75bn'))).toBe(true);
    expect(valuesMeet(value('debts of 14bn euros'), value('debts of 12bn euros'))).toBe(false);
    expect(valuesMeet(value('an offer of £1.3bn'), value('an offer of £1.5bn'))).toBe(false);
    expect(rounds({ value: 20, step: 1 }, { value: 10, step: 1 })).toBe(false);
  });

  it('compares one amount in any currency either sentence gives', () => {
    expect(valuesMeet(value('1.55bn euros ($2bn)'), value('a payment of $2bn'))).toBe(true);
    expect(valuesMeet(value('1.55bn euros ($2bn)'), value('a payment of $3bn'))).toBe(false);
  });

  it('holds two values as written that differ to be two amounts, whatever rounded conversion they share', () => {
    expect(
      sameAmount(value('took $7.6m (£4m) at the weekend'), value('took $7.5m (£4m) at the weekend')),
    ).toBe(false);
    expect(amountsClash(value('took $7.6m (£4m)'), value('took $7.5m (£4m)'))).toBe(true);
    expect(valuesMeet(value('took $7.6m (£4m)'), value('took $7.5m (£4m)'))).toBe(false);
    expect(sameAmount(value('an offer of £1.3bn ($2.4bn)'), value('an offer of £1.35bn ($2.4bn)'))).toBe(
      true,
    );
    expect(sameAmount(value('1.55bn euros ($2bn)'), value('a payment of $2bn'))).toBe(true);
  });

  it('holds undated articles naming no moment to be at no one moment', () => {
    expect(sameMoment({ key: '' }, { key: '' })).toBe(false);
    expect(sameMoment({ key: '', published: '2025-01-02' }, { key: '', published: '2025-01-02' })).toBe(true);
    expect(sameMoment({ key: 'deal' }, { key: 'deal' })).toBe(true);
  });
});
