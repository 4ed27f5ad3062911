import { describe, expect, it } from 'vitest';
import { bestNetThreshold, floorAt } from '../../bench/hedged-rules.js';

const items = (spec: ReadonlyArray<[number, boolean]>) => spec.map(([score, right]) => ({ score, right }));

describe('floorAt', () => {
  it('is the score above the highest run of low scores right at most the rate asked', () => {
    // 10 wrong under 0.2, then right ones from 0.3 up: hide the ten (one right more is 1 of 11, over 5%).
    const low = Array.from({ length: 10 }, (_, i): [number, boolean] => [0.1 + i * 0.01, false]);
    const high = Array.from({ length: 10 }, (_, i): [number, boolean] => [0.3 + i * 0.01, true]);
    expect(floorAt(items([...low, ...high]), 0.05, 10)).toBe(0.3);
    // At 10%, 1 right of 11 hidden is allowed: the floor rises past it.
    expect(floorAt(items([...low, ...high]), 0.1, 10)).toBe(0.31);
  });

  it('hides nothing when fewer than `least` would be hidden, or all low ones are right too often', () => {
    const low = Array.from({ length: 5 }, (_, i): [number, boolean] => [0.1 + i * 0.01, false]);
    expect(floorAt(items([...low, [0.5, true]]), 0.1, 10)).toBe(0);
    const mixed = Array.from({ length: 20 }, (_, i): [number, boolean] => [i / 20, i % 2 === 0]);
    expect(floorAt(items(mixed), 0.1, 10)).toBe(0);
  });

  it('moves tied scores together', () => {
    const tied = items([
      ...Array.from({ length: 12 }, (): [number, boolean] => [0.2, false]),
      [0.2, true],
      [0.6, true],
    ]);
    // 1 right of 13 at 0.2 is above 5%: nothing hidden; at 10% they all are.
    expect(floorAt(tied, 0.05, 10)).toBe(0);
    expect(floorAt(tied, 0.1, 10)).toBe(0.6);
  });
});

describe('bestNetThreshold', () => {
  it('shows from where right outnumbers `cost` times wrong', () => {
    const xs = items([
      [0.1, false],
      [0.2, false],
      [0.3, true],
      [0.4, true],
    ]);
    expect(bestNetThreshold(xs, 1)).toBe(0.3);
    expect(bestNetThreshold([], 1)).toBe(0);
    // All right: nothing hidden.
    expect(bestNetThreshold(items([[0.1, true]]), 1)).toBe(0);
  });
});
