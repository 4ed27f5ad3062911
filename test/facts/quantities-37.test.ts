/** "over" as the particle of a verb of giving is no floor (check-37). Made-up sentences. */
import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/facts/quantities.js';

describe('"hand over" and its like', () => {
  it('the amount handed over is exact', () => {
    expect(parseQuantities('Zedco will hand over $3.2m to settle the claim.')[0]).toMatchObject({
      value: 3.2e6,
      qualifier: 'exact',
    });
    expect(parseQuantities('The council handed over 12% of its land.')[0]).toMatchObject({
      value: 12,
      qualifier: 'exact',
    });
  });

  it('"over" after other verbs is still a floor', () => {
    expect(parseQuantities('Zedco will pay over $3.2m to settle the claim.')[0]).toMatchObject({
      qualifier: 'over',
    });
    expect(parseQuantities('Zedco raised over $3.2m last year.')[0]).toMatchObject({ qualifier: 'over' });
  });
});
