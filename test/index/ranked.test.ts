import { describe, expect, it } from 'vitest';
import { BestFirst } from '../../src/index/ranked.js';

/** Every place BestFirst gives, in its order. */
function all(scores: readonly number[]): number[] {
  const best = new BestFirst(scores);
  const out: number[] = [];
  for (let i = best.next(); i >= 0; i = best.next()) out.push(i);
  return out;
}

/** What a stable sort by descending score gives. */
const sorted = (scores: readonly number[]) =>
  scores
    .map((s, i) => [s, i] as const)
    .sort((a, b) => b[0] - a[0])
    .map(([, i]) => i);

describe('BestFirst', () => {
  it('gives the best score first and equal scores in list order', () => {
    expect(all([1, 3, 2, 3, 1])).toEqual([1, 3, 2, 0, 4]);
  });

  it('orders as a stable sort by descending score does, ties and all', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 50; round++) {
      const scores = Array.from({ length: Math.floor(random() * 200) }, () => Math.floor(random() * 12) / 4);
      expect(all(scores)).toEqual(sorted(scores));
    }
  });

  it('orders long lists as a stable sort does, read partly or to the end, whatever it picks out first', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 20; round++) {
      // Few distinct scores: ties across the places picked out first and those left.
      const scores = Array.from(
        { length: 100 + Math.floor(random() * 2000) },
        () => Math.floor(random() * 9) / 2,
      );
      expect(all(scores)).toEqual(sorted(scores));
      for (const ahead of [1, 5, 64]) {
        const best = new BestFirst(scores, ahead);
        const some = Array.from({ length: ahead + 3 }, () => best.next());
        expect(some).toEqual(sorted(scores).slice(0, ahead + 3));
      }
    }
  });

  it('orders as before where a score is not a number', () => {
    const scores = [...Array.from({ length: 100 }, (_, i) => i % 7), Number.NaN, 3];
    const heap = new BestFirst(scores, 0);
    const out = Array.from({ length: scores.length }, () => heap.next());
    expect(all(scores)).toEqual(out);
  });

  it('gives nothing for no scores', () => {
    expect(new BestFirst([]).next()).toBe(-1);
  });
});
