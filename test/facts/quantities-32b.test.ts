import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/facts/quantities.js';

const read = (text: string) => parseQuantities(text).map((q) => [q.text, q.value, q.unit ?? ''] as const);

describe('a bare count in words counts the noun of the count before it (claimsb-32, issue 20 §1)', () => {
  it('reads "and four with" in the unit of the count before it', () => {
    expect(read('The singer holds 12 gold discs and four with her old group.')).toEqual([
      ['12 gold discs', 12, 'discs'],
      ['four', 4, 'discs'],
    ]);
  });

  it('reads "only one has" after a count of things', () => {
    expect(read('The school bought 40 tablets, and only one has failed so far.')).toEqual([
      ['40 tablets', 40, 'tablets'],
      ['one', 1, 'tablets'],
    ]);
  });

  it('takes the nearest count, passing a span of time', () => {
    expect(read('They planted 30 oaks two years ago and nine were lost.').at(-1)).toEqual([
      'nine',
      9,
      'oaks',
    ]);
  });

  it('reads nothing with no count before it in the sentence', () => {
    expect(read('Rebels say all four were released.')).toEqual([]);
    expect(read('The storm killed five.')).toEqual([]);
  });

  it('reads nothing before a noun it does not count, nor "no one" or "the one"', () => {
    expect(read('She sold 20 paintings and no one was surprised.').map((q) => q[0])).toEqual([
      '20 paintings',
    ]);
    expect(read('He owns 3 boats but the one he loves is old.').map((q) => q[0])).toEqual(['3 boats']);
  });

  it('reads no bare count whose count before is a span of time', () => {
    expect(read('Talks lasted 3 weeks and two were wasted.').map((q) => q[0])).toEqual(['3 weeks']);
  });
});
