import { describe, expect, it } from 'vitest';
import {
  amountsClash,
  comparable,
  compareClaims,
  rounds,
  sameAmount,
  sameMoment,
  valuesMeet,
} from '../../src/claims/compare.js';
import { claimFigures, claimsOfMany, type FigureClaim } from '../../src/claims/read.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import type { Concept } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

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

describe('comparable', () => {
  const measure = (name: string) => ({ name, kind: 'money' }) as unknown as Concept;
  const [profit, sales] = [measure('profit'), measure('sales')];
  const figure = (text: string, m?: Concept) => ({
    quantity: value(text).quantity,
    ...(m ? { measure: m } : {}),
  });

  it('keeps the items with a claim whose measure and unit another claim shares', () => {
    const items: Record<string, Array<ReturnType<typeof figure>>> = {
      a: [figure('a profit of $3m', profit)],
      b: [figure('a profit of $5m', profit), figure('sales of 40m euros', sales)],
      c: [figure('sales of $40m', sales)], // dollars: not the unit of b's euros
      d: [figure('in 2004', profit)], // a year is compared in no group
      e: [figure('a profit of £2m')], // no measure
      f: [
        figure('a margin of 12%', profit),
        figure('a margin of 15%', profit),
        figure('profits up 4%', profit),
      ], // two in one item; a change is a unit of its own
    };
    expect(comparable(Object.keys(items), (id) => items[id] ?? [])).toEqual(['a', 'b', 'f']);
  });

  it('leaves compareClaims what it gives on the whole', () => {
    const index = indexOf({
      a: 'Acme Results\n\nAcme Holdings makes bricks in Leeds.\n\nAcme made a profit of $3m in 2004.\n\nAcme sold 4,000 vans in 2004.\n',
      b: 'Acme Again\n\nAcme Holdings is based in Leeds.\n\nAcme made a profit of $5m in 2004.\n\nBolt hired 200 staff.\n',
      c: 'Bolt Sales\n\nBolt Motors builds vans in Derby.\n\nBolt sold 300 vans in 2005, and its revenue was 12m euros.\n',
    });
    const facts = [...index.facts()].filter((f) => f.quantities.length > 0);
    const kept = comparable(facts, (f) => claimFigures(index, f));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(facts.length);
    const all = compareClaims(claimsOfMany(index, facts));
    expect(all.length).toBeGreaterThan(0);
    expect(compareClaims(claimsOfMany(index, kept))).toEqual(all);
  });
});
