import { describe, expect, it } from 'vitest';
import { claimMeasures, claimsOfMany } from '../../src/claims/read.js';
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
