import { describe, expect, it } from 'vitest';
import { readNumberWords } from '../../src/facts/number-words.js';
import { parseQuantities } from '../../src/facts/quantities.js';

const one = (sentence: string, text: string) => parseQuantities(sentence).find((q) => q.text === text);

describe('the figure a reader would quote (digest-29, issue 20 §4)', () => {
  it('reads "half a million" as one number, its qualifier and noun with it', () => {
    const s = 'Building the dam meant more than half a million villagers had to go.';
    expect(parseQuantities(s).map((q) => q.text)).toEqual(['more than half a million villagers']);
    expect(one(s, 'more than half a million villagers')).toMatchObject({
      kind: 'count',
      value: 500_000,
      unit: 'villagers',
      qualifier: 'over',
    });
    expect(readNumberWords('half a billion')[0]?.value).toBe(5e8);
    // "half of" is still a share.
    expect(parseQuantities('Half of the staff left.')[0]).toMatchObject({ kind: 'percent', value: 50 });
  });
});
