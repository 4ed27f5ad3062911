/** The rank's slot shares (review debt, session 23): one function for a sentence's own and near shares. */
import { describe, expect, it } from 'vitest';
import { heldShare, neighbours, rarityWithin, slotCounts } from '../../src/answer/answer.js';
import type { Fact } from '../../src/facts/types.js';

const facts = ['f0', 'f1', 'f2', 'f3'].map((id, position) => ({ id, position }) as unknown as Fact);
// Slot 0 held by f0 and f1, slot 1 by f2 alone, slot 2 by none.
const matches = [
  new Map([
    ['f0', 1],
    ['f1', 1],
  ]),
  new Map([['f2', 1]]),
  new Map<string, number>(),
];

describe('slotCounts and rarityWithin', () => {
  it('count each slot once over the sentences, rarer slots weighing more', () => {
    expect(slotCounts(facts, matches)).toEqual([2, 1, 0]);
    const w = rarityWithin(facts.length, slotCounts(facts, matches));
    expect(w[0]).toBeCloseTo(Math.log(3));
    expect(w[1]).toBeCloseTo(Math.log(5));
    expect(w[2]).toBe(0);
  });
});

describe('heldShare', () => {
  const weights = [1, 3, 0];
  it('without neighbours: the share of the weights of the slots the sentence holds itself', () => {
    expect(heldShare('f1', matches, weights)).toBeCloseTo(0.25);
    expect(heldShare('f2', matches, weights)).toBeCloseTo(0.75);
    expect(heldShare('f3', matches, weights)).toBe(0);
    expect(heldShare('f0', matches, [0, 0, 0])).toBe(0);
  });
  it('with neighbours: a slot held only by the sentence before or after counts its borrowed share', () => {
    const borrow = { before: 0.6, after: 0.3 };
    // f3 holds nothing; f2 before it holds slot 1: 0.6 of its weight.
    expect(heldShare('f3', matches, weights, { ...neighbours(facts, 3), borrow })).toBeCloseTo((3 * 0.6) / 4);
    // f1 holds slot 0 itself; slot 1 is held by f2 after it: 0.3.
    expect(heldShare('f1', matches, weights, { ...neighbours(facts, 1), borrow })).toBeCloseTo(
      (1 + 3 * 0.3) / 4,
    );
    // Borrowing nothing is the sentence's own share.
    const none = { before: 0, after: 0 };
    for (const [i, f] of facts.entries())
      expect(heldShare(f.id, matches, weights, { ...neighbours(facts, i), borrow: none })).toBe(
        heldShare(f.id, matches, weights),
      );
  });
});
