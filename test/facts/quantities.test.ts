import { describe, expect, it } from 'vitest';
import { bounds, compatible, parseQuantities, type Quantity } from '../../src/facts/quantities.js';

const one = (text: string): Quantity => {
  const [q] = parseQuantities(text);
  if (!q) throw new Error(`no quantity in ${text}`);
  return q;
};

describe('parseQuantities', () => {
  it('reads money with currency and scale, symbol before or word after', () => {
    expect(one('It raised $15 billion.')).toMatchObject({ kind: 'money', value: 15e9, currency: 'USD' });
    expect(one('Profits hit $2.48bn last year.')).toMatchObject({
      value: 2.48e9,
      currency: 'USD',
      text: '$2.48bn',
    });
    expect(one('A bid of £1.35bn was made.')).toMatchObject({ value: 1.35e9, currency: 'GBP' });
    expect(one('Sales reached 120.7m euros.')).toMatchObject({ value: 120.7e6, currency: 'EUR' });
    expect(one('The offer was 300p a share.')).toMatchObject({ value: 3, currency: 'GBP', per: 'share' });
    expect(one('It will pay $76 for each Acme share.')).toMatchObject({ value: 76, per: 'share' });
    expect(one('It paid $1bn for a stake in the firm.').per).toBeUndefined();
    expect(one('It paid €1,250,000 in fees.')).toMatchObject({ value: 1_250_000, currency: 'EUR' });
  });

  it('reads percentages, years and counts', () => {
    const qs = parseQuantities('Founded in 2016, it holds 49% and 3.5 per cent, with 9,000 locales.');
    expect(qs.map((q) => [q.kind, q.value])).toEqual([
      ['year', 2016],
      ['percent', 49],
      ['percent', 3.5],
      ['count', 9000],
    ]);
    expect(qs[3]?.unit).toBe('locales');
  });

  it('reads the qualifier in front of a figure', () => {
    expect(one('worth approximately $15 billion').qualifier).toBe('about');
    expect(one('valued at nearly $14 billion').qualifier).toBe('nearly');
    expect(one('potentially exceeding $10 billion').qualifier).toBe('over');
    expect(one('a deal of $10B+').qualifier).toBe('over');
    expect(one('at least 75% of shares').qualifier).toBe('at-least');
    expect(one('up to £2bn').qualifier).toBe('up-to');
    expect(one('less than 5% of it').qualifier).toBe('under');
    expect(one('It made $5m.').qualifier).toBe('exact');
  });

  it('keeps the qualifier in the stated text and tells changes from levels', () => {
    expect(one('values it at around $28 billion').text).toBe('around $28 billion');
    expect(one('Shares closed up 4.75% on Monday.').change).toBe(true);
    expect(one('It owns 4.75% of the club.').change).toBeUndefined();
  });

  it('does not take a version number or a decimal for a quantity of its own', () => {
    expect(parseQuantities('after the launch of Llama 4 model')).toEqual([]);
    expect(parseQuantities('It rose 2.5% to $3.2bn').map((q) => q.text)).toEqual(['2.5%', '$3.2bn']);
  });

  it('does not take a function word after a number for what it counts: "from 287 the previous year"', () => {
    const [count] = parseQuantities('Films rose to 310 in 2004 from 287 the previous year.').filter(
      (q) => q.kind === 'count',
    );
    expect(count?.text).toBe('287');
    expect(count?.unit).toBeUndefined();
    expect(parseQuantities('They hired 40 engineers.')[0]?.unit).toBe('engineers');
  });
});

describe('compatible', () => {
  const q = (text: string) => one(text);
  it('reads qualifiers: more than $10bn and $15bn can both be right', () => {
    expect(compatible(q('more than $10 billion'), q('$15 billion'))).toBe(true);
    expect(compatible(q('nearly $14 billion'), q('$13.8 billion'))).toBe(true);
    expect(compatible(q('about $15 billion'), q('$15 billion'))).toBe(true);
    expect(compatible(q('29%'), q('28.9%'))).toBe(true); // rounding, not a disagreement
  });
  it('finds different values that cannot both be right', () => {
    expect(compatible(q('£1.3bn'), q('£1.5bn'))).toBe(false);
    expect(compatible(q('28.1%'), q('28.9%'))).toBe(false);
    expect(compatible(q('$15 billion'), q('$14 billion'))).toBe(false);
    expect(compatible(q('around $28 billion'), q('nearly $14 billion'))).toBe(false);
    expect(compatible(q('more than $10 billion'), q('$8 billion'))).toBe(false);
  });
  it('gives open bounds for one-sided qualifiers', () => {
    expect(bounds({ value: 10, step: 1, qualifier: 'over' })).toEqual([10, Number.POSITIVE_INFINITY]);
    expect(bounds({ value: 10, step: 1, qualifier: 'up-to' })).toEqual([0, 10]);
    expect(bounds({ value: 29, step: 1, qualifier: 'exact' })).toEqual([28.5, 29.5]);
  });
});
