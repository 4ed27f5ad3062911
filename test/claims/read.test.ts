import { describe, expect, it } from 'vitest';
import {
  claimMeasures,
  claimsOf,
  claimsOfMany,
  claimsRead,
  type FigureClaim,
} from '../../src/claims/read.js';
import type { Fact } from '../../src/facts/types.js';
import { indexOf } from '../helpers/index.js';

describe('claimsOfMany', () => {
  it('reads the leads of the articles whose figures name no one in one trip, not one an article', () => {
    const index = indexOf({
      a: 'Acme Results\n\nAcme Holdings makes bricks in Leeds. Its chief is Jane Smith.\n\nThe firm made a profit of $3m last year.\n',
      b: 'Bolt Sales\n\nBolt Motors builds vans in Derby. Its boss is Tom Jones.\n\nThe company sold 4,000 vans in 2004.\n',
    });
    const calls: string[][] = [];
    const read = index.readEntities.bind(index);
    index.readEntities = (facts: Iterable<Fact>) => {
      const list = [...facts];
      calls.push(list.map((f) => f.id));
      read(list);
    };
    const figures = [...index.facts()].filter((f) => f.quantities.length > 0);
    const claims = claimsOfMany(index, figures);
    expect(claims.map((c) => c.subject)).toEqual([['Acme Holdings'], ['Bolt Motors']]);
    // Every lead sentence was asked for in one call, before any claim was read.
    const leads = ['a#0', 'a#1', 'b#0', 'b#1'];
    const first = calls.findIndex((ids) => ids.some((id) => leads.includes(id)));
    expect(leads.every((id) => calls[first]?.includes(id))).toBe(true);
  });
});

describe('claimMeasures', () => {
  const index = indexOf({
    a: 'Acme Results\n\nAcme Holdings makes bricks in Leeds. Its chief is Jane Smith.\n\nThe firm made a profit of $3m last year, on sales of $40m.\n\nIt employs 4,000 people, and paid £1.35bn ($2.5bn) for Bolt.\n\nAcme was founded in 1921.\n',
    b: 'Bolt Sales\n\nBolt Motors builds vans in Derby. Its boss is Tom Jones.\n\nThe company sold 4,000 vans in 2004, up 12%.\n\nIts shares rose 5% to 300p.\n',
  });
  const figures = () => [...index.facts()].filter((f) => f.quantities.length > 0);

  it('reads the measures without tagging any name', () => {
    for (const f of figures()) claimMeasures(index, f);
    expect(figures().filter((f) => index.entitiesRead(f))).toEqual([]);
  });

  it('gives the measures of the claims claimsOf reads, in order, read before or after them', () => {
    const before = figures().map((f) => claimMeasures(index, f).map((c) => c.name));
    const claimed = figures().map((f) =>
      claimsOfMany(index, [f]).flatMap((c) => (c.measure ? [c.measure.name] : [])),
    );
    expect(claimed.flat().length).toBeGreaterThan(2);
    expect(before).toEqual(claimed);
    expect(figures().map((f) => claimMeasures(index, f).map((c) => c.name))).toEqual(claimed);
  });
});

describe('claimsOfMany with wanted: only the claims of the figures asked about (speed-34b)', () => {
  const text =
    'Zarnco profits jump\n\nZarnco, the garden tools maker, said profits rose 20% to $5m last year. ' +
    'Zarnco employs 300 people and sold 2,000 spades. Its rival Brockle lost $2m.\n';
  const money = (c: { quantity: { kind: string } }) => c.quantity.kind === 'money';

  it('gives what claimsOf gives, filtered, in the same order, read before or after all', () => {
    const whole = indexOf({ zarnco: text });
    const all = claimsOfMany(whole, whole.facts());
    expect(all.some((c) => !money(c))).toBe(true);
    const part = indexOf({ zarnco: text });
    const wanted = claimsOfMany(part, part.facts(), undefined, money);
    expect(wanted.length).toBeGreaterThan(0);
    const plain = (cs: readonly FigureClaim[]) =>
      cs.map((c) => ({ ...c, fact: c.fact.id, quantity: c.quantity.text, measure: c.measure?.name }));
    expect(plain(wanted)).toEqual(plain(all.filter(money)));
    // Once all are read, the filtered call gives the same.
    expect(plain(claimsOfMany(whole, whole.facts(), undefined, money))).toEqual(plain(wanted));
  });

  it('keeps the claims read in part: claimsOf reads the rest and gives them back as the same objects', () => {
    const index = indexOf({ zarnco: text });
    const wanted = claimsOfMany(index, index.facts(), undefined, money);
    const facts = [...index.facts()].filter((f) => f.quantities.length > 0);
    expect(facts.every((f) => !claimsRead(f))).toBe(true);
    const all = facts.flatMap((f) => claimsOf(index, f));
    expect(all.length).toBeGreaterThan(wanted.length);
    for (const c of wanted) expect(all).toContain(c);
    expect(facts.every((f) => claimsRead(f))).toBe(true);
  });
});
